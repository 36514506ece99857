import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { zoneDateOf } from '@/lib/domain/dates';
import { rate, scheduleProgress } from '@/lib/domain/kpi';
import { investmentRows } from '@/lib/queries/dashboard';
import { RowsHeading } from '../figure-card';
import { rateText } from '../rate-text';
import { requireSupervisor } from '../require-supervisor';

/** The projects planned for this year with their plan and completed investment: the rows of the 序时进度. */
export default async function InvestmentPage() {
  const viewer = await requireSupervisor();
  const today = zoneDateOf(new Date());
  const year = Number(today.slice(0, 4));
  const [t, rows] = await Promise.all([getTranslations(), investmentRows(await getDb(), viewer, year)]);
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
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-600">
            <tr>
              <th className="px-3 py-2">{t('projects.name')}</th>
              <th className="px-3 py-2">{t('projects.park')}</th>
              <th className="px-3 py-2">{t('projects.stage')}</th>
              <th className="px-3 py-2 text-right">{t('project.annual')}</th>
              <th className="px-3 py-2 text-right">{t('project.completed')}</th>
              <th className="px-3 py-2 text-right">{t('dashboard.investmentPage.share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100" data-testid="investment-row">
                <td className="px-3 py-2">
                  <Link href={`/projects/${r.id}`} className="font-medium text-red-900 hover:underline">
                    {r.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{r.parkName}</td>
                <td className="px-3 py-2">{t(`stages.${r.stage}`)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{wan(r.annualPlan)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{wan(r.completed)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{share(r.completed, r.annualPlan)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
