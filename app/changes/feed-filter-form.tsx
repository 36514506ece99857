import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { TIMELINE_AREAS } from '@/lib/domain/timeline';
import type { FeedFilter } from '@/lib/queries/timeline';
import { FilterSelect } from '../_components/filter-select';

type Choice = { id: number; name: string };

const field = 'rounded border border-slate-300 bg-white px-2 py-1';

/**
 * The feed's filter as a GET form, so a filtered feed is a link to bookmark or send. On a phone the project
 * and person selects take a row each (their longest name would otherwise push the page sideways).
 */
export async function FeedFilterForm(props: {
  filter: FeedFilter;
  projects: Choice[];
  people: Choice[];
  /** A city account's zone select, first in the form so that a filter keeps the zone picked. */
  children?: ReactNode;
}) {
  const t = await getTranslations();
  const { filter } = props;
  const wide = 'w-full sm:w-auto [&_select]:w-full sm:[&_select]:max-w-xs';
  const options = (list: Choice[]) => list.map((c) => ({ value: c.id, label: c.name }));
  const date = (name: 'from' | 'to') => (
    <label className="flex flex-col">
      <span className="text-slate-600">{t(`timeline.feed.${name}`)}</span>
      <input
        type="date"
        name={name}
        defaultValue={filter[name]}
        min="2000-01-01"
        max="2100-12-31"
        className={field}
      />
    </label>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 text-sm" data-testid="feed-filter">
      {props.children && <div className={wide}>{props.children}</div>}
      <div className={wide}>
        <FilterSelect
          name="project"
          label={t('timeline.feed.project')}
          value={filter.projectId}
          allLabel={t('timeline.feed.all')}
          options={options(props.projects)}
        />
      </div>
      <div className={wide}>
        <FilterSelect
          name="person"
          label={t('timeline.feed.person')}
          value={filter.actorId}
          allLabel={t('timeline.feed.all')}
          options={options(props.people)}
        />
      </div>
      <FilterSelect
        name="kind"
        label={t('timeline.feed.kind')}
        value={filter.area}
        allLabel={t('timeline.feed.all')}
        options={TIMELINE_AREAS.map((a) => ({ value: a, label: t(`timeline.areas.${a}`) }))}
      />
      {date('from')}
      {date('to')}
      <button type="submit" className="rounded bg-red-800 px-3 py-1.5 font-medium text-white">
        {t('timeline.feed.apply')}
      </button>
      <Link href="/changes" className="px-1 py-1.5 text-slate-600 hover:underline">
        {t('timeline.feed.reset')}
      </Link>
    </form>
  );
}
