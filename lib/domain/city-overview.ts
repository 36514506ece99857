import type { IsoDate } from './dates';
import { CAMPAIGN_KPIS, type CampaignKpiKey, rate, scheduleProgress } from './kpi';

// The city overview (全市开发区总览): one row of figures per zone, a total row, an order by any figure and a
// ranking (红黑榜). Pure rules: the figures come from the zones' own dashboard queries (lib/queries/city-overview.ts).

/** Every figure of a zone's row, in the table's order; `better` says which way a ranking counts as good. */
export const CITY_FIGURES = [
  { key: 'projects', better: 'high' },
  { key: 'total', better: 'high' },
  { key: 'annualPlan', better: 'high' },
  { key: 'completed', better: 'high' },
  { key: 'schedule', better: 'high' },
  { key: 'red', better: 'low' },
  { key: 'yellow', better: 'low' },
  { key: 'green', better: 'high' },
  { key: 'notFiled', better: 'low' },
  { key: 'blockersOpen', better: 'low' },
  { key: 'blockersOverdue', better: 'low' },
  { key: 'planRequests', better: 'low' },
  { key: 'noticesOpen', better: 'low' },
  { key: 'noticesOverdue', better: 'low' },
  { key: 'signedStarted', better: 'high' },
  { key: 'startedProducing', better: 'high' },
  { key: 'producingAtCapacity', better: 'high' },
] as const satisfies readonly { key: string; better: 'high' | 'low' }[];

export type CityFigureKey = (typeof CITY_FIGURES)[number]['key'];
export const CITY_FIGURE_KEYS = CITY_FIGURES.map((f) => f.key) as [CityFigureKey, ...CityFigureKey[]];

/** What one zone's dashboard says, as the overview needs it. Money in 万元. */
export interface ZoneCounts {
  projects: number;
  total: number;
  annualPlan: number;
  completed: number;
  notFiled: number;
  red: number;
  yellow: number;
  green: number;
  blockersOpen: number;
  blockersOverdue: number;
  planRequests: number;
  noticesOpen: number;
  noticesOverdue: number;
  /** Per "三个一批" KPI over all rounds: projects listed and projects that met it. */
  kpis: Record<CampaignKpiKey, { listed: number; met: number }>;
}

/** A row's figures: counts and 万元 as they are; 序时进度 in points (null: no annual plan); rates in % (null: none listed). */
export type ZoneFigures = Record<CityFigureKey, number | null>;

export function figuresOf(c: ZoneCounts, today: IsoDate): ZoneFigures {
  const progress = scheduleProgress(c.completed, c.annualPlan, today);
  const kpi = (key: CampaignKpiKey) => rate(c.kpis[key].met, c.kpis[key].listed);
  return {
    projects: c.projects,
    total: c.total,
    annualPlan: c.annualPlan,
    completed: c.completed,
    schedule: progress?.gap ?? null,
    red: c.red,
    yellow: c.yellow,
    green: c.green,
    notFiled: c.notFiled,
    blockersOpen: c.blockersOpen,
    blockersOverdue: c.blockersOverdue,
    planRequests: c.planRequests,
    noticesOpen: c.noticesOpen,
    noticesOverdue: c.noticesOverdue,
    signedStarted: kpi('signedStarted'),
    startedProducing: kpi('startedProducing'),
    producingAtCapacity: kpi('producingAtCapacity'),
  };
}

/**
 * The city's counts: every count summed over the zones. A project belongs to one zone, so the KPIs' listed
 * and met projects add up too, and the city's rates and 序时进度 are computed from the sums (never averaged).
 */
export function cityCounts(zones: readonly ZoneCounts[]): ZoneCounts {
  const sum = (pick: (c: ZoneCounts) => number) => zones.reduce((s, c) => s + pick(c), 0);
  const kpis = Object.fromEntries(
    CAMPAIGN_KPIS.map((k) => [
      k.key,
      { listed: sum((c) => c.kpis[k.key].listed), met: sum((c) => c.kpis[k.key].met) },
    ]),
  ) as ZoneCounts['kpis'];
  return {
    projects: sum((c) => c.projects),
    total: sum((c) => c.total),
    annualPlan: sum((c) => c.annualPlan),
    completed: sum((c) => c.completed),
    notFiled: sum((c) => c.notFiled),
    red: sum((c) => c.red),
    yellow: sum((c) => c.yellow),
    green: sum((c) => c.green),
    blockersOpen: sum((c) => c.blockersOpen),
    blockersOverdue: sum((c) => c.blockersOverdue),
    planRequests: sum((c) => c.planRequests),
    noticesOpen: sum((c) => c.noticesOpen),
    noticesOverdue: sum((c) => c.noticesOverdue),
    kpis,
  };
}

export interface OverviewRow {
  zoneId: number;
  zoneName: string;
  /** The zone's place in the city's own order (zone id), to break ties. */
  order: number;
  figures: ZoneFigures;
}

const betterOf = (key: CityFigureKey) => CITY_FIGURES.find((f) => f.key === key)?.better ?? 'high';

/**
 * The rows ordered by one figure, best first (most of a figure where more is better, fewest where fewer is:
 * the order of a ranking); a zone without the figure (no plan, nothing listed) last; ties in the city's order.
 * `worstFirst` reverses the ranking but still puts the zones without the figure last.
 */
export function rankBy<R extends OverviewRow>(
  rows: readonly R[],
  key: CityFigureKey,
  worstFirst = false,
): R[] {
  const sign = (betterOf(key) === 'high' ? -1 : 1) * (worstFirst ? -1 : 1);
  return [...rows].sort((a, b) => {
    const x = a.figures[key];
    const y = b.figures[key];
    if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
    return x === y ? a.order - b.order : sign * (x - y);
  });
}

/**
 * 红黑榜: the best `size` zones by a figure and the worst `size` (without those lacking the figure). No zone
 * is on both: of an odd number, the middle one is on neither.
 */
export function honourBoard<R extends OverviewRow>(rows: readonly R[], key: CityFigureKey, size = 3) {
  const counted = rows.filter((r) => r.figures[key] !== null);
  const n = Math.min(size, Math.floor(counted.length / 2));
  return { best: rankBy(counted, key).slice(0, n), worst: rankBy(counted, key, true).slice(0, n) };
}
