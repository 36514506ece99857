import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { figureHref } from '@/app/city/figure-links';
import { zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { CITY_FIGURES, type CityFigureKey, figuresOf } from '@/lib/domain/city-overview';
import { CAMPAIGN_KPIS, rate } from '@/lib/domain/kpi';
import { lightFromCounts } from '@/lib/domain/milestones';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { blockerFilterOf, blockerListParamsSchema } from '@/lib/validation/blocker-list';
import {
  cityOverviewParamsSchema,
  kpiPageParamsSchema,
  lightsPageParamsSchema,
} from '@/lib/validation/page-params';
import { parseProjectListParams } from '@/lib/validation/project-list';
import { parseSearchParams } from '@/lib/validation/request-params';
import { noticeListParamsSchema } from '@/lib/validation/supervision-list';
import { blockerQueue } from './blockers';
import { campaignKpiFigures, kpiProjects } from './campaign-kpis';
import { cityOverview } from './city-overview';
import { investmentRows, lightCounts, projectTotals } from './dashboard';
import { todayQueue } from './dashboard-queue';
import { openPlanRequests } from './plan';
import { listProjects } from './projects';
import { noticeList } from './supervision-notices';
import { weeklyFiling } from './weekly';
import { zonePick } from './zone-pick';

// Issue 16's acceptance: the city overview's figures for 上党经开区 equal the zone's own dashboard, and each
// figure's link lands on the rows it counts.

const h = actionHarness();
const TODAY = '2024-04-15'; // the seed's "as of" in tests
const WEEK = reportWeekContaining(TODAY);
const AT = { today: TODAY, week: WEEK };

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
}
const zoneIdOf = async (code: string) =>
  (await h.db.select().from(zones).where(eq(zones.code, code)))[0]?.id ?? 0;

/** A link's search params as the page behind it receives them. */
const paramsOf = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams);

