import { getTranslations } from 'next-intl/server';
import type { IsoDate } from '@/lib/domain/dates';
import { scheduleProgress } from '@/lib/domain/kpi';
import { wanToYiText } from '@/lib/domain/money';
import type { projectTotals } from '@/lib/queries/dashboard';
import { withZone } from '../_components/zone-picker';
import { FigureCard } from './figure-card';

type Totals = Awaited<ReturnType<typeof projectTotals>>;

/** Projects, money and 序时进度 (completed share of the annual plan against the share of the year gone). */
export async function InvestmentCards({
  totals,
  today,
  zone,
}: {
  totals: Totals;
  today: IsoDate;
  /** The zone a city account picked: each figure opens that zone's rows. */
  zone?: number;
}) {
  const t = await getTranslations();
  const year = Number(today.slice(0, 4));
  const yi = (wan: number) => t('dashboard.yi', { yi: wanToYiText(wan) });
  const progress = scheduleProgress(totals.completed, totals.annualPlan, today);
  const verdict = !progress ? null : progress.gap > 0 ? 'ahead' : progress.gap < 0 ? 'behind' : 'onSchedule';
  const tone = verdict === 'ahead' ? 'good' : verdict === 'behind' ? 'bad' : 'plain';
  return (
    <section
      className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6"
      aria-label={t('dashboard.investmentTitle')}
    >
      <FigureCard
        label={t('dashboard.cards.projects')}
        value={t('dashboard.count', { count: totals.projects })}
        href={withZone('/projects', zone)}
        testId="card-projects"
      />
      <FigureCard
        label={t('dashboard.cards.total')}
        value={yi(totals.total)}
        href={withZone('/projects', zone)}
        testId="card-total"
      />
      <FigureCard
        label={t('dashboard.cards.annualPlan', { year })}
        value={yi(totals.annualPlan)}
        href={withZone('/dashboard/investment', zone)}
        testId="card-annual"
      />
      <FigureCard
        label={t('dashboard.cards.completed', { year })}
        value={yi(totals.completed)}
        detail={progress && t('dashboard.cards.completedShare', { share: progress.completedShare })}
        href={withZone('/dashboard/investment', zone)}
        testId="card-completed"
      />
      <FigureCard
        label={t('dashboard.cards.schedule')}
        value={progress ? t('dashboard.points', { gap: progress.gap }) : t('dashboard.noRate')}
        detail={
          progress && verdict
            ? `${t(`dashboard.cards.${verdict}`)} · ${t('dashboard.cards.elapsed', { share: progress.elapsedShare })}`
            : t('dashboard.cards.noPlan')
        }
        href={withZone('/dashboard/investment', zone)}
        testId="card-schedule"
        tone={tone}
      />
      <FigureCard
        label={t('dashboard.cards.notFiled')}
        value={t('dashboard.count', { count: totals.notFiled })}
        href={withZone('/weekly', zone)}
        testId="card-not-filed"
        tone={totals.notFiled > 0 ? 'warn' : 'good'}
      />
    </section>
  );
}
