import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { mostDelayedProjects } from '@/lib/queries/dashboard-delays';

type Row = Awaited<ReturnType<typeof mostDelayedProjects>>[number];

/** 延期最多的项目: the few most delayed projects, each opening its page, and the whole list of slipped ones. */
export async function DelayList({ rows }: { rows: Row[] }) {
  const t = await getTranslations();
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid="most-delayed">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">{t('dashboard.delays.title')}</h2>
        <Link href="/projects?sort=delay&slipped=1" className="text-sm text-red-900 hover:underline">
          {t('dashboard.delays.all')}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('dashboard.delays.none')}</p>
      ) : (
        <ol className="space-y-1.5 text-sm">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-x-3" data-testid="delayed-project">
              <span className="min-w-0">
                <Link href={`/projects/${r.id}`} className="font-medium text-red-900 hover:underline">
                  {r.name}
                </Link>
                <span className="text-slate-500"> · {r.parkName}</span>
              </span>
              <span className="tabular-nums">
                <span className="font-semibold text-light-yellow">
                  {t('dashboard.delays.days', { days: r.delayDays })}
                </span>
                <span className="text-slate-500">
                  {' '}
                  · {t('dashboard.delays.changes', { count: r.planChanges })}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
