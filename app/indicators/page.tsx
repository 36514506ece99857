import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { rateText } from '@/lib/domain/indicators';
import { cellText, type Say } from '@/lib/export/indicators-cells';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { indicatorTable, indicatorYears, latestFiledQuarter } from '@/lib/queries/indicators';
import { quarterParamsSchema } from '@/lib/validation/indicators';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { CardColumns, type Header } from '../_components/data-table';
import { PrintButton } from '../_components/print-button';
import { LockButton, ReferenceRatesForm } from './lazy-forms';
import { QuarterPicker } from './quarter-picker';
import './print.css';

/**
 * 开发区季度指标: the quarter's table, a row per zone the viewer reaches and, for the city, its total with 同比,
 * shares and the comparisons in percentage points (red when behind). The city locks the quarter and enters
 * the reference rates here; each zone's admin and supervisor files from its row.
 */
export default async function IndicatorsPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const viewer = await requireViewer();
  const params = searchParamsOf(quarterParamsSchema, await searchParams);
  const db = await getDb();
  const latest = await latestFiledQuarter(db, viewer);
  const q = { year: params.year ?? latest.year, quarter: params.quarter ?? latest.quarter };
  const [t, table, years] = await Promise.all([
    getTranslations(),
    indicatorTable(db, viewer, q),
    indicatorYears(db, viewer),
  ]);
  const say = t as unknown as Say;
  const defsById = new Map(table.defs.map((d) => [d.id, d]));
  const quarterLabel = t('indicators.quarterLabel', q);
  const cityDesk = can(viewer, 'indicator.lock', q);
  const headers: Header[] = [
    { label: t('indicators.zone'), card: 'title' },
    ...table.defs.map((d): Header => ({ label: `${d.name}（${d.unit}）`, align: 'right' })),
    { label: '', card: 'bare' },
  ];
  const query = `year=${q.year}&quarter=${q.quarter}`;
  const cells = (row: (typeof table.zones)[number]['row']) =>
    table.defs.map((d) => {
      const c = cellText(d, row.cells.get(d.id), defsById, say);
      return (
        <td key={d.id}>
          <span className="font-medium">{c.value}</span>
          {c.notes.map((n) => (
            <span
              key={n.text}
              className={`block text-xs ${n.behind ? 'font-medium text-red-700' : 'text-slate-600'}`}
              data-behind={n.behind || undefined}
            >
              {n.text}
            </span>
          ))}
        </td>
      );
    });
  return (
    <ClientMessages route="indicators">
      <div className="indicator-sheet space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">
            {t('indicators.title')} · {quarterLabel}
          </h1>
          <p className="text-sm text-slate-600 print:hidden">{t('indicators.intro')}</p>
        </div>
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          <QuarterPicker years={years} year={q.year} quarter={q.quarter} />
          <a
            href={`/api/indicators/xlsx?${query}`}
            className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm"
            data-testid="indicators-xlsx"
            download
          >
            {t('indicators.export')}
          </a>
          <PrintButton label={t('indicators.print')} />
        </div>
        <p
          className={`text-sm ${table.locked ? 'text-amber-800' : 'text-slate-600'}`}
          data-testid="quarter-state"
          data-locked={table.locked || undefined}
        >
          {t(table.locked ? 'indicators.locked' : 'indicators.open')}
        </p>
        {cityDesk && (
          <div className="print:hidden">
            <LockButton year={q.year} quarter={q.quarter} locked={table.locked} />
          </div>
        )}
        {table.defs.length === 0 ? (
          <p className="text-slate-500">{t('indicators.noIndicators')}</p>
        ) : table.zones.length === 0 ? (
          <p className="text-slate-500">{t('indicators.noRows')}</p>
        ) : (
          <div className="rounded-lg border border-slate-200 bg-white sm:overflow-x-auto">
            <CardColumns scope="indicators" headers={headers} />
            <table
              className="cards w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top"
              data-cards="indicators"
              data-testid="indicator-table"
            >
              <thead className="bg-slate-100 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t('indicators.zone')}
                  </th>
                  {table.defs.map((d) => (
                    <th key={d.id} scope="col" className="px-3 py-2 font-medium">
                      {d.name}（{d.unit}）
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2 print:hidden">
                    <span className="sr-only">{t('indicators.zonePage')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.zones.map((z) => (
                  <tr key={z.zoneId} data-testid="indicator-row" data-zone={z.zoneId}>
                    <td className="sm:min-w-36">
                      <span className="font-medium">{z.name}</span>
                      <span className="block text-xs text-slate-500">
                        {z.filing
                          ? t('indicators.filedBy', {
                              name: z.filing.filedBy ?? '—',
                              date: zoneDateOf(z.filing.filedAt),
                            })
                          : t('indicators.notFiled')}
                      </span>
                    </td>
                    {cells(z.row)}
                    <td className="print:hidden">
                      <span className="flex flex-wrap gap-2 text-sm sm:whitespace-nowrap">
                        {can(viewer, 'indicator.file', { zoneId: z.zoneId }) && !table.locked && (
                          <Link
                            href={`/indicators/zones/${z.zoneId}/file?${query}`}
                            className="text-red-800 underline"
                            data-testid="file-link"
                          >
                            {t(z.filing ? 'indicators.correct' : 'indicators.file')}
                          </Link>
                        )}
                        <Link href={`/indicators/zones/${z.zoneId}`} className="text-slate-700 underline">
                          {t('indicators.zonePage')}
                        </Link>
                      </span>
                    </td>
                  </tr>
                ))}
                {table.city && (
                  <tr className="bg-slate-50 font-semibold" data-testid="city-row">
                    <td>
                      {t('indicators.city')}
                      <span className="block text-xs font-normal text-slate-500" data-testid="city-filed">
                        {t('indicators.filedZones', {
                          filed: table.city.filedZones,
                          count: table.city.zoneCount,
                        })}
                      </span>
                    </td>
                    {cells(table.city)}
                    <td />
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        )}
        {can(viewer, 'indicator.reference', q) && table.defs.some((d) => d.yoy) && (
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 print:hidden">
            <h2 className="font-semibold">{t('indicators.references')}</h2>
            <p className="text-sm text-slate-600">{t('indicators.referencesIntro')}</p>
            <ReferenceRatesForm
              saved={{
                year: q.year,
                quarter: q.quarter,
                version: table.quarterVersion,
                rates: table.defs
                  .filter((d) => d.yoy)
                  .map((d) => ({
                    indicatorId: d.id,
                    city: fmt(table.references.city.get(d.id)),
                    province: fmt(table.references.province.get(d.id)),
                  })),
              }}
              names={Object.fromEntries(table.defs.map((d) => [d.id, d.name]))}
            />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}

const fmt = (rate: number | undefined) => (rate === undefined ? '' : rateText(rate));
