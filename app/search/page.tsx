import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { SEARCH_LIMIT, type SearchResults, searchAll } from '@/lib/queries/search';
import { searchPageParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { SearchBox } from '../_components/search-box';
import { type ResultCard, ResultSection } from './result-section';

type T = Awaited<ReturnType<typeof getTranslations>>;

/** Each kind of result as cards: what it is called, where it leads, the facts that tell it apart. */
function cardsOf(r: SearchResults, t: T, city: boolean) {
  const zone = (name: string | null) => (city && name ? [name] : []);
  return {
    projects: r.projects.rows.map(
      (p): ResultCard => ({
        key: p.id,
        href: `/projects/${p.id}`,
        title: p.name,
        facts: [
          t('search.enterprise', { name: p.enterpriseName }),
          p.parkName,
          t(`stages.${p.stage}`),
          ...zone(p.zoneName),
        ],
      }),
    ),
    blockers: r.blockers.rows.map(
      (b): ResultCard => ({
        key: b.id,
        href: `/blockers/${b.id}`,
        title: b.title,
        facts: [t(`blockerWork.statuses.${b.status}`), b.projectName, ...zone(b.zoneName)],
      }),
    ),
    people: r.people.rows.map(
      (p): ResultCard => ({
        key: p.id,
        href: p.href,
        title: p.name,
        facts: [p.title, t(`roles.${p.role}`), ...zone(p.zoneName)].filter(Boolean),
      }),
    ),
    parks: r.parks.rows.map(
      (p): ResultCard => ({
        key: p.id,
        href: `/projects?park=${p.id}`,
        title: p.name,
        facts: [t('search.parkProjects'), ...zone(p.zoneName)],
      }),
    ),
  };
}

const KINDS = ['projects', 'blockers', 'people', 'parks'] as const;

/** /search?q=: projects, blockers, people and parks whose names hold what was typed (or its pinyin). */
export default async function SearchPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const viewer = await requireViewer();
  const { q } = searchParamsOf(searchPageParamsSchema, await searchParams);
  const [t, results] = await Promise.all([
    getTranslations(),
    q ? searchAll(await getDb(), viewer, q) : Promise.resolve(null),
  ]);
  const cards = results && cardsOf(results, t, viewer.zoneId === null);
  const found = cards !== null && KINDS.some((k) => cards[k].length > 0);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
      <SearchBox id="search-page-q" defaultValue={q} />
      {!q && <p className="text-sm text-slate-600">{t('search.hint')}</p>}
      {q && !found && (
        <p className="text-slate-600" data-testid="search-none">
          {t('search.none', { q })}
        </p>
      )}
      {results &&
        cards &&
        KINDS.map((kind) => (
          <ResultSection
            key={kind}
            kind={kind}
            heading={t(`search.${kind}`)}
            cards={cards[kind]}
            more={results[kind].more ? t('search.more', { count: SEARCH_LIMIT }) : null}
          />
        ))}
    </div>
  );
}
