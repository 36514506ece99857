import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { BLOCKER_CATEGORIES, BLOCKER_STATUSES, BLOCKER_URGENCIES } from '@/lib/domain/vocabulary';
import { blockerCounts, blockerQueue, QUEUE_LIMIT } from '@/lib/queries/blockers';
import { listParks } from '@/lib/queries/projects';
import { zonePick } from '@/lib/queries/zone-pick';
import { blockerFilterOf, blockerListParamsSchema, blockerListQuery } from '@/lib/validation/blocker-list';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { DataTable } from '../_components/data-table';
import { FilterSelect } from '../_components/filter-select';
import { ZoneSelect } from '../_components/zone-picker';

/** The supervisor's queue (officials: their projects'): oldest first, with counts that link to their rows. */
export default async function BlockersPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const signedIn = await requireViewer();
  const params = searchParamsOf(blockerListParamsSchema, await searchParams);
  const filter = blockerFilterOf(params, signedIn.role === 'official');
  const today = zoneDateOf(new Date());
  const db = await getDb();
  // A city account reads the zone it picked, or the whole city (each row then names its zone).
  const pick = await zonePick(db, signedIn, params.zone);
  const viewer = pick.viewer;
  const [t, parks, rows, counts] = await Promise.all([
    getTranslations(),
    listParks(db, viewer),
    blockerQueue(db, viewer, filter, today),
    blockerCounts(db, viewer, filter, today),
  ]);
  const withParam = (key: string, value: string) => {
    const next = new URLSearchParams(blockerListQuery(params));
    next.set(key, value);
    return `/blockers?${next}`;
  };
  const chip = 'rounded border border-slate-200 bg-white px-2 py-1 hover:bg-slate-50';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('blockerWork.queueTitle')}</h1>
      <div className="space-y-2 text-sm" data-testid="blocker-counts">
        <div className="flex flex-wrap gap-2">
          {BLOCKER_STATUSES.map((s) => (
            <Link key={s} href={withParam('status', s)} className={chip} data-testid={`count-status-${s}`}>
              {t(`blockerWork.statuses.${s}`)} {counts.byStatus[s] ?? 0}
            </Link>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          {BLOCKER_CATEGORIES.map((c) => (
            <Link key={c} href={withParam('category', c)} className={chip}>
              {t(`blockerWork.categories.${c}`)} {counts.byCategory[c] ?? 0}
            </Link>
          ))}
        </div>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
        <ZoneSelect pick={pick} />
        <FilterSelect
          name="scope"
          label={t('blockerWork.scope')}
          value={filter.mine ? 'mine' : undefined}
          allLabel={t('blockerWork.scopes.all')}
          options={[{ value: 'mine', label: t('blockerWork.scopes.mine') }]}
        />
        <FilterSelect
          name="park"
          label={t('projects.park')}
          value={filter.parkId}
          allLabel={t('projects.all')}
          options={parks.map((p) => ({ value: p.id, label: p.name }))}
        />
        <FilterSelect
          name="category"
          label={t('blockerWork.category')}
          value={filter.category}
          allLabel={t('projects.all')}
          options={BLOCKER_CATEGORIES.map((c) => ({ value: c, label: t(`blockerWork.categories.${c}`) }))}
        />
        <FilterSelect
          name="status"
          label={t('blockerWork.status')}
          value={filter.status}
          allLabel={t('projects.all')}
          options={BLOCKER_STATUSES.map((s) => ({ value: s, label: t(`blockerWork.statuses.${s}`) }))}
        />
        <FilterSelect
          name="urgency"
          label={t('blockerWork.urgency')}
          value={filter.urgency}
          allLabel={t('projects.all')}
          options={BLOCKER_URGENCIES.map((u) => ({ value: u, label: t(`blockerWork.urgencies.${u}`) }))}
        />
        <FilterSelect
          name="level"
          label={t('blockerWork.level')}
          value={params.level}
          allLabel={t('projects.all')}
          options={['zone', 'city'].map((l) => ({ value: l, label: t(`blockerWork.levels.${l}`) }))}
        />
        <label className="flex items-center gap-1 pb-1">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />
          {t('blockerWork.overdueOnly')}
        </label>
        <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-white">
          {t('projects.apply')}
        </button>
      </form>
      <DataTable
        headers={[
          { label: t('blockerWork.title') },
          { label: t('blockerWork.status'), nowrap: true },
          { label: t('blockerWork.deadline'), nowrap: true },
          { label: t('blockerWork.unit') },
          { label: t('blockerWork.category'), card: 'hide', nowrap: true },
          { label: t('blockerWork.age'), align: 'right', card: 'hide' },
        ]}
        empty={rows.length === 0}
        emptyText={t('blockerWork.none')}
      >
        {rows.map((b) => (
          <tr key={b.id} data-testid="blocker-row">
            <td>
              <Link href={`/blockers/${b.id}`} className="row-link">
                {b.title}
              </Link>
              {b.urgency === 'urgent' && (
                <span className="ml-2 rounded bg-red-100 px-1 text-xs text-light-red">
                  {t('blockerWork.urgencies.urgent')}
                </span>
              )}
              {b.level === 'city' && (
                <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">
                  {t('blockerWork.escalated')}
                </span>
              )}
              <div className="text-xs text-slate-500">
                {viewer.zoneId === null && `${b.zoneName} · `}
                {b.projectName} · {b.parkName}
              </div>
            </td>
            <td>{t(`blockerWork.statuses.${b.status}`)}</td>
            <td className={b.overdue ? 'font-semibold text-light-red' : undefined} data-overdue={b.overdue}>
              {b.deadline ?? '—'}
              {b.overdue && <span className="ml-1">{t('blockerWork.overdue')}</span>}
            </td>
            <td>{b.responsibleUnit ?? '—'}</td>
            <td>{t(`blockerWork.categories.${b.category}`)}</td>
            <td>{t('blockerWork.days', { days: b.ageDays })}</td>
          </tr>
        ))}
      </DataTable>
      {rows.length === QUEUE_LIMIT && (
        <p className="text-xs text-slate-500">{t('blockerWork.limited', { limit: QUEUE_LIMIT })}</p>
      )}
    </div>
  );
}
