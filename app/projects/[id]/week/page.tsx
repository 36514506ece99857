import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { milestoneLight } from '@/lib/domain/milestones';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { milestoneAttachments, weekAttachments } from '@/lib/queries/attachments';
import { getProjectDetail } from '@/lib/queries/project-detail';
import { closedOnOrAfter, reportWeekState } from '@/lib/queries/weekly-report';
import { progressWeekParamsSchema } from '@/lib/validation/page-params';
import { routeId, type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { captionOf, panelItems } from '../../../_components/attachment-items';
import { AttachmentPanel } from '../../../_components/attachment-panel';
import { TrafficLight } from '../../../_components/traffic-light';
import { MilestoneEditor } from '../lazy-forms';
import { ProgressForm } from './lazy-forms';

/** This week's report for one project, with its open milestones below: what an official files on site. */
export default async function WeekPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParamsProp;
}) {
  const viewer = await requireViewer();
  const id = await routeId(params);
  // An earlier week stays editable until a supervisor closes it (the form then shows it read-only).
  const { week } = searchParamsOf(progressWeekParamsSchema, await searchParams);
  const [t, detail] = await Promise.all([getTranslations(), getProjectDetail(await getDb(), viewer, id)]);
  if (!detail || !can(viewer, 'progress.file', detail.access)) notFound();

  const today = zoneDateOf(new Date());
  const report = detail.reports.find((r) => r.weekStart === week.start) ?? null;
  const closure = await reportWeekState(await getDb(), detail.project.zoneId, week.start);
  const open = detail.milestones.filter((m) => m.status !== 'done');
  const closed = closure?.status === 'closed';
  // A week is fixed once it or a later week is closed: its photos with it.
  const locked = await closedOnOrAfter(await getDb(), detail.project.zoneId, week.start);
  const access = { ...detail.access, raiser: false };
  const [weekFiles, milestoneFiles, caption] = await Promise.all([
    weekAttachments(await getDb(), id, week.start),
    milestoneAttachments(await getDb(), id),
    captionOf(),
  ]);
  const weekItems = panelItems(weekFiles, viewer, { ...access, on: 'week' }, caption).map((item) => ({
    ...item,
    removable: item.removable && !locked,
  }));
  return (
    <ClientMessages route="projects/[id]/week">
      <div className="mx-auto max-w-xl space-y-4">
        <div>
          <Link href={`/projects/${id}`} className="text-sm text-slate-600 hover:underline">
            ← {detail.project.name}
          </Link>
          <h1 className="mt-1 text-xl font-semibold">
            {t('progressWork.weekTitle', { year: week.year, number: week.number })}
          </h1>
          <p className="text-sm text-slate-500">
            {week.start} ~ {week.end}
          </p>
        </div>
        <ProgressForm
          key={week.start}
          projectId={id}
          weekStart={week.start}
          report={report}
          closed={closed}
        />
        <AttachmentPanel
          title={t('attachments.weekTitle')}
          target={{ on: 'week', projectId: id, weekStart: week.start }}
          items={weekItems}
          canAdd={!locked && can(viewer, 'attachment.add', { ...access, on: 'week' })}
        />
        {open.length > 0 && (
          <section>
            <h2 className="mb-2 font-semibold">{t('progressWork.openMilestones')}</h2>
            <ol className="space-y-2">
              {open.map((m) => (
                <li
                  key={m.id}
                  className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
                  data-testid="milestone"
                >
                  <div className="flex flex-wrap items-center gap-x-3">
                    <span className="font-medium">{m.name}</span>
                    <span>{m.plannedOn}</span>
                    <span data-testid="milestone-status">{t(`milestoneStatus.${m.status}`)}</span>
                    <TrafficLight
                      light={milestoneLight(m, today)}
                      label={t(`lights.${milestoneLight(m, today)}`)}
                    />
                  </div>
                  <MilestoneEditor milestone={m} first last replan={false} />
                  <AttachmentPanel
                    title={t('attachments.title')}
                    target={{ on: 'milestone', milestoneId: m.id }}
                    items={panelItems(
                      milestoneFiles.get(m.id) ?? [],
                      viewer,
                      { ...access, on: 'milestone' },
                      caption,
                    )}
                    canAdd={can(viewer, 'attachment.add', { ...access, on: 'milestone' })}
                  />
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
