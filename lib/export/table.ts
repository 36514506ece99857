import type { Money, WeeklyReport } from '@/lib/domain/weekly-report';
import type { Translator } from '@/lib/i18n/messages';
import { COLUMNS, MONEY_FIELD } from './columns';

// The report as rows of cells: what the CSV writes and the xlsx lays out. One layout for both, so the two
// files always agree.

export type Cell = string | number;

/**
 * What a file is written from: one zone's report, or several (the whole city) read one at a time as the
 * file is written, so memory holds one zone's report however many zones there are.
 */
export type ReportSource = WeeklyReport | AsyncIterable<WeeklyReport>;

export async function* reportsOf(source: ReportSource): AsyncGenerator<WeeklyReport> {
  if (Symbol.asyncIterator in source) yield* source;
  else yield source;
}
/** A project's row also says which project and whether its week was filed (the page links and marks it). */
export type TableRow =
  | { kind: 'row'; cells: Cell[]; projectId?: number; filed?: boolean }
  | { kind: 'subtotal' | 'total'; cells: Cell[] };

function moneyLine(label: string, money: Money): Cell[] {
  return COLUMNS.map((c, i) => {
    if (i === 1) return label;
    return c.key in MONEY_FIELD ? money[MONEY_FIELD[c.key as keyof typeof MONEY_FIELD]] : '';
  });
}

export function headerCells(t: Translator): string[] {
  return COLUMNS.map((c) => t(`weeklyReport.columns.${c.key}` as never));
}

/** Body rows: each project numbered through the report, a subtotal after each park, the total last. */
export function* tableRows(report: WeeklyReport, t: Translator): Generator<TableRow> {
  let seq = 0;
  for (const group of report.groups) {
    for (const row of group.rows) {
      seq += 1;
      yield {
        kind: 'row',
        projectId: row.projectId,
        filed: row.filed,
        cells: COLUMNS.map((c) => (c.kind === 'seq' ? seq : c.value(row, t))),
      };
    }
    yield {
      kind: 'subtotal',
      cells: moneyLine(t('weeklyReport.subtotal', { park: group.park }), group.subtotal),
    };
  }
  yield { kind: 'total', cells: moneyLine(t('weeklyReport.total'), report.total) };
}

/**
 * One screen page of the report's rows: its projects `offset`…`offset + limit - 1` (numbered as in the whole
 * report), a park's subtotal where that park's last project is on the page, the total on the last page.
 */
export function* pageRows(
  rows: Iterable<TableRow>,
  page: { offset: number; limit: number },
): Generator<TableRow> {
  let seen = 0;
  let previousShown = false;
  for (const row of rows) {
    if (row.kind === 'row') {
      previousShown = seen >= page.offset && seen < page.offset + page.limit;
      seen += 1;
      if (previousShown) yield row;
    } else if (row.kind === 'subtotal') {
      if (previousShown) yield row;
    } else if (seen <= page.offset + page.limit) {
      yield row;
    }
  }
}

/** The title lines above the table. */
export function titleLines(report: WeeklyReport, t: Translator): string[] {
  return [
    t('weeklyReport.documentTitle', { zone: report.zone }),
    t('weeklyReport.weekLine', {
      year: report.week.year,
      number: report.week.number,
      start: report.week.start,
      end: report.week.end,
    }),
  ];
}
