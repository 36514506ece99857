import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { AT_RISK_DAYS, lightFromCounts } from '@/lib/domain/milestones';
import { wanToYiText } from '@/lib/domain/money';
import { pageWindow } from '@/lib/domain/paging';
import { listParks, listProjects } from '@/lib/queries/projects';
import { zonePick } from '@/lib/queries/zone-pick';
import { parseProjectListParams, projectListQuery } from '@/lib/validation/project-list';
import { contactLabels } from '../_components/contact-labels';
import { shownContacts } from '../_components/contact-names';
import { DataTable } from '../_components/data-table';
import { Pager } from '../_components/pager';
import { ListFilters } from './list-filters';
import { ProjectRows } from './project-rows';

export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  const params = parseProjectListParams(await searchParams);
  const { page } = params;
  const filter = { parkId: params.park, stage: params.stage, slipped: params.slipped, sort: params.sort };
  const db = await getDb();
  // A city account reads the zone it picked, or the whole city (each row then names its zone).
  const pick = await zonePick(db, viewer, params.zone);
  const reader = pick.viewer;
  const [t, parks, rows] = await Promise.all([
    getTranslations(),
    listParks(db, reader),
    listProjects(db, reader, filter, zoneDateOf(new Date()), pageWindow(page)),
  ]);
  const zonesMix = reader.zoneId === null;
  const zoneNameOf = new Map(pick.zones.map((z) => [z.id, z.name]));
  const hrefOf = (to: number) => {
    const q = projectListQuery({ ...params, page: to });
    return `/projects${q ? `?${q}` : ''}`;
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
        <div className="flex flex-wrap gap-2">
          {parks.some((p) => can(viewer, 'project.create', { zoneId: p.zoneId })) && (
            <Link
              href="/projects/new"
              className="rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white"
            >
              {t('projectForm.new')}
            </Link>
          )}
          {parks.some((p) => can(viewer, 'ledger.import', { zoneId: p.zoneId })) && (
            <Link
              href="/projects/import"
              className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800"
            >
              {t('ledgerImport.open')}
            </Link>
          )}
        </div>
        <ListFilters
          params={{ ...params, zone: pick.picked?.id }}
          pick={pick}
          parks={parks.map((p) => ({
            id: p.id,
            name: zonesMix ? `${zoneNameOf.get(p.zoneId) ?? ''} · ${p.name}` : p.name,
          }))}
        />
      </div>

      <DataTable
        headers={[
          { label: t('projects.name') },
          { label: t('project.light'), card: 'bare' },
          { label: t('projects.stage'), nowrap: true },
          { label: t('projects.contacts'), card: 'bare' },
          { label: t('projects.park'), nowrap: true },
          { label: t('projects.kind'), card: 'hide', nowrap: true },
          { label: t('projects.total'), align: 'right', card: 'hide' },
          { label: t('projects.late'), align: 'right', card: 'hide' },
          { label: t('projects.planChanges'), align: 'right', card: 'hide' },
          { label: t('projects.delayDays'), align: 'right', card: 'hide' },
        ]}
        empty={rows.length === 0}
        emptyText={t('projects.none')}
      >
        <ProjectRows
          labels={labels}
          rows={rows.map((r) => {
            const light = lightFromCounts(r);
            return {
              id: r.id,
              name: r.name,
              enterprise: r.enterpriseName,
              delayLine: t('projects.delayLine', { changes: r.planChanges, days: r.delayDays }),
              light,
              lightLabel: t(`lights.${light}`),
              stage: t(`stages.${r.stage}`),
              contacts: shownContacts(r.contacts),
              park: zonesMix ? `${r.zoneName} · ${r.parkName}` : r.parkName,
              kind: t(`kinds.${r.kind}`),
              total: wanToYiText(r.totalInvestment),
              lateCount: r.lateCount,
              planChanges: r.planChanges,
              delayDays: r.delayDays,
            };
          })}
        />
      </DataTable>
      <Pager page={page} total={matching} href={hrefOf} />
    </div>
  );
}
