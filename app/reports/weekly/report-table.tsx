import type { ReactNode } from 'react';
import type { WeeklyReport } from '@/lib/domain/weekly-report';
import { COLUMNS } from '@/lib/export/columns';
import { headerCells, pageRows, tableRows } from '@/lib/export/table';
import type { Translator } from '@/lib/i18n/messages';

// Cell styles are set once on the table (a report holds thousands of cells; a class list on each would
// double the page's size and its render time). A cell carries only its column's kind.
const TABLE_STYLE = [
  '[&_td]:border [&_td]:border-slate-200 [&_td]:px-1.5 [&_td]:py-1',
  '[&_td[data-k=seq]]:text-right [&_td[data-k=money]]:text-right [&_td[data-k=count]]:text-right',
  '[&_td[data-k=seq]]:tabular-nums [&_td[data-k=money]]:tabular-nums [&_td[data-k=count]]:tabular-nums',
  '[&_td[data-k=longText]]:min-w-48 [&_td[data-k=longText]]:whitespace-pre-wrap',
].join(' ');
const NUMBER = new Intl.NumberFormat('zh-CN');
const KINDS = COLUMNS.map((c) => (c.kind === 'text' ? undefined : c.kind));

/** The report's table, laid out from the same rows as the exports (so the page and the files agree). */
export function ReportTable({
  report,
  t,
  compact = false,
  heading,
  page,
}: {
  report: WeeklyReport;
  t: Translator;
  compact?: boolean;
  /** On screen, one page of a long report; printed, the whole. */
  page?: { offset: number; limit: number };
  /** A line above the column names, repeated with them on every printed page. */
  heading?: ReactNode;
}) {
  return (
    <table
      className={`w-full border-collapse text-left ${TABLE_STYLE} ${compact ? 'text-[9px]' : 'text-xs'}`}
      data-testid="report-table"
    >
      <thead className="bg-slate-100 text-slate-700">
        {heading && (
          <tr>
            <th colSpan={COLUMNS.length} className="bg-white px-1 pb-1 text-left font-normal">
              {heading}
            </th>
          </tr>
        )}
        <tr>
          {headerCells(t).map((h, i) => (
            // The xlsx widths (in characters) keep the page's columns readable too.
            <th
              key={h}
              className="border border-slate-200 px-1.5 py-1 align-bottom"
              style={{ minWidth: `${(COLUMNS[i]?.width ?? 8) * (compact ? 0.35 : 0.55)}em` }}
            >
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...(page ? pageRows(tableRows(report, t), page) : tableRows(report, t))].map((row, i) => (
          <tr
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place in the report
            key={i}
            data-testid={row.kind === 'row' ? 'report-row' : `report-${row.kind}`}
            className={`break-inside-avoid align-top ${row.kind === 'row' ? '' : 'bg-slate-50 font-semibold'}`}
          >
            {row.cells.map((cell, j) => (
              <td key={COLUMNS[j]?.key} data-k={KINDS[j]}>
                {typeof cell === 'number' ? NUMBER.format(cell) : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
