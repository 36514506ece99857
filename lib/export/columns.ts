import type { ReportRow } from '@/lib/domain/weekly-report';
import type { Translator } from '@/lib/i18n/messages';

// The weekly report's columns, in order, once for the page, the print view, the xlsx and the CSV.

/** money: 万元, summed in subtotals and the total; count: a whole number of the row alone, never summed. */
export type ColumnKind = 'seq' | 'text' | 'longText' | 'money' | 'count';

export interface Column {
  /** message key under weeklyReport.columns */
  key: string;
  kind: ColumnKind;
  /** xlsx width in characters */
  width: number;
  value(row: ReportRow, t: Translator): string | number;
}

function blockersText(row: ReportRow, t: Translator): string {
  return row.blockers
    .map(
      (b) =>
        `【${t(`weeklyReport.marks.${b.mark}`)}】${t(`blockerWork.categories.${b.category}`)}：${b.title}`,
    )
    .join('\n');
}

export const COLUMNS: Column[] = [
  { key: 'seq', kind: 'seq', width: 6, value: () => 0 },
  { key: 'name', kind: 'text', width: 30, value: (r) => r.name },
  { key: 'enterprise', kind: 'text', width: 24, value: (r) => r.enterprise },
  { key: 'park', kind: 'text', width: 16, value: (r) => r.park },
  { key: 'kind', kind: 'text', width: 8, value: (r, t) => t(`kinds.${r.kind}`) },
  { key: 'total', kind: 'money', width: 12, value: (r) => r.totalInvestment },
  { key: 'annual', kind: 'money', width: 12, value: (r) => r.annualPlanned },
  { key: 'yearToDate', kind: 'money', width: 14, value: (r) => r.yearToDate },
  { key: 'week', kind: 'money', width: 12, value: (r) => r.weekInvestment },
  { key: 'stage', kind: 'text', width: 8, value: (r, t) => t(`stages.${r.stage}`) },
  {
    key: 'progress',
    kind: 'longText',
    width: 40,
    value: (r, t) => (r.filed ? r.progress : t('weeklyReport.notFiled')),
  },
  { key: 'nextPlan', kind: 'longText', width: 30, value: (r) => r.nextPlan },
  { key: 'blockers', kind: 'longText', width: 34, value: blockersText },
  { key: 'leader', kind: 'text', width: 10, value: (r) => r.leader },
  { key: 'cadre', kind: 'text', width: 10, value: (r) => r.cadre },
  { key: 'liaison', kind: 'text', width: 10, value: (r) => r.liaison },
  { key: 'light', kind: 'text', width: 8, value: (r, t) => t(`lights.${r.light}`) },
  { key: 'planChanges', kind: 'count', width: 10, value: (r) => r.planChanges },
  { key: 'delayDays', kind: 'count', width: 10, value: (r) => r.delayDays },
];

/** Which money field a money column sums, for subtotal and total rows. */
export const MONEY_FIELD = {
  total: 'totalInvestment',
  annual: 'annualPlanned',
  yearToDate: 'yearToDate',
  week: 'weekInvestment',
} as const;
