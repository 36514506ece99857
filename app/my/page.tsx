import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { myProjects } from '@/lib/queries/weekly';

/** An official's home: each of their projects, their role on it, and what needs them this week. */
export default async function MyProjectsPage() {
  const viewer = await requireViewer();
  const week = reportWeekOf(new Date());
  const [t, rows] = await Promise.all([
    getTranslations(),
    myProjects(await getDb(), viewer, week, zoneDateOf(new Date())),
  ]);
  const unfiled = rows.filter((r) => r.reportId === null).length;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('myWork.title')}</h1>
        <p className="text-sm text-slate-600">
          {t('progressWork.weekLabel', { year: week.year, number: week.number })} · {week.start} ~ {week.end}{' '}
          · {t('myWork.summary', { count: rows.length, unfiled })}
        </p>
      </div>
      {rows.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">
          {t('myWork.none')}
        </p>
      )}
      <ul className="grid gap-3 md:grid-cols-2">
        {rows.map((r) => (
          <li
            key={`${r.id}:${r.role}`}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid="my-project"
          >
            <Link href={`/projects/${r.id}`} className="font-medium text-red-900 hover:underline">
              {r.name}
            </Link>
            <div className="mt-1 text-sm text-slate-600">
              {r.parkName} · {t(`stages.${r.stage}`)} · {t(`assignmentRoles.${r.role}`)}
            </div>
            <ul className="mt-2 space-y-1 text-sm">
              <li
                data-testid="week-state"
                className={r.reportId ? 'text-light-green' : 'font-medium text-light-red'}
              >
                {t(r.reportId ? 'progressWork.filed' : 'myWork.reportDue')}
              </li>
              {r.lateCount > 0 && (
                <li className="text-light-red">{t('myWork.late', { count: r.lateCount })}</li>
              )}
              {r.dueSoonCount > 0 && (
                <li className="text-light-yellow">{t('myWork.dueSoon', { count: r.dueSoonCount })}</li>
              )}
              {r.activeBlockers > 0 && (
                <li
                  className={r.overdueBlockers > 0 ? 'text-light-red' : 'text-slate-700'}
                  data-testid="open-blockers"
                >
                  {t('myWork.blockers', { count: r.activeBlockers })}
                </li>
              )}
            </ul>
            <Link
              href={`/projects/${r.id}/week`}
              className="mt-3 inline-block rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white"
            >
              {t(r.reportId ? 'progressWork.edit' : 'progressWork.file')}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
