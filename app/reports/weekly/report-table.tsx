import Link from 'next/link';
import { type ReactNode, useId } from 'react';
import type { WeeklyReport } from '@/lib/domain/weekly-report';
import { COLUMNS } from '@/lib/export/columns';
import { headerCells, pageRows, type TableRow, tableRows } from '@/lib/export/table';
import type { Translator } from '@/lib/i18n/messages';
import { CardColumns, type Header } from '../../_components/data-table';
import { type WeekPhoto, WeekThumbs } from './week-thumbs';

// Cell styles are set once on the table (a report holds thousands of cells; a class list on each would
// double the page's size and its render time). A cell carries only its column's kind.
const TABLE_STYLE = [
  '[&_td]:border [&_td]:border-slate-200 [&_td]:py-1',
  '[&_td[data-k=seq]]:text-right [&_td[data-k=money]]:text-right [&_td[data-k=count]]:text-right',
  '[&_td[data-k=seq]]:tabular-nums [&_td[data-k=money]]:tabular-nums [&_td[data-k=count]]:tabular-nums',
  '[&_td[data-k=longText]]:whitespace-pre-wrap',
].join(' ');
// On screen the project's name stays in view while the table scrolls sideways (its background covers what
// passes under it), and an unfiled week's row is tinted as well as saying 未报送.
const SCREEN_STYLE = [
  'cards text-xs [&_td]:px-1',
  'sm:[&_:is(td,th):nth-child(2)]:sticky sm:[&_:is(td,th):nth-child(2)]:left-0 sm:[&_:is(td,th):nth-child(2)]:z-10',
  'sm:[&_td:nth-child(2)]:bg-inherit sm:[&_th:nth-child(2)]:bg-slate-100',
  'sm:[&_:is(td,th):nth-child(2)]:shadow-[inset_-1px_0_0_var(--color-slate-300)]',
  '[&_tr[data-filed=true]]:bg-white [&_tr[data-filed=false]]:bg-amber-50',
].join(' ');
const PRINT_STYLE = 'text-[9px] [&_td]:px-1.5';
const NUMBER = new Intl.NumberFormat('zh-CN');
const KINDS = COLUMNS.map((c) => (c.kind === 'text' ? undefined : c.kind));
/** The week's photos go under what was done that week (本周进展). */
const PHOTO_COLUMN = COLUMNS.findIndex((c) => c.key === 'progress');

/**
 * The screen's column widths (em of the table's 12 px text, padding and border included): the report fits the
 * 1,200 px a 1280 px window gives it, so 本周进展, 下周计划, 存在问题 and who answers for the project are read
 * without scrolling; long text wraps within its column, a short heading in lines of two characters or more.
 * On a phone (a card per project) the facts that matter: stage, 总投资, the week's words, the liaison and the
 * light; the rest is on the project's page, a tap away.
 */
const SCREEN: Record<string, { em: number; card?: Header['card'] }> = {
  seq: { em: 2.75, card: 'hide' },
  name: { em: 8, card: 'title' },
  enterprise: { em: 6, card: 'hide' },
  park: { em: 4.5, card: 'hide' },
  kind: { em: 3, card: 'hide' },
  total: { em: 4.5 },
  annual: { em: 4.5, card: 'hide' },
  yearToDate: { em: 4.5, card: 'hide' },
  week: { em: 4, card: 'hide' },
  stage: { em: 3 },
  progress: { em: 12 },
  nextPlan: { em: 9.25, card: 'hide' },
  blockers: { em: 11 },
  leader: { em: 3.5, card: 'hide' },
  cadre: { em: 3.5, card: 'hide' },
  liaison: { em: 3.5 },
  light: { em: 3, card: 'bare' },
  planChanges: { em: 3.5, card: 'hide' },
  delayDays: { em: 3.5, card: 'hide' },
};

/** The report's table, laid out from the same rows as the exports (so the page and the files agree). */
export function ReportTable({
  report,
  t,
  compact = false,
  heading,
  page,
  photos,
}: {
  report: WeeklyReport;
  t: Translator;
  compact?: boolean;
  /** The week's photos by project (the print view), shown under each project's progress. */
  photos?: ReadonlyMap<number, readonly WeekPhoto[]>;
  /** On screen, one page of a long report; printed, the whole. */
  page?: { offset: number; limit: number };
  /** A line above the column names, repeated with them on every printed page. */
  heading?: ReactNode;
}) {
  const scope = useId();
  const headers = headerCells(t);
  const rows = page ? pageRows(tableRows(report, t), page) : tableRows(report, t);
  return (
    <>
      {!compact && (
        <CardColumns
          scope={scope}
          headers={COLUMNS.map((c, i) => ({ label: headers[i] ?? '', card: SCREEN[c.key]?.card }))}
        />
      )}
      <table
        className={`w-full border-collapse text-left ${TABLE_STYLE} ${compact ? PRINT_STYLE : SCREEN_STYLE}`}
        data-testid="report-table"
        data-cards={compact ? undefined : scope}
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
            {headers.map((h, i) => (
              <th
                key={h}
                className="border border-slate-200 px-1 py-1 align-bottom"
                // Printed, the xlsx widths (in characters) keep the columns readable on the page.
                style={
                  compact
                    ? { minWidth: `${(COLUMNS[i]?.width ?? 8) * 0.35}em` }
                    : { width: `${SCREEN[COLUMNS[i]?.key ?? '']?.em ?? 4}em` }
                }
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...rows].map((row, i) => (
            <tr
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place in the report
              key={i}
              data-testid={row.kind === 'row' ? 'report-row' : `report-${row.kind}`}
              data-filed={row.kind === 'row' ? row.filed : undefined}
              className={`break-inside-avoid align-top ${row.kind === 'row' ? '' : 'bg-slate-50 font-semibold'}`}
            >
              {row.cells.map((cell, j) => (
                <td key={COLUMNS[j]?.key} data-k={KINDS[j]}>
                  {j === 1 && row.kind === 'row' && !compact && row.projectId !== undefined ? (
                    <ProjectName id={row.projectId} name={String(cell)} filed={row.filed} t={t} />
                  ) : typeof cell === 'number' ? (
                    NUMBER.format(cell)
                  ) : (
                    cell
                  )}
                  {j === PHOTO_COLUMN && <RowPhotos photos={photos} projectId={rowProject(row)} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const rowProject = (row: TableRow) => (row.kind === 'row' ? row.projectId : undefined);

function RowPhotos(props: { photos?: ReadonlyMap<number, readonly WeekPhoto[]>; projectId?: number }) {
  const list = props.projectId === undefined ? undefined : props.photos?.get(props.projectId);
  return list && list.length > 0 ? <WeekThumbs photos={list} /> : null;
}

/** On screen the name opens the project, and an unfiled week says so beside it (also when scrolled sideways). */
function ProjectName(props: { id: number; name: string; filed?: boolean; t: Translator }) {
  return (
    <>
      <Link href={`/projects/${props.id}`} className="row-link">
        {props.name}
      </Link>
      {props.filed === false && (
        <span
          className="ml-1 hidden rounded bg-amber-200 px-1 whitespace-nowrap text-amber-950 sm:inline"
          data-testid="not-filed-mark"
        >
          {props.t('weeklyReport.notFiled')}
        </span>
      )}
    </>
  );
}
