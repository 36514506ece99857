import { getTranslations } from 'next-intl/server';
import type { ZonePick } from '@/lib/queries/zone-pick';
import { FilterSelect } from './filter-select';

/**
 * A city account's zone picker, as one select of a page's own GET filter form (default: the whole city).
 * Nothing for a zone's own account.
 */
export async function ZoneSelect({ pick }: { pick: ZonePick }) {
  if (pick.zones.length === 0) return null;
  const t = await getTranslations();
  return (
    <FilterSelect
      name="zone"
      label={t('city.pickZone')}
      value={pick.picked?.id}
      allLabel={t('city.wholeCity')}
      options={pick.zones.map((z) => ({ value: z.id, label: z.name }))}
    />
  );
}

/**
 * The picker as a form of its own, for a page without a filter form: the page's other params ride along as
 * hidden fields, so picking a zone keeps what the page shows.
 */
export async function ZonePicker({ pick, keep = {} }: { pick: ZonePick; keep?: Record<string, string> }) {
  if (pick.zones.length === 0) return null;
  const t = await getTranslations();
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 text-sm" data-testid="zone-picker">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ZoneSelect pick={pick} />
      <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-white">
        {t('city.apply')}
      </button>
    </form>
  );
}

/** `?zone=` for a link that keeps the zone picked (empty for the whole city). */
export const zoneQuery = (pick: ZonePick, lead: '?' | '&' = '?') =>
  pick.picked ? `${lead}zone=${pick.picked.id}` : '';

/** A link that keeps the zone picked: `href` with `zone=` added (nothing for the whole city). */
export function withZone(href: string, zoneId: number | undefined): string {
  if (zoneId === undefined) return href;
  return `${href}${href.includes('?') ? '&' : '?'}zone=${zoneId}`;
}
