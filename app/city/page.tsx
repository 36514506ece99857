import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { CITY_FIGURES, type CityFigureKey, honourBoard, rankBy } from '@/lib/domain/city-overview';
import { zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { cityOverview } from '@/lib/queries/city-overview';
import { cityOverviewParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { DataTable } from '../_components/data-table';
import { FilterSelect } from '../_components/filter-select';
import { BarFigure } from '../dashboard/bar-figure';
import { requireSupervisor } from '../dashboard/require-supervisor';
import { figureHref } from './figure-links';
import { figureText, figureTone, isCount } from './figure-text';

/**
 * 全市开发区总览: the city account's desk. One row per zone with the figures of the zone's own 驾驶舱, each a
 * link to the rows it counts; the city's total row; an order by any figure and a 红黑榜. A zone's account has
 * its own 驾驶舱 and no city to compare: not found.
 */
export default async function CityPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const viewer = await requireSupervisor();
  if (viewer.zoneId !== null) notFound();
  const { sort, rank } = searchParamsOf(cityOverviewParamsSchema, await searchParams);
  const now = new Date();
  const today = zoneDateOf(now);
  const week = reportWeekOf(now);
  const [t, overview] = await Promise.all([
    getTranslations(),
    cityOverview(await getDb(), viewer, { today, week }),
  ]);
  const rows = sort ? rankBy(overview.rows, sort) : overview.rows;
  const board = honourBoard(overview.rows, rank);
  const label = (key: CityFigureKey) => t(`city.figures.${key}`);
  const cell = (key: CityFigureKey, value: number | null, zoneId?: number) => (
    <td key={key} className={figureTone(key, value)}>
      <Link href={figureHref(key, zoneId)} className="hover:underline" data-figure={key}>
        {figureText(t, key, value)}
      </Link>
    </td>
  );
  const figureOptions = CITY_FIGURES.map((f) => ({ value: f.key, label: label(f.key) }));

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold">{t('city.title')}</h1>
        <p className="text-sm text-slate-600">
          {t('dashboard.asOf', {
            date: today,
            week: t('progressWork.weekLabel', { year: week.year, number: week.number }),
          })}
        </p>
        <p className="mt-1 text-sm text-slate-600">{t('city.intro')}</p>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-2 text-sm" data-testid="city-order">
        <FilterSelect
          name="sort"
          label={t('city.sort')}
          value={sort}
          allLabel={t('city.sortDefault')}
          options={figureOptions}
        />
        <input type="hidden" name="rank" value={rank} />
        <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-white">
          {t('city.apply')}
        </button>
        {sort && <span className="pb-1.5 text-slate-500">{t('city.sortHint')}</span>}
      </form>

      <section aria-labelledby="city-table-title" className="space-y-2">
        <h2 id="city-table-title" className="font-semibold">
          {t('city.tableTitle')}
        </h2>
        <DataTable
          headers={[
            { label: t('city.zone'), card: 'title' },
            ...CITY_FIGURES.map((f) => ({
              label: label(f.key),
              align: 'right' as const,
              nowrap: true as const,
            })),
          ]}
          empty={rows.length === 0}
          emptyText={t('city.none')}
          testId="city-table"
        >
          {rows.map((r) => (
            <tr key={r.zoneId} data-testid="city-row" data-zone={r.zoneId}>
              <td className="font-medium">{r.zoneName}</td>
              {CITY_FIGURES.map((f) => cell(f.key, r.figures[f.key], r.zoneId))}
            </tr>
          ))}
          <tr data-testid="city-total" className="bg-slate-50 font-semibold">
            <td>{t('city.cityTotal')}</td>
            {CITY_FIGURES.map((f) => cell(f.key, overview.total[f.key]))}
          </tr>
        </DataTable>
      </section>

      <section
        aria-labelledby="city-rank-title"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
        data-testid="city-rank"
      >
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="city-rank-title" className="font-semibold">
            {t('city.rankTitle')}
          </h2>
          <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
            {sort && <input type="hidden" name="sort" value={sort} />}
            <label className="flex flex-col">
              <span className="text-slate-600">{t('city.rankBy')}</span>
              <select
                name="rank"
                defaultValue={rank}
                className="rounded border border-slate-300 bg-white px-2 py-1"
              >
                {figureOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-white">
              {t('city.apply')}
            </button>
          </form>
        </div>
        <p className="text-sm text-slate-600">{t('city.rankHint', { figure: label(rank) })}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {(['best', 'worst'] as const).map((side) => (
            <div key={side} data-testid={`rank-${side}`}>
              <h3 className={`font-medium ${side === 'best' ? 'text-light-red' : 'text-slate-900'}`}>
                {t(`city.${side}`)}
              </h3>
              <ol className="mt-1 divide-y divide-slate-100 text-sm">
                {board[side].map((r, i) => (
                  <li key={r.zoneId} className="flex items-center justify-between gap-2 py-1.5">
                    <span className="min-w-0 break-words">
                      {i + 1}. {r.zoneName}
                    </span>
                    <Link href={figureHref(rank, r.zoneId)} className="shrink-0 tabular-nums hover:underline">
                      {figureText(t, rank, r.figures[rank])}
                    </Link>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      </section>

      {isCount(rank) && (
        <BarFigure
          title={t('city.chartTitle', { figure: label(rank) })}
          testId="city-chart"
          items={rankBy(overview.rows, rank).map((r) => ({
            key: String(r.zoneId),
            label: r.zoneName,
            value: r.figures[rank] ?? 0,
            href: figureHref(rank, r.zoneId),
          }))}
        />
      )}
    </div>
  );
}
