import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { feedChoices, TIMELINE_PAGE_SIZE, zoneFeed } from '@/lib/queries/timeline';
import { zonePick } from '@/lib/queries/zone-pick';
import { feedHref, parseFeedParams } from '@/lib/validation/feed-params';
import { Pager } from '../_components/pager';
import { TimelineList } from '../_components/timeline-list';
import { ZoneSelect } from '../_components/zone-picker';
import { requireSupervisor } from '../dashboard/require-supervisor';
import { FeedFilterForm } from './feed-filter-form';

/**
 * 变更动态, for supervisors: the recent changes on every project of their zone (the city's: every zone), newest
 * first, by project, person, area and days. Read from the audit log, so it holds every change the app made.
 */
export default async function ChangesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const signedIn = await requireSupervisor();
  const { filter, page, zone } = parseFeedParams(await searchParams);
  const db = await getDb();
  const pick = await zonePick(db, signedIn, zone);
  const { viewer } = pick;
  const [t, choices, feed] = await Promise.all([
    getTranslations(),
    feedChoices(db, viewer),
    zoneFeed(db, viewer, filter, { page }),
  ]);
  const hrefOf = (to: number) => feedHref(filter, to, pick.picked?.id);
  // A page past the end (the filter narrowed, or the link was typed): back to the first.
  if (feed.entries.length === 0 && page > 1) redirect(hrefOf(1));
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('timeline.feed.title')}</h1>
        <p className="text-sm text-slate-600">{t('timeline.feed.intro')}</p>
      </div>
      <FeedFilterForm filter={filter} projects={choices.projects} people={choices.people}>
        <ZoneSelect pick={pick} />
      </FeedFilterForm>
      <section className="rounded-lg border border-slate-200 bg-white px-4 py-2" data-testid="feed">
        <p className="py-1 text-sm text-slate-500" data-testid="feed-count">
          {t('timeline.feed.count', { count: feed.total })}
        </p>
        {feed.entries.length === 0 ? (
          <p className="py-2 text-sm text-slate-500">{t('timeline.feed.none')}</p>
        ) : (
          <TimelineList items={feed.entries} showProject />
        )}
      </section>
      <Pager page={page} total={feed.total} href={hrefOf} size={TIMELINE_PAGE_SIZE} />
    </div>
  );
}
