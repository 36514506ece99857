import { getTranslations } from 'next-intl/server';
import { STAGES } from '@/lib/domain/stages';
import type { ZonePick } from '@/lib/queries/zone-pick';
import type { ProjectListParams } from '@/lib/validation/project-list';
import { FilterSelect } from '../_components/filter-select';
import { ZoneSelect } from '../_components/zone-picker';

/**
 * The list's GET form: a city account's zone, park, stage, order and "only slipped"; a new filter starts again
 * at page 1.
 */
export async function ListFilters({
  params: p,
  parks,
  pick,
}: {
  params: ProjectListParams;
  parks: { id: number; name: string }[];
  pick: ZonePick;
}) {
  const t = await getTranslations();
  return (
    <form className="flex flex-wrap items-end gap-2 text-sm" method="get">
      <ZoneSelect pick={pick} />
      <FilterSelect
        name="park"
        label={t('projects.park')}
        value={p.park}
        allLabel={t('projects.all')}
        options={parks.map((park) => ({ value: park.id, label: park.name }))}
      />
      <FilterSelect
        name="stage"
        label={t('projects.stage')}
        value={p.stage}
        allLabel={t('projects.all')}
        options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
      />
      <FilterSelect
        name="sort"
        label={t('projects.sort')}
        value={p.sort === 'park' ? undefined : p.sort}
        allLabel={t('projects.sortDefault')}
        options={[{ value: 'delay', label: t('projects.sortDelay') }]}
      />
      <label className="flex items-center gap-1 py-1.5">
        <input type="checkbox" name="slipped" value="1" defaultChecked={p.slipped} />
        {t('projects.slippedOnly')}
      </label>
      <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-white">
        {t('projects.apply')}
      </button>
    </form>
  );
}
