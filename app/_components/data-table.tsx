import { type ReactNode, useId } from 'react';

export interface Header {
  label: string;
  /** A figure: right-aligned in the table, its digits of equal width. */
  align?: 'right';
  /** A short word or name that must not break inside (a stage, a park). */
  nowrap?: true;
  /**
   * Below the `sm` breakpoint each row is a card (globals.css, `.cards`): its title on a line of its own (the
   * 'title' column, else the first), every other cell a fact led by its column's label. 'hide' leaves the cell
   * out of the card (a figure the phone does without, or shows another way); 'bare' shows it without a label
   * (a light or badge that says itself).
   */
  card?: 'title' | 'hide' | 'bare';
}

/** A CSS string literal: quotes and backslashes escaped, and no `<` that could close the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3c ').replace(/\n/g, '\\a ')}"`;
}

/**
 * The per-column part of a list: alignment, and on a phone which cells a card hides and the label before each
 * fact. Written once per table as style rules keyed on the column's position, so a row's cells carry no label
 * or class of their own (a list of hundreds of rows does not repeat its column names or classes hundreds of
 * times).
 */
export function CardColumns({ scope, headers }: { scope: string; headers: Header[] }) {
  const title = Math.max(
    0,
    headers.findIndex((h) => h.card === 'title'),
  );
  const cell = (i: number) => `[data-cards="${scope}"]>tbody>tr>td:nth-child(${i + 1})`;
  const always = headers.map((h, i) =>
    h.align === 'right'
      ? `${cell(i)}{font-variant-numeric:tabular-nums}`
      : h.nowrap
        ? `${cell(i)}{white-space:nowrap}`
        : '',
  );
  const wide = headers.map((h, i) => (h.align === 'right' ? `${cell(i)}{text-align:right}` : ''));
  const phone = headers.map((h, i) => {
    if (i === title) return `${cell(i)}{flex-basis:100%}`;
    if (h.card === 'hide') return `${cell(i)}{display:none}`;
    if (h.card === 'bare') return '';
    return `${cell(i)}::before{content:${cssString(h.label)}}`;
  });
  return (
    <style>{`${always.join('')}@media (width >= 40rem){${wide.join('')}}@media (width < 40rem){${phone.join('')}}`}</style>
  );
}

/** A list page's table (a card per row on a phone), or a plain sentence when there is nothing to list. */
export function DataTable(props: {
  headers: Header[];
  empty: boolean;
  emptyText: string;
  children: ReactNode;
  testId?: string;
}) {
  const scope = useId();
  if (props.empty) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">
        {props.emptyText}
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-slate-200 bg-white sm:overflow-x-auto">
      <CardColumns scope={scope} headers={props.headers} />
      <table
        className="cards w-full text-left text-sm [&_td]:px-3 [&_td]:py-2"
        data-cards={scope}
        data-testid={props.testId}
      >
        <thead className="bg-slate-100 text-slate-600">
          <tr>
            {props.headers.map((h) => (
              <th key={h.label} className={`px-3 py-2 ${h.align === 'right' ? 'text-right' : ''}`}>
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
