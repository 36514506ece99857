import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { blockers, campaignEntries, campaignRounds, parks, projects, zones } from '@/db/schema';
import { demoProjects } from '@/db/seed/demo-projects';
import { ensureDemoRounds } from '@/db/testing/demo-rounds';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { ageBucketOf, BLOCKER_AGE_BUCKETS } from '@/lib/domain/blocker-ages';
import { addDays, daysBetween, zoneDateOf } from '@/lib/domain/dates';
import { CAMPAIGN_KPIS, campaignKpis } from '@/lib/domain/kpi';
import { lightFromCounts } from '@/lib/domain/milestones';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { STAGES } from '@/lib/domain/stages';
import { BLOCKER_CATEGORIES } from '@/lib/domain/vocabulary';
import { campaignKpiFigures, kpiProjects } from './campaign-kpis';
import { investmentRows, lightCounts, projectsByParkAndStage, projectTotals } from './dashboard';
import { activeBlockerRows, blockerFigures } from './dashboard-blockers';
import { listProjects } from './projects';
import { focusViewer } from './scope';
import { weeklyFiling } from './weekly';

const h = actionHarness();

async function zoneProjectIds(code: string): Promise<number[]> {
  const rows = await h.db
    .select({ id: projects.id })
    .from(projects)
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(eq(zones.code, code));
  return rows.map((r) => r.id);
}
const REPORT_DAY = '2024-04-15'; // the seed's "as of" in tests
const WEEK = reportWeekContaining(REPORT_DAY);

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
}

beforeEach(() => ensureDemoRounds(h.db));

