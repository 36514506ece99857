import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { DbOrTx } from '@/db/types';
import type { ReportWeek } from '@/lib/domain/report-weeks';
import { CITY_SUMMARY_COLUMNS, citySummaryFigures, zoneSummaryFigures } from '@/lib/export/city-summary';
import { weeklyReport } from '@/lib/queries/weekly-report';
import type { ZonePick } from '@/lib/queries/zone-pick';
import { DataTable } from '../../_components/data-table';
import { ZonePicker } from '../../_components/zone-picker';
import { DownloadButton } from './download-button';

/**
 * The city account's 周报 for the whole city (its default): one line per zone, as the first sheet of the city
 * workbook (全市汇总) has it, each zone opening its own report; the city's downloads beside it.
 */
export async function CityReport({
  db,
  pick,
  zoneIds,
  week,
}: {
  db: DbOrTx;
  pick: ZonePick;
  zoneIds: number[];
  week: ReportWeek;
}) {
  const t = await getTranslations();
  const now = new Date();
  const lines = [];
  for (const zoneId of zoneIds) {
    const report = await weeklyReport(db, zoneId, week, now);
    lines.push({ zoneId, zone: report.zone, figures: zoneSummaryFigures(report) });
  }
  const total = citySummaryFigures(lines.map((l) => l.figures));
  const figureKeys = CITY_SUMMARY_COLUMNS.flatMap((c) => (c.key === 'zone' ? [] : [c]));
  const show = (kind: string, n: number) => (kind === 'money' ? n.toLocaleString('zh-CN') : String(n));
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('weeklyReport.title')}</h1>
        <p className="text-sm text-slate-600">
          {t('city.wholeCity')} ·{' '}
          {t('weeklyReport.citySummary.weekLine', {
            year: week.year,
            number: week.number,
            start: week.start,
            end: week.end,
          })}
        </p>
        <p className="mt-1 text-sm text-slate-600">{t('weeklyReport.citySummary.intro')}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <ZonePicker pick={pick} keep={{ week: week.start }} />
        <span className="flex flex-wrap items-center gap-2" data-testid="all-zones-downloads">
          <span className="text-slate-600">{t('weeklyReport.allZonesDownloads')}</span>
          {(['xlsx', 'csv'] as const).map((f) => (
            <DownloadButton
              key={f}
              href={`/api/reports/weekly/${f}?zone=all&week=${week.start}`}
              label={t(`weeklyReport.${f}`)}
              testId={`download-all-${f}`}
            />
          ))}
        </span>
      </div>
      <DataTable
        headers={CITY_SUMMARY_COLUMNS.map((c) => ({
          label: t(`weeklyReport.citySummary.columns.${c.key}`),
          ...(c.key === 'zone' ? { card: 'title' as const } : { align: 'right' as const }),
        }))}
        empty={lines.length === 0}
        emptyText={t('city.none')}
        testId="city-report"
      >
        {lines.map((l) => (
          <tr key={l.zoneId} data-testid="city-report-row">
            <td>
              <Link href={`/reports/weekly?zone=${l.zoneId}&week=${week.start}`} className="row-link">
                {l.zone}
              </Link>
            </td>
            {figureKeys.map((c) => (
              <td key={c.key}>{show(c.kind, l.figures[c.key])}</td>
            ))}
          </tr>
        ))}
        <tr className="bg-slate-50 font-semibold" data-testid="city-report-total">
          <td>{t('weeklyReport.citySummary.total')}</td>
          {figureKeys.map((c) => (
            <td key={c.key}>{show(c.kind, total[c.key])}</td>
          ))}
        </tr>
      </DataTable>
    </div>
  );
}
