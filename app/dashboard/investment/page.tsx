import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { zoneDateOf } from '@/lib/domain/dates';
import { rate, scheduleProgress } from '@/lib/domain/kpi';
import { investmentRows } from '@/lib/queries/dashboard';
import { mixedZoneName, zonePick } from '@/lib/queries/zone-pick';
import { zonePickParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { DataTable } from '../../_components/data-table';
import { RowsHeading } from '../figure-card';
import { ProjectCells } from '../project-cells';
import { rateText } from '../rate-text';
import { requireSupervisor } from '../require-supervisor';

/** The projects planned for this year with their plan and completed investment: the rows of the 序时进度. */
export default async function InvestmentPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const signedIn = await requireSupervisor();
  const { zone } = searchParamsOf(zonePickParamsSchema, await searchParams);
  const db = await getDb();
  const pick = await zonePick(db, signedIn, zone);
  const { viewer } = pick;
  const zoneNameOf = mixedZoneName(pick);
  const today = zoneDateOf(new Date());
  const year = Number(today.slice(0, 4));
  const [t, rows] = await Promise.all([getTranslations(), investmentRows(db, viewer, year)]);
  const plan = rows.reduce((sum, r) => sum + r.annualPlan, 0);
  const completed = rows.reduce((sum, r) => sum + r.completed, 0);
  const progress = scheduleProgress(completed, plan, today);
  const wan = (amount: number) => t('money.wan', { amount });
  // A project without a plan this year has no share, whatever it completed.
  const share = (done: number, of: number) => rateText(t, of === 0 ? null : rate(done, of));
  return (
    <div className="space-y-4">
      <RowsHeading
        back={t('dashboard.back')}
        title={t('dashboard.investmentPage.title', { year })}
        summary={
          progress
            ? t('dashboard.investmentPage.summary', {
                plan: wan(plan),
                completed: wan(completed),
                share: progress.completedShare,
                elapsed: progress.elapsedShare,
                gap: t('dashboard.points', { gap: progress.gap }),
              })
            : t('dashboard.cards.noPlan')
        }
      />
      <DataTable
        headers={[
          { label: t('projects.name') },
          { label: t('projects.park') },
          { label: t('projects.stage') },
          { label: t('project.annual'), align: 'right' },
          { label: t('project.completed'), align: 'right' },
          { label: t('dashboard.investmentPage.share'), align: 'right' },
        ]}
        empty={rows.length === 0}
        emptyText={t('projects.none')}
      >
        {rows.map((r) => (
          <tr key={r.id} data-testid="investment-row">
            <ProjectCells
              id={r.id}
              name={r.name}
              parkName={r.parkName}
              zoneName={zoneNameOf(r.zoneId)}
              stageLabel={t(`stages.${r.stage}`)}
            />
            <td>{wan(r.annualPlan)}</td>
            <td>{wan(r.completed)}</td>
            <td>{share(r.completed, r.annualPlan)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
