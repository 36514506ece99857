import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { blockerActor, can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { availableMoves, isOverdue } from '@/lib/domain/blockers';
import { zoneDateOf } from '@/lib/domain/dates';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { blockerAttachments } from '@/lib/queries/attachments';
import { type BlockerDetail, blockerDetail } from '@/lib/queries/blockers';
import { routeId } from '@/lib/validation/request-params';
import { captionOf, panelItems } from '../../_components/attachment-items';
import { AttachmentPanel } from '../../_components/attachment-panel';
import { MoveForm } from './lazy-forms';

/** What a move set, as it was then (the blocker's own fields hold only the latest). */
function eventDetail(e: BlockerDetail['events'][number]): string {
  const d = (e.detail ?? {}) as { responsibleUnit?: string; deadline?: string; resolution?: string };
  if (e.kind === 'assign') return ` · ${d.responsibleUnit ?? ''} · ${d.deadline ?? ''}`;
  if (e.kind === 'resolve') return ` · ${d.resolution ?? ''}`;
  return '';
}

export default async function BlockerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = await routeId(params);
  const [t, format, detail] = await Promise.all([
    getTranslations(),
    getFormatter(),
    blockerDetail(await getDb(), viewer, id),
  ]);
  if (!detail) notFound();
  const { blocker, events, access } = detail;
  const today = zoneDateOf(new Date());
  const moves = can(viewer, 'blocker.follow', access)
    ? availableMoves(blocker, blockerActor(viewer, access))
    : [];
  const due = blocker.deadline ?? blocker.neededBy;
  const onBlocker = { ...access, on: 'blocker' as const };
  const [files, caption] = await Promise.all([
    blockerAttachments(await getDb(), blocker.projectId, blocker.id),
    captionOf(),
  ]);
  const facts: [string, string][] = [
    [t('blockerWork.project'), detail.projectName],
    [t('blockerWork.category'), t(`blockerWork.categories.${blocker.category}`)],
    [t('blockerWork.urgency'), t(`blockerWork.urgencies.${blocker.urgency}`)],
    [
      t('blockerWork.raisedBy'),
      `${detail.raiserName} · ${format.dateTime(blocker.raisedAt, { dateStyle: 'medium' })}`,
    ],
    [t('blockerWork.unit'), blocker.responsibleUnit ?? '—'],
    [t('blockerWork.deadline'), due ?? '—'],
    ...(blocker.resolution
      ? [[t('blockerWork.fields.resolution'), blocker.resolution] as [string, string]]
      : []),
  ];
  return (
    <ClientMessages route="blockers/[id]">
      <div className="space-y-5">
        <div>
          <Link href="/blockers" className="text-sm text-slate-600 hover:underline">
            ← {t('blockerWork.queueTitle')}
          </Link>
          <h1 className="mt-1 text-2xl font-semibold">{blocker.title}</h1>
          <p className="mt-1 flex flex-wrap gap-2 text-sm">
            <span className="rounded bg-slate-100 px-2 py-0.5" data-testid="blocker-status">
              {t(`blockerWork.statuses.${blocker.status}`)}
            </span>
            {blocker.level === 'city' && (
              <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">
                {t('blockerWork.escalated')}
              </span>
            )}
            {isOverdue(blocker, today) && (
              <span className="rounded bg-red-100 px-2 py-0.5 text-light-red">
                {t('blockerWork.overdue')}
              </span>
            )}
          </p>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {blocker.description && (
            <div className="contents">
              <dt className="text-slate-500">{t('blockerWork.description')}</dt>
              <dd className="whitespace-pre-wrap">{blocker.description}</dd>
            </div>
          )}
        </dl>
        <AttachmentPanel
          title={t('attachments.title')}
          target={{ on: 'blocker', blockerId: blocker.id }}
          items={panelItems(files, viewer, onBlocker, caption)}
          canAdd={can(viewer, 'attachment.add', onBlocker)}
        />
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t('blockerWork.timeline')}</h2>
          <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm" data-testid="blocker-timeline">
            {events.map((e) => (
              <li key={e.id}>
                <span className="text-slate-500">
                  {format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
                </span>{' '}
                <span className="font-medium">{e.actorName}</span> {t(`blockerWork.events.${e.kind}`)}
                {eventDetail(e)}
                {e.comment && <p className="text-slate-700">{e.comment}</p>}
              </li>
            ))}
          </ol>
        </section>
        {moves.length > 0 && (
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <h2 className="font-semibold">{t('blockerWork.act')}</h2>
            {moves.map((m) => (
              <MoveForm
                key={m}
                move={m}
                blockerId={blocker.id}
                version={blocker.version}
                unit={blocker.responsibleUnit}
              />
            ))}
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
