import { getTranslations } from 'next-intl/server';
import { SEARCH_QUERY_MAX } from '@/lib/validation/page-params';

/**
 * The one search: a plain GET form to /search, so it works before (or without) JavaScript and a result page
 * is a link one can share. `id` tells two boxes on one page apart (the header's and the search page's).
 */
export async function SearchBox({
  id = 'site-search',
  defaultValue,
}: {
  id?: string;
  defaultValue?: string;
}) {
  const t = await getTranslations('search');
  return (
    <search className="min-w-0">
      <form action="/search" method="get" className="flex min-w-0 items-center gap-1">
        <label htmlFor={id} className="sr-only">
          {t('label')}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          enterKeyHint="search"
          maxLength={SEARCH_QUERY_MAX}
          defaultValue={defaultValue}
          placeholder={t('placeholder')}
          className="min-h-11 w-full min-w-0 rounded border border-slate-300 px-2 text-sm sm:w-56"
        />
        {/* A magnifier, not a word: on a 360 px phone the box needs the room. */}
        <button
          type="submit"
          className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded bg-slate-800 text-white"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="h-5 w-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="M13 13l4.5 4.5" strokeLinecap="round" />
          </svg>
          <span className="sr-only">{t('submit')}</span>
        </button>
      </form>
    </search>
  );
}
