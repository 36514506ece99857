import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { zoneDateOf } from '@/lib/domain/dates';
import { QUEUE_LIMIT } from '@/lib/queries/blockers';
import { activeBlockerRows } from '@/lib/queries/dashboard-blockers';
import { zonePick } from '@/lib/queries/zone-pick';
import { dashboardBlockersParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { RowsHeading } from '../figure-card';
import { requireSupervisor } from '../require-supervisor';

/** The active blockers behind a dashboard figure (a category, an age), oldest first; each opens its detail. */
export default async function DashboardBlockersPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const signedIn = await requireSupervisor();
  const { category, age, zone } = searchParamsOf(dashboardBlockersParamsSchema, await searchParams);
  const db = await getDb();
  const { viewer } = await zonePick(db, signedIn, zone);
  const today = zoneDateOf(new Date());
  const [t, rows] = await Promise.all([
    getTranslations(),
    activeBlockerRows(db, viewer, today, { category, age }),
  ]);
  const what = [
    category && t(`blockerWork.categories.${category}`),
    age && t(`dashboard.ages.${age.key}`),
  ].filter(Boolean);
  return (
    <div className="space-y-4">
      <RowsHeading
        back={t('dashboard.back')}
        title={t('dashboard.blockersPage.title', { what: what.join(' · ') || t('projects.all') })}
        summary={t('dashboard.count', { count: rows.length })}
      />
      {category && (
        <Link href={`/blockers?category=${category}`} className="text-sm text-red-900 hover:underline">
          {t('dashboard.blockersPage.queue')}
        </Link>
      )}
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">
          {t('blockerWork.noneOpen')}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {rows.map((b) => (
            <li
              key={b.id}
              className="flex flex-wrap justify-between gap-2 p-3 text-sm"
              data-testid="blocker-row"
            >
              <div>
                <Link href={`/blockers/${b.id}`} className="font-medium text-red-900 hover:underline">
                  {b.title}
                </Link>
                <div className="text-xs text-slate-500">
                  {b.projectName} · {t(`blockerWork.categories.${b.category}`)} ·{' '}
                  {t(`blockerWork.statuses.${b.status}`)}
                </div>
              </div>
              <span className="tabular-nums text-slate-600">
                {t('blockerWork.days', { days: b.ageDays })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {rows.length === QUEUE_LIMIT && (
        <p className="text-xs text-slate-500">{t('blockerWork.limited', { limit: QUEUE_LIMIT })}</p>
      )}
    </div>
  );
}
