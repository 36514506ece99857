import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { pagerOf } from '@/lib/domain/paging';

/** Below a long list: which rows are shown, and links to the previous and next page (the filter kept). */
export async function Pager(props: {
  page: number;
  total: number;
  /** The URL of another page, with the current filter. */
  href: (page: number) => string;
  /** Rows per page, when the list pages by another size than PAGE_SIZE. */
  size?: number;
}) {
  const p = pagerOf(props.page, props.total, props.size);
  if (p.previous === null && p.next === null) return null;
  const t = await getTranslations('pager');
  // 44 px: the next page is tapped with a thumb, often with gloves on a site.
  const link =
    'inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-slate-300 bg-white px-3';
  return (
    <nav className="flex items-center justify-between gap-3 text-sm text-slate-600" data-testid="pager">
      <span>{t('shown', { from: p.from, to: p.to, total: p.total })}</span>
      <span className="flex gap-2">
        {p.previous !== null && (
          <Link href={props.href(p.previous)} className={link} rel="prev">
            {t('previous')}
          </Link>
        )}
        {p.next !== null && (
          <Link href={props.href(p.next)} className={link} rel="next">
            {t('next')}
          </Link>
        )}
      </span>
    </nav>
  );
}
