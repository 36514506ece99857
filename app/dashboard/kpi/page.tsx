import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { CAMPAIGN_KPIS, kpiFigure } from '@/lib/domain/kpi';
import { kpiProjects } from '@/lib/queries/campaign-kpis';
import { roundById } from '@/lib/queries/campaigns';
import { mixedZoneName, zonePick } from '@/lib/queries/zone-pick';
import { kpiPageParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { DataTable } from '../../_components/data-table';
import { RowsHeading } from '../figure-card';
import { kpiHref } from '../kpi-link';
import { ProjectCells } from '../project-cells';
import { rateText } from '../rate-text';
import { requireSupervisor } from '../require-supervisor';

/** The projects behind a "三个一批" KPI, over all rounds or one: those not yet there first, then those that are. */
export default async function KpiPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const signedIn = await requireSupervisor();
  const { kpi, round: roundId, zone } = searchParamsOf(kpiPageParamsSchema, await searchParams);
  const db = await getDb();
  const pick = await zonePick(db, signedIn, zone);
  const { viewer, picked } = pick;
  const zoneNameOf = mixedZoneName(pick);
  const [t, round, rows] = await Promise.all([
    getTranslations(),
    roundId === undefined ? null : roundById(db, roundId),
    kpiProjects(db, viewer, kpi, roundId),
  ]);
  if (roundId !== undefined && !round) notFound();
  const figure = kpiFigure(
    kpi.key,
    rows.map((r) => r.id),
    rows.filter((r) => r.met).map((r) => r.id),
  );
  const name = t(`dashboard.kpiNames.${kpi.key}`);
  return (
    <div className="space-y-4">
      <RowsHeading
        back={t('dashboard.back')}
        title={round ? t('dashboard.kpiPage.titleOfRound', { kpi: name, round: round.name }) : name}
        summary={`${rateText(t, figure.rate)} · ${t('dashboard.kpiFraction', {
          met: figure.met.length,
          listed: figure.listed.length,
        })} · ${t(`dashboard.kpiHints.${kpi.key}`)}`}
      />
      <nav className="flex flex-wrap gap-2 text-sm" aria-label={t('dashboard.kpiPage.others')}>
        {CAMPAIGN_KPIS.map((k) => (
          <Link
            key={k.key}
            href={kpiHref(k.key, roundId, picked?.id)}
            aria-current={k.key === kpi.key ? 'page' : undefined}
            className="rounded border border-slate-200 bg-white px-2 py-1 hover:bg-slate-50 aria-[current=page]:border-red-800 aria-[current=page]:text-red-900"
          >
            {t(`dashboard.kpiNames.${k.key}`)}
          </Link>
        ))}
        {round && (
          <Link
            href={kpiHref(kpi.key, undefined, picked?.id)}
            className="rounded px-2 py-1 text-slate-600 hover:underline"
          >
            {t('dashboard.kpiPage.allRounds')}
          </Link>
        )}
      </nav>
      <DataTable
        headers={[
          { label: t('projects.name') },
          { label: t('projects.park') },
          { label: t('dashboard.kpiPage.stageNow') },
          { label: t('dashboard.kpiPage.result') },
        ]}
        empty={rows.length === 0}
        emptyText={t('dashboard.kpiPage.none', { batch: t(`campaigns.batches.${kpi.batch}`) })}
      >
        {rows.map((r) => (
          <tr key={r.id} data-testid="kpi-row" data-met={r.met}>
            <ProjectCells
              id={r.id}
              name={r.name}
              parkName={r.parkName}
              zoneName={zoneNameOf(r.zoneId)}
              stageLabel={t(`stages.${r.stage}`)}
            />
            <td className={r.met ? 'text-light-green' : 'text-light-yellow'}>
              {t(r.met ? 'dashboard.kpiPage.met' : 'dashboard.kpiPage.notYet', {
                stage: t(`stages.${kpi.success}`),
              })}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
