import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import { addresseeChoices, blockerChoices, projectNotices } from '@/lib/queries/supervision-notices';
import { IssueNoticeForm } from './lazy-forms';

/** The project's 督办单 with their state, and (for its supervisors) the form to issue one. */
export async function SupervisionSection(props: {
  viewer: Viewer;
  projectId: number;
  mayIssue: boolean;
  today: IsoDate;
}) {
  const db = await getDb();
  const [t, notices, addressees, blockers] = await Promise.all([
    getTranslations(),
    projectNotices(db, props.viewer, props.projectId, props.today),
    props.mayIssue ? addresseeChoices(db, props.projectId) : [],
    props.mayIssue ? blockerChoices(db, props.projectId) : [],
  ]);
  if (notices.length === 0 && !props.mayIssue) return null;
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="project-notices"
    >
      <h2 className="mb-2 text-lg font-semibold">{t('supervisionWork.title')}</h2>
      {notices.length === 0 ? (
        <p className="text-slate-500">{t('supervisionWork.projectEmpty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {notices.map((n) => (
            <li key={n.id} className="flex flex-wrap items-center gap-x-3 py-2" data-testid="project-notice">
              <Link href={`/supervision/${n.id}`} className="font-medium text-red-900 hover:underline">
                {n.number}
              </Link>
              <span className="min-w-0 break-words">{n.matter.slice(0, 60)}</span>
              <span>{t(`supervisionWork.statuses.${n.status}`)}</span>
              <span className={n.overdue ? 'font-semibold text-light-red' : 'text-slate-600'}>
                {n.overdue ? t('supervisionWork.overdue') : `${t('supervisionWork.replyDue')} ${n.replyDue}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.mayIssue && (
        <IssueNoticeForm
          projectId={props.projectId}
          addressees={addressees.map((a) => ({
            id: a.id,
            label: `${a.name}（${t(`assignmentRoles.${a.role}`)}）`,
          }))}
          blockers={blockers}
        />
      )}
    </section>
  );
}
