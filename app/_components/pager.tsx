import Link from 'next/link';
import { pagerOf } from '@/lib/domain/paging';

/** Below a long list: which rows are shown, and links to the previous and next page (the filter kept). */
export function Pager(props: {
  page: number;
  total: number;
  /** The URL of another page, with the current filter. */
  href: (page: number) => string;
  labels: { shown: string; previous: string; next: string };
}) {
  const p = pagerOf(props.page, props.total);
  if (p.previous === null && p.next === null) return null;
  const link = 'rounded border border-slate-300 bg-white px-3 py-1.5';
  return (
    <nav className="flex items-center justify-between gap-3 text-sm text-slate-600" data-testid="pager">
      <span>{props.labels.shown}</span>
      <span className="flex gap-2">
        {p.previous !== null && (
          <Link href={props.href(p.previous)} className={link} rel="prev">
            {props.labels.previous}
          </Link>
        )}
        {p.next !== null && (
          <Link href={props.href(p.next)} className={link} rel="next">
            {props.labels.next}
          </Link>
        )}
      </span>
    </nav>
  );
}
