import type { WeeklyReport } from '@/lib/domain/weekly-report';
import type { Translator } from '@/lib/i18n/messages';

// The city workbook's first sheet (全市汇总): one line per zone, taken from the zone's own report as its sheet
// shows it (the report's summary and its 合计 line), and the city's total line, the sum of the zones' lines.

export const CITY_SUMMARY_COLUMNS = [
  { key: 'zone', kind: 'text', width: 28 },
  { key: 'projects', kind: 'count', width: 10 },
  { key: 'filed', kind: 'count', width: 10 },
  { key: 'notFiled', kind: 'count', width: 10 },
  { key: 'totalInvestment', kind: 'money', width: 14 },
  { key: 'annualPlanned', kind: 'money', width: 14 },
  { key: 'yearToDate', kind: 'money', width: 14 },
  { key: 'weekInvestment', kind: 'money', width: 14 },
  { key: 'blockersNew', kind: 'count', width: 10 },
  { key: 'blockersOngoing', kind: 'count', width: 10 },
  { key: 'blockersClosed', kind: 'count', width: 10 },
] as const;

export type CitySummaryKey = (typeof CITY_SUMMARY_COLUMNS)[number]['key'];
type Figures = Record<Exclude<CitySummaryKey, 'zone'>, number>;

/** A zone's line of figures, from its report. */
export function zoneSummaryFigures(report: WeeklyReport): Figures {
  return { ...report.summary, ...report.total };
}

/** The city's line: every figure the sum of the zones'. */
export function citySummaryFigures(zones: readonly Figures[]): Figures {
  const total = {} as Figures;
  for (const c of CITY_SUMMARY_COLUMNS) {
    if (c.key === 'zone') continue;
    total[c.key] = zones.reduce((sum, z) => sum + z[c.key], 0);
  }
  return total;
}

/** A line as cells in the columns' order. */
export const summaryCells = (label: string, figures: Figures): (string | number)[] =>
  CITY_SUMMARY_COLUMNS.map((c) => (c.key === 'zone' ? label : figures[c.key]));

export const summaryHeader = (t: Translator): string[] =>
  CITY_SUMMARY_COLUMNS.map((c) => t(`weeklyReport.citySummary.columns.${c.key}`));
