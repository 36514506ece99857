import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { isNoticeOverdue, movesOpen, type SupervisionStatus } from '@/lib/domain/supervision-notice';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { noticeDetail } from '@/lib/queries/supervision-notices';
import { routeId } from '@/lib/validation/request-params';
import { PrintButton } from '../../_components/print-button';
import { NoticeMoveForm } from './lazy-forms';
import './print.css';

/** One 督办单 as its printed sheet (A4), its course, and the moves open to the viewer. */
export default async function NoticePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = await routeId(params);
  const [t, format, detail] = await Promise.all([
    getTranslations(),
    getFormatter(),
    noticeDetail(await getDb(), viewer, id),
  ]);
  if (!detail) notFound();
  const { notice, access } = detail;
  const status = notice.status as SupervisionStatus;
  const overdue = isNoticeOverdue(notice, zoneDateOf(new Date()));
  const moves = [
    ...(can(viewer, 'supervision.reply', access) ? movesOpen(status, 'official') : []),
    ...(can(viewer, 'supervision.review', access) ? movesOpen(status, 'supervisor') : []),
  ];
  const when = (at: Date) => format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
  const rows: [string, string][] = [
    [t('supervisionWork.project'), detail.projectName],
    ...(detail.blockerTitle ? [[t('supervisionWork.blocker'), detail.blockerTitle] as [string, string]] : []),
    [t('supervisionWork.matter'), notice.matter],
    [t('supervisionWork.addressee'), detail.addresseeName],
    [t('supervisionWork.unit'), notice.unit || '—'],
    [t('supervisionWork.replyDue'), notice.replyDue],
    ...(notice.instruction
      ? [[t('supervisionWork.instruction'), notice.instruction] as [string, string]]
      : []),
    [t('supervisionWork.issuedBy'), `${detail.issuerName} · ${when(notice.issuedAt)}`],
    ...(notice.closedAt ? [[t('supervisionWork.closedAt'), when(notice.closedAt)] as [string, string]] : []),
  ];
  return (
    <ClientMessages route="supervision/[id]">
      <div className="space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
          <Link href="/supervision" className="text-sm text-slate-600 hover:underline">
            ← {t('supervisionWork.title')}
          </Link>
          <PrintButton label={t('supervisionWork.print')} />
        </div>
        <article
          className="notice-sheet space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-8"
          data-testid="notice-sheet"
        >
          <h1 className="text-center text-2xl font-semibold tracking-widest text-red-800">
            {t('supervisionWork.sheetTitle')}
          </h1>
          <p className="flex flex-wrap justify-between gap-2 border-b-2 border-red-800 pb-2 text-sm">
            <span>{t('supervisionWork.sheetIssuer', { zone: detail.zoneName })}</span>
            <span className="font-medium" data-testid="notice-number">
              {notice.number}
            </span>
          </p>
          <p className="flex flex-wrap gap-2 text-sm print:hidden">
            <span className="rounded bg-slate-100 px-2 py-0.5" data-testid="notice-status">
              {t(`supervisionWork.statuses.${status}`)}
            </span>
            {overdue && (
              <span className="rounded bg-red-100 px-2 py-0.5 text-light-red">
                {t('supervisionWork.overdue')}
              </span>
            )}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="min-w-0 break-words whitespace-pre-wrap">{value}</dd>
              </div>
            ))}
          </dl>
          <section>
            <h2 className="mb-2 font-semibold">{t('supervisionWork.course')}</h2>
            {detail.events.length === 0 ? (
              <p className="text-sm text-slate-500">{t('supervisionWork.noEvents')}</p>
            ) : (
              <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm" data-testid="notice-events">
                {detail.events.map((e) => (
                  <li key={e.id}>
                    <span className="text-slate-500">{when(e.at)}</span>{' '}
                    <span className="font-medium">{e.authorName}</span>{' '}
                    {t(`supervisionWork.events.${e.kind as 'reply' | 'accept' | 'return'}`)}
                    {e.body && <p className="break-words whitespace-pre-wrap text-slate-700">{e.body}</p>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </article>
        {moves.length > 0 && (
          <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm print:hidden">
            <h2 className="font-semibold">{t('supervisionWork.act')}</h2>
            {moves.map((m) => (
              <NoticeMoveForm key={m} move={m} noticeId={notice.id} version={notice.version} />
            ))}
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
