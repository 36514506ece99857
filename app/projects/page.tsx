import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { AT_RISK_DAYS, lightFromCounts } from '@/lib/domain/milestones';
import { wanToYiText } from '@/lib/domain/money';
import { pageParam, pageWindow } from '@/lib/domain/paging';
import { STAGES, type Stage } from '@/lib/domain/stages';
import { listParks, listProjects } from '@/lib/queries/projects';
import { ContactNames, contactLabels } from '../_components/contact-names';
import { DataTable } from '../_components/data-table';
import { FilterSelect } from '../_components/filter-select';
import { Pager } from '../_components/pager';
import { TrafficLight } from '../_components/traffic-light';

function parseFilter(params: { park?: string; stage?: string }) {
  const parkId = Number(params.park);
  const stage = STAGES.find((s) => s === params.stage) as Stage | undefined;
  return { parkId: Number.isInteger(parkId) && parkId > 0 ? parkId : undefined, stage };
}

export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<{ park?: string; stage?: string; page?: string }>;
}) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const filter = parseFilter(params);
  const page = pageParam(params.page);
  const db = await getDb();
  const [t, parks, rows] = await Promise.all([
    getTranslations(),
    listParks(db, viewer),
    listProjects(db, viewer, filter, zoneDateOf(new Date()), pageWindow(page)),
  ]);
  const hrefOf = (to: number) => {
    const q = new URLSearchParams();
    if (filter.parkId) q.set('park', String(filter.parkId));
    if (filter.stage) q.set('stage', filter.stage);
    if (to > 1) q.set('page', String(to));
    return `/projects${q.size ? `?${q}` : ''}`;
  };
  // A page past the end (the list shrank since the link was made): back to the first.
  if (rows.length === 0 && page > 1) redirect(hrefOf(1));
  const matching = rows[0]?.matching ?? 0;
  const labels = contactLabels(t as never);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('projects.title')}</h1>
          <p className="text-sm text-slate-600" data-testid="project-count">
            {t('projects.count', { count: matching, total: wanToYiText(rows[0]?.matchingInvestment ?? 0) })}
          </p>
          <p className="text-xs text-slate-500">{t('lights.legend', { days: AT_RISK_DAYS })}</p>
        </div>
        {parks.some((p) => can(viewer, 'project.create', { zoneId: p.zoneId })) && (
          <Link
            href="/projects/new"
            className="rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white"
          >
            {t('projectForm.new')}
          </Link>
        )}
        <form className="flex flex-wrap items-end gap-2 text-sm" method="get">
          <FilterSelect
            name="park"
            label={t('projects.park')}
            value={filter.parkId}
            allLabel={t('projects.all')}
            options={parks.map((p) => ({ value: p.id, label: p.name }))}
          />
          <FilterSelect
            name="stage"
            label={t('projects.stage')}
            value={filter.stage}
            allLabel={t('projects.all')}
            options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
          />
          <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-white">
            {t('projects.apply')}
          </button>
        </form>
      </div>

      <DataTable
        headers={[
          { label: t('projects.name') },
          { label: t('projects.park') },
          { label: t('projects.kind') },
          { label: t('projects.stage') },
          { label: t('projects.total'), align: 'right' },
          { label: t('projects.contacts') },
          { label: t('projects.late'), align: 'right' },
          { label: t('project.light') },
        ]}
        empty={rows.length === 0}
        emptyText={t('projects.none')}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="project-row">
            <td className="px-3 py-2">
              <Link href={`/projects/${r.id}`} className="font-medium text-red-900 hover:underline">
                {r.name}
              </Link>
              <div className="text-xs text-slate-500">{r.enterpriseName}</div>
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{r.parkName}</td>
            <td className="px-3 py-2 whitespace-nowrap">{t(`kinds.${r.kind}`)}</td>
            <td className="px-3 py-2 whitespace-nowrap">{t(`stages.${r.stage}`)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{wanToYiText(r.totalInvestment)}</td>
            <td className="px-3 py-2">
              <ContactNames contacts={r.contacts} labels={labels} />
            </td>
            <td
              className={`px-3 py-2 text-right tabular-nums ${r.lateCount > 0 ? 'font-semibold text-light-red' : 'text-slate-400'}`}
              data-testid="late-count"
            >
              {r.lateCount}
            </td>
            <td className="px-3 py-2">
              <TrafficLight light={lightFromCounts(r)} label={t(`lights.${lightFromCounts(r)}`)} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} total={matching} href={hrefOf} />
    </div>
  );
}
