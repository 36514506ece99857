import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { BLOCKER_AGE_BUCKETS } from '@/lib/domain/blocker-ages';
import { zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { STAGES } from '@/lib/domain/stages';
import { BLOCKER_CATEGORIES } from '@/lib/domain/vocabulary';
import { campaignKpiFigures } from '@/lib/queries/campaign-kpis';
import { lightCounts, projectsByParkAndStage, projectTotals } from '@/lib/queries/dashboard';
import { blockerFigures } from '@/lib/queries/dashboard-blockers';
import { mostDelayedProjects } from '@/lib/queries/dashboard-delays';
import { todayQueue } from '@/lib/queries/dashboard-queue';
import { overdueNotices } from '@/lib/queries/supervision-notices';
import { zonePick } from '@/lib/queries/zone-pick';
import { zonePickParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { withZone, ZonePicker } from '../_components/zone-picker';
import { BarFigure } from './bar-figure';
import { DelayList } from './delay-list';
import { FigureCard } from './figure-card';
import { InvestmentCards } from './investment-cards';
import { KpiSection } from './kpi-section';
import { OverdueNotices } from './overdue-notices';
import { requireSupervisor } from './require-supervisor';
import { TodayQueue } from './today-queue';

const LIGHT_TONE = { red: 'bad', yellow: 'warn', green: 'good' } as const;

/**
 * 驾驶舱: the zone (or city) at a glance; every figure opens the rows it counts. A city account picks one zone
 * (default: the whole city) and is led to the city overview, where the zones stand side by side.
 */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const signedIn = await requireSupervisor();
  const { zone } = searchParamsOf(zonePickParamsSchema, await searchParams);
  const now = new Date();
  const today = zoneDateOf(now);
  const week = reportWeekOf(now);
  const db = await getDb();
  const pick = await zonePick(db, signedIn, zone);
  const viewer = pick.viewer;
  const z = pick.picked?.id;
  const [t, places, totals, lights, blockers, kpis, delayed, queue, lateNotices] = await Promise.all([
    getTranslations(),
    projectsByParkAndStage(db, viewer),
    projectTotals(db, viewer, { year: week.year, weekStart: week.start }),
    lightCounts(db, viewer, today),
    blockerFigures(db, viewer, today),
    campaignKpiFigures(db, viewer),
    mostDelayedProjects(db, viewer),
    todayQueue(db, viewer, today),
    overdueNotices(db, viewer, today, 8),
  ]);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">
            {t('dashboard.title')}
            {pick.picked && <span className="ml-2 text-base font-normal">{pick.picked.name}</span>}
          </h1>
          <p className="text-sm text-slate-600">
            {t('dashboard.asOf', {
              date: today,
              week: t('progressWork.weekLabel', { year: week.year, number: week.number }),
            })}
          </p>
        </div>
        <Link href="/campaigns" className="text-sm text-red-900 hover:underline">
          {t('dashboard.manageRounds')}
        </Link>
      </div>

      {signedIn.zoneId === null && (
        <div className="flex flex-wrap items-end justify-between gap-3">
          <Link
            href="/city"
            className="rounded border border-red-800 bg-white px-3 py-1.5 text-sm text-red-900 hover:bg-red-50"
            data-testid="to-city"
          >
            {t('city.fromDashboard')}
          </Link>
          <ZonePicker pick={pick} />
        </div>
      )}

      <TodayQueue queue={queue} notFiled={totals.notFiled} zone={z} />

      <OverdueNotices rows={lateNotices} />

      <InvestmentCards totals={totals} today={today} zone={z} />

      <section className="grid grid-cols-3 gap-3" aria-label={t('dashboard.lightsTitle')}>
        {(['red', 'yellow', 'green'] as const).map((light) => (
          <FigureCard
            key={light}
            label={t('dashboard.lightLabel', { light: t(`lights.${light}`) })}
            value={t('dashboard.count', { count: lights[light] })}
            href={withZone(`/dashboard/lights?light=${light}`, z)}
            testId={`light-${light}`}
            tone={lights[light] > 0 ? LIGHT_TONE[light] : 'plain'}
          />
        ))}
      </section>

      <KpiSection figures={kpis} zone={z} />

      <DelayList rows={delayed} />

      <div className="grid gap-4 lg:grid-cols-2">
        <BarFigure
          title={t('dashboard.stageChart')}
          testId="chart-stage"
          items={STAGES.map((s) => ({
            key: s,
            label: t(`stages.${s}`),
            value: places.byStage[s],
            href: withZone(`/projects?stage=${s}`, z),
          }))}
        />
        <BarFigure
          title={t('dashboard.parkChart')}
          testId="chart-park"
          items={places.byPark.map((p) => ({
            key: String(p.parkId),
            label: p.parkName,
            value: p.n,
            href: withZone(`/projects?park=${p.parkId}`, z),
          }))}
        />
        <BarFigure
          title={t('dashboard.blockerChart', { count: blockers.active })}
          testId="chart-blockers"
          items={BLOCKER_CATEGORIES.map((c) => ({
            key: c,
            label: t(`blockerWork.categories.${c}`),
            value: blockers.byCategory[c],
            href: withZone(`/dashboard/blockers?category=${c}`, z),
          }))}
        />
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{t('dashboard.blockerAges')}</h2>
          <div className="grid grid-cols-3 gap-3">
            {BLOCKER_AGE_BUCKETS.map((b) => (
              <FigureCard
                key={b.key}
                label={t(`dashboard.ages.${b.key}`)}
                value={t('dashboard.count', { count: blockers.byAge[b.key] })}
                href={withZone(`/dashboard/blockers?age=${b.key}`, z)}
                testId={`blocker-age-${b.key}`}
                tone={b.key === 'older' && blockers.byAge[b.key] > 0 ? 'bad' : 'plain'}
              />
            ))}
          </div>
        </section>
      </div>
    </div>
  );
}
