import type { CAMPAIGN_BATCHES } from '@/db/schema/campaigns';
import { daysBetween, type IsoDate } from './dates';
import { isAtOrPast, STAGES, type Stage } from './stages';

// The batches are the database enum's; a type-only import keeps this module (and the forms that use it) free
// of the schema, and a unit test holds the list below to the enum's.
export type CampaignBatch = (typeof CAMPAIGN_BATCHES)[number];
/** 签约一批, 开工一批, 投产一批 */
export const BATCHES = ['signed', 'started', 'in_production'] as const satisfies readonly CampaignBatch[];

// The supervisor dashboard's figures as pure rules. Percentages are computed on integers (BigInt) and
// rounded once, to one decimal, so 40 of 68 is 58.8 and never 58.82352941176471 or 58.800000000000004.

/** num/den rounded half away from zero; callers scale num by 1000 to get tenths of a per cent. */
function roundedTenths(num: bigint, den: bigint): number {
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const tenths = (n * 2n + d) / (2n * d); // floor(n/d + 1/2)
  return Number(negative ? -tenths : tenths);
}

const assertCount = (value: number, what: string) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a count: ${value}`);
};

/** `numerator` of `denominator` as a percentage with one decimal; null when there is nothing to count. */
export function rate(numerator: number, denominator: number): number | null {
  assertCount(numerator, 'numerator');
  assertCount(denominator, 'denominator');
  if (denominator === 0) {
    if (numerator !== 0) throw new RangeError(`${numerator} of nothing`);
    return null;
  }
  return roundedTenths(BigInt(numerator) * 1000n, BigInt(denominator)) / 10;
}

/**
 * The "三个一批" KPIs, the one table both the SQL (lib/queries/dashboard.ts) and the pages read. Each KPI
 * takes the projects listed in one batch (`batch`, whose projects had reached `listedAt` when listed) and
 * counts those whose current stage is at or past `success`.
 */
export const CAMPAIGN_KPIS = [
  /** 签约项目开工率: listed as signed, now at or past 开工 */
  { key: 'signedStarted', batch: 'signed', listedAt: 'signed', success: 'under_construction' },
  /** 开工项目投产率: listed as started, now at or past 投产 */
  { key: 'startedProducing', batch: 'started', listedAt: 'under_construction', success: 'in_production' },
  /** 投产项目达效率: listed as in production, now 达效 */
  { key: 'producingAtCapacity', batch: 'in_production', listedAt: 'in_production', success: 'at_capacity' },
] as const satisfies readonly { key: string; batch: CampaignBatch; listedAt: Stage; success: Stage }[];

export type CampaignKpi = (typeof CAMPAIGN_KPIS)[number];
export type CampaignKpiKey = CampaignKpi['key'];

export const kpiOfBatch = (batch: CampaignBatch): CampaignKpi => {
  const kpi = CAMPAIGN_KPIS.find((k) => k.batch === batch);
  if (!kpi) throw new Error(`no KPI for batch ${batch}`);
  return kpi;
};

export const kpiByKey = (key: string | undefined): CampaignKpi | undefined =>
  CAMPAIGN_KPIS.find((k) => k.key === key);

/** The stages that count as success for a KPI (for SQL: `stage in (…)`). */
export const successStages = (kpi: CampaignKpi): Stage[] => STAGES.filter((s) => isAtOrPast(s, kpi.success));

/** A project may be listed in a batch only once it has reached the batch's stage. */
export const mayBeListed = (batch: CampaignBatch, stage: Stage): boolean =>
  isAtOrPast(stage, kpiOfBatch(batch).listedAt);

export interface KpiFigure {
  key: CampaignKpiKey;
  /** The projects listed in the KPI's batch (the denominator), ascending ids. */
  listed: number[];
  /** Those of them now at or past the KPI's success stage (the numerator), ascending ids. */
  met: number[];
  rate: number | null;
}

export const kpiFigure = (key: CampaignKpiKey, listed: number[], met: number[]): KpiFigure => ({
  key,
  listed,
  met,
  rate: rate(met.length, listed.length),
});

/**
 * The KPIs over some entries (all rounds, or one round's), from each project's current stage. A project listed
 * in the same batch of several rounds counts once. The reference the SQL is tested against.
 */
export function campaignKpis(
  entries: readonly { projectId: number; batch: CampaignBatch }[],
  stageOf: ReadonlyMap<number, Stage>,
): KpiFigure[] {
  return CAMPAIGN_KPIS.map((kpi) => {
    const listed = [...new Set(entries.filter((e) => e.batch === kpi.batch).map((e) => e.projectId))].sort(
      (a, b) => a - b,
    );
    const met = listed.filter((id) => {
      const stage = stageOf.get(id);
      return stage !== undefined && isAtOrPast(stage, kpi.success);
    });
    return kpiFigure(kpi.key, listed, met);
  });
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days of `today`'s year elapsed by the end of `today` (1 January is day 1), and the year's length. */
export function yearElapsed(today: IsoDate): { days: number; of: number } {
  const year = Number(today.slice(0, 4));
  return { days: daysBetween(`${year}-01-01`, today) + 1, of: isLeapYear(year) ? 366 : 365 };
}

export interface ScheduleProgress {
  /** Completed investment as a share of the annual plan, percent with one decimal. */
  completedShare: number;
  /** The share of the year elapsed, percent with one decimal. */
  elapsedShare: number;
  /** 序时进度: completed share minus elapsed share, in percentage points, one decimal; positive = ahead. */
  gap: number;
}

/**
 * 序时进度 of a year's plan on `today` (a date on the zone's calendar, Asia/Shanghai): null without a plan.
 * The gap is computed from the exact fractions and rounded once, so it may differ by 0.1 from the difference
 * of the two rounded shares.
 */
export function scheduleProgress(
  completed: number,
  annualPlan: number,
  today: IsoDate,
): ScheduleProgress | null {
  assertCount(completed, 'completed');
  assertCount(annualPlan, 'annual plan');
  if (annualPlan === 0) return null;
  const { days, of } = yearElapsed(today);
  const [c, p, d, y] = [completed, annualPlan, days, of].map(BigInt) as [bigint, bigint, bigint, bigint];
  return {
    completedShare: roundedTenths(c * 1000n, p) / 10,
    elapsedShare: roundedTenths(d * 1000n, y) / 10,
    gap: roundedTenths((c * y - d * p) * 1000n, p * y) / 10,
  };
}
