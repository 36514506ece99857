import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { zoneDateOf } from '@/lib/domain/dates';
import { AT_RISK_DAYS, lightFromCounts } from '@/lib/domain/milestones';
import { listProjects } from '@/lib/queries/projects';
import { mixedZoneName, zonePick } from '@/lib/queries/zone-pick';
import { lightsPageParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { DataTable } from '../../_components/data-table';
import { TrafficLight } from '../../_components/traffic-light';
import { RowsHeading } from '../figure-card';
import { ProjectCells } from '../project-cells';
import { requireSupervisor } from '../require-supervisor';

/** The projects of one traffic light, by the project list's own rule (the dashboard counts the same). */
export default async function LightsPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const signedIn = await requireSupervisor();
  const { light, zone } = searchParamsOf(lightsPageParamsSchema, await searchParams);
  const db = await getDb();
  const pick = await zonePick(db, signedIn, zone);
  const { viewer } = pick;
  const zoneNameOf = mixedZoneName(pick);
  const today = zoneDateOf(new Date());
  const [t, all] = await Promise.all([getTranslations(), listProjects(db, viewer, {}, today)]);
  const rows = all.filter((r) => lightFromCounts(r) === light);
  return (
    <div className="space-y-4">
      <RowsHeading
        back={t('dashboard.back')}
        title={t('dashboard.lightsPage.title', { light: t(`lights.${light}`) })}
        summary={`${t('dashboard.count', { count: rows.length })} · ${t('lights.legend', { days: AT_RISK_DAYS })}`}
      />
      <DataTable
        headers={[
          { label: t('projects.name') },
          { label: t('projects.park') },
          { label: t('projects.stage') },
          { label: t('projects.late'), align: 'right' },
          { label: t('dashboard.lightsPage.dueSoon'), align: 'right' },
          { label: t('dashboard.lightsPage.overdueBlockers'), align: 'right' },
          { label: t('project.light'), card: 'bare' },
        ]}
        empty={rows.length === 0}
        emptyText={t('projects.none')}
      >
        {rows.map((r) => (
          <tr key={r.id} data-testid="light-row">
            <ProjectCells
              id={r.id}
              name={r.name}
              parkName={r.parkName}
              zoneName={zoneNameOf(r.zoneId)}
              stageLabel={t(`stages.${r.stage}`)}
            />
            <td>{r.lateCount}</td>
            <td>{r.dueSoonCount}</td>
            <td>{r.overdueBlockers}</td>
            <td>
              <TrafficLight light={light} label={t(`lights.${light}`)} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