describe('campaign KPIs', () => {
  /**
   * The reference: every entry of the zone's projects (the demo's 上党 by default) and every project's stage,
   * counted in JS by the domain rule.
   */
  async function expected(roundId?: number, zoneCode = 'shangdang') {
    const rows = await h.db
      .select({
        roundId: campaignEntries.roundId,
        projectId: campaignEntries.projectId,
        batch: campaignEntries.batch,
      })
      .from(campaignEntries);
    const stages = await h.db
      .select({ id: projects.id, stage: projects.stage })
      .from(projects)
      .innerJoin(zones, eq(zones.id, projects.zoneId))
      .where(eq(zones.code, zoneCode));
    const inZone = new Set(stages.map((p) => p.id));
    const entries = rows.filter(
      (r) => (roundId === undefined || r.roundId === roundId) && inZone.has(r.projectId),
    );
    return campaignKpis(entries, new Map(stages.map((p) => [p.id, p.stage])));
  }

  it('equal the domain rule over the same rows, overall and per round', async () => {
    const { overall, rounds } = await campaignKpiFigures(h.db, await viewer('duban'));
    expect(overall).toEqual(await expected());
    expect(rounds.length).toBeGreaterThanOrEqual(3);
    for (const r of rounds) expect(r.kpis, r.round.name).toEqual(await expected(r.round.id));
  });

  it('give the demo meaningful rates: some signed projects started, few started ones produce, half at capacity', async () => {
    const { overall } = await campaignKpiFigures(h.db, await viewer('duban'));
    expect(overall.map((k) => [k.key, k.met.length, k.listed.length, k.rate])).toEqual([
      ['signedStarted', 5, 11, 45.5],
      ['startedProducing', 1, 9, 11.1],
      ['producingAtCapacity', 1, 2, 50],
    ]);
  });

  it('list behind each figure exactly its projects, met or not yet', async () => {
    const duban = await viewer('duban');
    const { overall, rounds } = await campaignKpiFigures(h.db, duban);
    for (const { round, kpis } of [{ round: undefined, kpis: overall }, ...rounds]) {
      for (const [i, kpi] of CAMPAIGN_KPIS.entries()) {
        const rows = await kpiProjects(h.db, duban, kpi, round?.id);
        const figure = kpis[i];
        expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(figure?.listed);
        expect(
          rows
            .filter((r) => r.met)
            .map((r) => r.id)
            .sort((a, b) => a - b),
        ).toEqual(figure?.met);
        const flags = rows.map((r) => r.met);
        expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b))); // not yet first
      }
    }
  });

  it('list a round without entries too, newest first, with empty figures', async () => {
    await h.db.insert(campaignRounds).values({ name: '第九轮', heldOn: '2099-01-01' });
    const { rounds } = await campaignKpiFigures(h.db, await viewer('duban'));
    expect(rounds[0]?.round).toMatchObject({ name: '第九轮', heldOn: '2099-01-01' });
    expect(rounds[0]?.kpis.map((k) => k.listed)).toEqual([[], [], []]);
    const dates = rounds.map((r) => r.round.heldOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('count only the viewer’s zone; the rounds themselves are city-wide', async () => {
    const gaoxin = await viewer('gaoxin');
    const { overall, rounds } = await campaignKpiFigures(h.db, gaoxin);
    expect(rounds.length).toBeGreaterThanOrEqual(3);
    // 高新区's own entries, by the domain rule over its projects alone: none of 上党's
    expect(overall).toEqual(await expected(undefined, 'gaoxin'));
    for (const r of rounds) expect(r.kpis, r.round.name).toEqual(await expected(r.round.id, 'gaoxin'));
    expect(overall.some((k) => k.listed.length > 0)).toBe(true);
    const shangdang = new Set(await zoneProjectIds('shangdang'));
    for (const kpi of CAMPAIGN_KPIS)
      expect((await kpiProjects(h.db, gaoxin, kpi)).filter((r) => shangdang.has(r.id))).toEqual([]);
  });
});

describe('projects and investment', () => {
  it('counts projects by stage and by park as the demo has them', async () => {
    const { byStage, byPark } = await projectsByParkAndStage(h.db, await viewer('duban'));
    for (const s of STAGES) expect(byStage[s], s).toBe(demoProjects.filter((p) => p.stage === s).length);
    expect(byPark).toHaveLength(6);
    for (const park of byPark) {
      expect(park.n, park.parkName).toBe(demoProjects.filter((p) => p.park === park.parkName).length);
    }
  });

  it('totals what the rows behind them add up to, and counts this week’s missing reports as /weekly does', async () => {
    const duban = await viewer('duban');
    const totals = await projectTotals(h.db, duban, { year: 2024, weekStart: WEEK.start });
    const rows = await investmentRows(h.db, duban, 2024);
    expect(totals).toMatchObject({
      projects: 27,
      total: 1_036_000, // 103.6 亿元, as the report says
      annualPlan: demoProjects.reduce((sum, p) => sum + p.annual, 0),
    });
    expect(rows).toHaveLength(27);
    expect(totals.annualPlan).toBe(rows.reduce((sum, r) => sum + r.annualPlan, 0));
    expect(totals.completed).toBe(rows.reduce((sum, r) => sum + r.completed, 0));
    expect(totals.completed).toBeGreaterThan(demoProjects.reduce((sum, p) => sum + p.completed, 0));
    const filing = await weeklyFiling(h.db, duban, WEEK);
    expect(totals.notFiled).toBe(filing.filter((r) => !r.filed).length);

    const otherYear = await projectTotals(h.db, duban, { year: 2025, weekStart: WEEK.start });
    expect(otherYear).toMatchObject({ total: 1_036_000, annualPlan: 0, completed: 0 });
  });

  it('counts traffic lights by the project list’s own rule, on any day', async () => {
    const duban = await viewer('duban');
    for (const today of [REPORT_DAY, addDays(REPORT_DAY, -30), addDays(REPORT_DAY, 60)]) {
      const list = await listProjects(h.db, duban, {}, today);
      const counts = await lightCounts(h.db, duban, today);
      for (const light of ['green', 'yellow', 'red'] as const) {
        expect(counts[light], `${light} on ${today}`).toBe(
          list.filter((r) => lightFromCounts(r) === light).length,
        );
      }
    }
  });
});

describe('blockers', () => {
  it('count active blockers by category and age as computed from the rows, and list exactly those', async () => {
    const duban = await viewer('duban');
    const own = new Set(await zoneProjectIds('shangdang'));
    for (const today of [REPORT_DAY, addDays(REPORT_DAY, 20)]) {
      const stored = (await h.db.select().from(blockers)).filter(
        (b) => b.status !== 'closed' && own.has(b.projectId),
      );
      const age = (b: (typeof stored)[number]) => daysBetween(zoneDateOf(b.raisedAt), today);
      const figures = await blockerFigures(h.db, duban, today);
      expect(figures.active).toBe(stored.length);
      for (const c of BLOCKER_CATEGORIES) {
        expect(figures.byCategory[c], c).toBe(stored.filter((b) => b.category === c).length);
        expect(await activeBlockerRows(h.db, duban, today, { category: c })).toHaveLength(
          figures.byCategory[c],
        );
      }
      for (const bucket of BLOCKER_AGE_BUCKETS) {
        const ids = stored.filter((b) => ageBucketOf(age(b)).key === bucket.key).map((b) => b.id);
        expect(figures.byAge[bucket.key], `${bucket.key} on ${today}`).toBe(ids.length);
        const rows = await activeBlockerRows(h.db, duban, today, { age: bucket });
        expect(rows.map((r) => r.id).sort()).toEqual(ids.sort());
      }
    }
  });
});

describe('scope', () => {
  it('shows another zone’s supervisor none of this zone’s figures, only its own zone’s', async () => {
    const gaoxin = await viewer('gaoxin');
    const own = await h.db
      .select()
      .from(projects)
      .where(eq(projects.zoneId, gaoxin.zoneId ?? 0));
    expect(own.length).toBeGreaterThan(0);
    const ownParks = await h.db
      .select({ id: parks.id })
      .from(parks)
      .where(eq(parks.zoneId, gaoxin.zoneId ?? 0));
    const { byStage, byPark } = await projectsByParkAndStage(h.db, gaoxin);
    expect(byPark.map((p) => p.parkId).sort()).toEqual(ownParks.map((p) => p.id).sort());
    for (const st of STAGES) expect(byStage[st], st).toBe(own.filter((p) => p.stage === st).length);
    expect(await projectTotals(h.db, gaoxin, { year: 2024, weekStart: WEEK.start })).toMatchObject({
      projects: own.length,
      total: own.reduce((sum, p) => sum + p.totalInvestment, 0),
    });
    const lights = await lightCounts(h.db, gaoxin, REPORT_DAY);
    expect(lights.green + lights.yellow + lights.red).toBe(own.length);
    const ownIds = new Set(own.map((p) => p.id));
    const active = (await h.db.select().from(blockers)).filter(
      (b) => b.status !== 'closed' && ownIds.has(b.projectId),
    );
    expect((await blockerFigures(h.db, gaoxin, REPORT_DAY)).active).toBe(active.length);
    const rows = await investmentRows(h.db, gaoxin, 2024);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => ownIds.has(r.id))).toBe(true);
  });

  it('gives the city supervisor the sum of every zone’s figures, and a zone picked exactly the zone’s', async () => {
    const [city, zone] = await Promise.all([viewer('shangwu'), viewer('duban')]);
    const at = { year: 2024, weekStart: WEEK.start };
    // the city narrowed to 上党 (the zone picker) reads what 上党's own supervisor reads
    const picked = focusViewer(city, zone.zoneId ?? 0);
    expect(await projectTotals(h.db, picked, at)).toEqual(await projectTotals(h.db, zone, at));
    expect(await campaignKpiFigures(h.db, picked)).toEqual(await campaignKpiFigures(h.db, zone));
    // and the whole city is every zone's figures added up
    const perZone = await Promise.all(
      (await h.db.select().from(zones)).map((z) => projectTotals(h.db, focusViewer(city, z.id), at)),
    );
    const whole = await projectTotals(h.db, city, at);
    for (const key of ['projects', 'total', 'annualPlan', 'completed', 'notFiled'] as const)
      expect(whole[key], key).toBe(perZone.reduce((sum, z) => sum + z[key], 0));
    expect(whole.projects).toBeGreaterThan(27);
  });

  it('moves a figure when a project of the zone changes (no caching of rows)', async () => {
    const duban = await viewer('duban');
    const [anyId] = (await kpiProjects(h.db, duban, CAMPAIGN_KPIS[0])).filter((r) => !r.met).map((r) => r.id);
    if (anyId === undefined) throw new Error('no project to start');
    await h.db.update(projects).set({ stage: 'under_construction' }).where(eq(projects.id, anyId));
    const { overall } = await campaignKpiFigures(h.db, duban);
    expect(overall[0]?.met).toContain(anyId);
  });
});
