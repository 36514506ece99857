import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReportWeek } from '@/lib/domain/report-weeks';
import type { ProjectDetail } from '@/lib/queries/project-detail';

/** The weekly reports: this week's state, the link to file it, and the latest weeks. */
export async function ProgressSection(props: {
  projectId: number;
  reports: ProjectDetail['reports'];
  week: ReportWeek;
  mayFile: boolean;
}) {
  const t = await getTranslations();
  const filed = props.reports.some((r) => r.weekStart === props.week.start);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">{t('progressWork.title')}</h2>
        <span data-testid="week-state" className={filed ? 'text-light-green' : 'text-light-red'}>
          {t('progressWork.weekLabel', { year: props.week.year, number: props.week.number })} ·{' '}
          {t(filed ? 'progressWork.filed' : 'progressWork.notFiled')}
        </span>
        {props.mayFile && (
          <Link
            href={`/projects/${props.projectId}/week`}
            className="rounded bg-red-800 px-3 py-1.5 font-medium text-white"
            data-testid="file-week"
          >
            {t(filed ? 'progressWork.edit' : 'progressWork.file')}
          </Link>
        )}
      </div>
      {props.reports.length === 0 ? (
        <p className="mt-2 text-slate-500">{t('progressWork.none')}</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-100">
          {props.reports.map((r) => (
            <li key={r.id} className="py-2" data-testid="report">
              <div className="text-slate-500">
                {t('progressWork.weekOf', { start: r.weekStart })} · {r.filedBy} ·{' '}
                {t('progressWork.investmentShort', { amount: r.investment })}
                {props.mayFile && (
                  <Link
                    href={`/projects/${props.projectId}/week?week=${r.weekStart}`}
                    className="ml-2 text-red-800 hover:underline"
                  >
                    {t('progressWork.editWeek')}
                  </Link>
                )}
              </div>
              <p>
                <span className="text-slate-500">
                  {t('app.labelled', { label: t('progressWork.progress') })}
                </span>
                {r.progress}
              </p>
              {r.nextPlan && (
                <p>
                  <span className="text-slate-500">
                    {t('app.labelled', { label: t('progressWork.nextPlan') })}
                  </span>
                  {r.nextPlan}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