describe('the city overview', () => {
  it('gives 上党经开区 the figures of its own 驾驶舱, as its own supervisor reads them', async () => {
    const { rows } = await cityOverview(h.db, await viewer('shangwu'), AT);
    const row = rows.find((r) => r.zoneName === '上党经济技术开发区');
    if (!row) throw new Error('no 上党 row');
    // the zone's dashboard, read by the zone's supervisor with the dashboard's own queries
    const duban = await viewer('duban');
    const [totals, lights, queue, kpis, open, overdue] = await Promise.all([
      projectTotals(h.db, duban, { year: WEEK.year, weekStart: WEEK.start }),
      lightCounts(h.db, duban, TODAY),
      todayQueue(h.db, duban, TODAY),
      campaignKpiFigures(h.db, duban),
      noticeList(h.db, duban, 'open', TODAY, 1),
      noticeList(h.db, duban, 'overdue', TODAY, 1),
    ]);
    expect(row.counts).toMatchObject({
      projects: 27,
      total: 1_036_000,
      annualPlan: totals.annualPlan,
      completed: totals.completed,
      notFiled: totals.notFiled,
      ...lights,
      blockersOpen: queue.blockersAwaiting,
      blockersOverdue: queue.blockersOverdue,
      planRequests: queue.planRequests,
      noticesOpen: open.total,
      noticesOverdue: overdue.total,
    });
    expect(totals.projects).toBe(27);
    for (const k of kpis.overall) expect(row.figures[k.key], k.key).toBe(k.rate);
    // not vacuous: the demo zone has work waiting and rounds with results
    expect(row.counts.planRequests).toBeGreaterThan(0);
    expect(row.counts.notFiled).toBeGreaterThan(0);
    expect(row.figures.signedStarted).not.toBeNull();
  });

  it('totals every zone, its rates from the city’s own KPIs; a row for each of the ten zones', async () => {
    const city = await viewer('shangwu');
    const { rows, total, totalCounts } = await cityOverview(h.db, city, AT);
    expect(rows).toHaveLength(10);
    for (const key of ['projects', 'total', 'annualPlan', 'completed', 'notFiled', 'red'] as const)
      expect(totalCounts[key], key).toBe(rows.reduce((s, r) => s + r.counts[key], 0));
    // the whole city read at once equals the sum of its zones
    expect(totalCounts).toMatchObject(
      await projectTotals(h.db, city, { year: WEEK.year, weekStart: WEEK.start }).then((t) => ({
        projects: t.projects,
        total: t.total,
        notFiled: t.notFiled,
      })),
    );
    const { overall } = await campaignKpiFigures(h.db, city);
    for (const k of overall) expect(total[k.key], k.key).toBe(k.rate);
    expect(total).toEqual(figuresOf(totalCounts, TODAY));
    expect(rows.every((r) => r.counts.projects > 0)).toBe(true);
  });

  it('links each figure of a zone to the rows it counts, the zone picked', async () => {
    const city = await viewer('shangwu');
    const { rows } = await cityOverview(h.db, city, AT);
    for (const code of ['shangdang', 'gaoxin', 'lucheng']) {
      const zoneId = await zoneIdOf(code);
      const row = rows.find((r) => r.zoneId === zoneId);
      if (!row) throw new Error(code);
      const c = row.counts;
      /** The reader of the page behind a link: the city account with the link's zone picked. */
      const readerOf = async (key: CityFigureKey) => {
        const params = paramsOf(figureHref(key, zoneId));
        expect(params.zone, key).toBe(String(zoneId));
        const pick = await zonePick(h.db, city, Number(params.zone));
        expect(pick.picked?.id).toBe(zoneId);
        return { reader: pick.viewer, params };
      };

      const projects = await readerOf('projects');
      const list = await listProjects(h.db, projects.reader, parseProjectListParams(projects.params), TODAY);
      expect(list.length, `${code} projects`).toBe(c.projects);
      expect(
        list.reduce((s, r) => s + r.totalInvestment, 0),
        `${code} total`,
      ).toBe(c.total);

      const money = await readerOf('annualPlan');
      const invest = await investmentRows(h.db, money.reader, WEEK.year);
      expect(invest.reduce((s, r) => s + r.annualPlan, 0)).toBe(c.annualPlan);
      expect(invest.reduce((s, r) => s + r.completed, 0)).toBe(c.completed);

      for (const light of ['red', 'yellow', 'green'] as const) {
        const { reader, params } = await readerOf(light);
        const parsed = parseSearchParams(lightsPageParamsSchema, new URLSearchParams(params));
        expect(parsed?.light).toBe(light);
        const all = await listProjects(h.db, reader, {}, TODAY);
        expect(all.filter((r) => lightFromCounts(r) === light).length, `${code} ${light}`).toBe(c[light]);
      }

      const filing = await readerOf('notFiled');
      expect((await weeklyFiling(h.db, filing.reader, WEEK)).filter((r) => !r.filed).length).toBe(c.notFiled);

      for (const key of ['blockersOpen', 'blockersOverdue'] as const) {
        const { reader, params } = await readerOf(key);
        const parsed = parseSearchParams(blockerListParamsSchema, new URLSearchParams(params));
        if (!parsed) throw new Error(key);
        const queue = await blockerQueue(h.db, reader, blockerFilterOf(parsed, false), TODAY);
        expect(queue.length, `${code} ${key}`).toBe(c[key]);
      }

      const plans = await readerOf('planRequests');
      expect((await openPlanRequests(h.db, plans.reader)).length).toBe(c.planRequests);

      for (const key of ['noticesOpen', 'noticesOverdue'] as const) {
        const { reader, params } = await readerOf(key);
        const parsed = parseSearchParams(noticeListParamsSchema, new URLSearchParams(params));
        expect((await noticeList(h.db, reader, parsed?.status, TODAY, 1)).total, `${code} ${key}`).toBe(
          c[key],
        );
      }

      for (const kpi of CAMPAIGN_KPIS) {
        const { reader, params } = await readerOf(kpi.key);
        const parsed = parseSearchParams(kpiPageParamsSchema, new URLSearchParams(params));
        expect(parsed?.kpi.key).toBe(kpi.key);
        const behind = await kpiProjects(h.db, reader, kpi);
        expect(behind.length, `${code} ${kpi.key}`).toBe(c.kpis[kpi.key].listed);
        expect(rate(behind.filter((r) => r.met).length, behind.length)).toBe(row.figures[kpi.key]);
      }
    }
  });

  it('reads only the viewer’s zones: a zone’s account gets its own row, and its `zone` param is ignored', async () => {
    const duban = await viewer('duban');
    const { rows } = await cityOverview(h.db, duban, AT);
    expect(rows.map((r) => r.zoneId)).toEqual([duban.zoneId]);
    const other = await zonePick(h.db, duban, await zoneIdOf('gaoxin'));
    expect(other).toEqual({ zones: [], picked: undefined, viewer: duban });
    // a city account naming a zone that is not there: the whole city
    const city = await viewer('shangwu');
    const none = await zonePick(h.db, city, 2_147_483_647);
    expect(none.picked).toBeUndefined();
    expect(none.viewer).toEqual(city);
  });

  it('parses its order and ranking from the URL, falling back on anything else', () => {
    for (const f of CITY_FIGURES)
      expect(parseSearchParams(cityOverviewParamsSchema, { sort: f.key, rank: f.key })).toEqual({
        sort: f.key,
        rank: f.key,
      });
    expect(parseSearchParams(cityOverviewParamsSchema, { sort: 'drop table', rank: '1' })).toEqual({
      sort: undefined,
      rank: 'schedule',
    });
  });
});
