import type { ReactNode } from 'react';

export interface Header {
  label: string;
  align?: 'right';
  /** A column hidden on a phone, whose row shows the same figures another way there (see WIDE_ONLY). */
  wideOnly?: boolean;
}

/** The class of a wide-only column's cells: hidden below the `sm` breakpoint, a table cell above it. */
export const WIDE_ONLY = 'hidden sm:table-cell';

/** A list page's table: its header, its rows, or a plain sentence when there is nothing to list. */
export function DataTable(props: {
  headers: Header[];
  empty: boolean;
  emptyText: string;
  children: ReactNode;
}) {
  if (props.empty) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">
        {props.emptyText}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-600">
          <tr>
            {props.headers.map((h) => (
              <th
                key={h.label}
                className={`px-3 py-2 ${h.align === 'right' ? 'text-right' : ''} ${h.wideOnly ? WIDE_ONLY : ''}`}
              >
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
