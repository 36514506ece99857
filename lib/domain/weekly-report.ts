import type { IsoDate } from './dates';
import type { TrafficLight } from './milestones';
import type { ReportWeek } from './report-weeks';
import type { Stage } from './stages';
import type { BlockerCategory, ProjectKind } from './vocabulary';

// The weekly report (周报): what leaves the building every week. Its model holds codes and numbers only (no
// words in any language), so a closed week's snapshot renders the same in Chinese and English, on the page
// and in every export.

/** 新增 (raised that week), 推进中 (open through it), 已销号 (closed that week). */
export type BlockerMark = 'new' | 'ongoing' | 'closed';

export interface ReportBlocker {
  category: BlockerCategory;
  title: string;
  mark: BlockerMark;
}

export interface ReportRow {
  projectId: number;
  name: string;
  enterprise: string;
  parkId: number;
  park: string;
  kind: ProjectKind;
  stage: Stage;
  /** 万元 */
  totalInvestment: number;
  annualPlanned: number;
  yearToDate: number;
  weekInvestment: number;
  filed: boolean;
  progress: string;
  nextPlan: string;
  blockers: ReportBlocker[];
  leader: string;
  cadre: string;
  liaison: string;
  light: TrafficLight;
  /** 计划调整次数: the approved changes of the project's plan year. */
  planChanges: number;
  /** 累计延期天数 of the project's milestones against their baselines. */
  delayDays: number;
}

export interface Money {
  totalInvestment: number;
  annualPlanned: number;
  yearToDate: number;
  weekInvestment: number;
}

export interface ReportGroup {
  park: string;
  rows: ReportRow[];
  subtotal: Money;
}

export interface WeeklyReport {
  zone: string;
  week: ReportWeek;
  /** The instant the figures were read (for a closed week: when it was closed). */
  asOf: string;
  closed: boolean;
  summary: {
    projects: number;
    filed: number;
    notFiled: number;
    blockersNew: number;
    blockersOngoing: number;
    blockersClosed: number;
  };
  groups: ReportGroup[];
  total: Money;
}

type PlanFigures = 'planChanges' | 'delayDays';
type StoredRow = Omit<ReportRow, PlanFigures> & Partial<Pick<ReportRow, PlanFigures>>;

/**
 * A closed week's report as stored (report_weeks.snapshot), in the shape of the day it was closed: one closed
 * before the plan baselines has rows without 调整次数 and 延期天数.
 */
export type StoredReport = Omit<WeeklyReport, 'groups'> & {
  groups: (Omit<ReportGroup, 'rows'> & { rows: StoredRow[] })[];
};

/** A stored report as today's model: the figures it lacks are 0 (no change or delay was recorded then). */
export function reportFromSnapshot(stored: StoredReport): WeeklyReport {
  const row = (r: StoredRow): ReportRow => ({
    ...r,
    planChanges: r.planChanges ?? 0,
    delayDays: r.delayDays ?? 0,
  });
  return { ...stored, groups: stored.groups.map((g) => ({ ...g, rows: g.rows.map(row) })) };
}

/** A blocker belongs to the week when it was open at some time in it; its mark says how. */
export function blockerMark(
  raisedOn: IsoDate,
  closedOn: IsoDate | null,
  week: ReportWeek,
): BlockerMark | null {
  if (raisedOn > week.end) return null;
  if (closedOn !== null && closedOn < week.start) return null;
  if (closedOn !== null && closedOn <= week.end) return 'closed';
  return raisedOn >= week.start ? 'new' : 'ongoing';
}

const ZERO: Money = { totalInvestment: 0, annualPlanned: 0, yearToDate: 0, weekInvestment: 0 };

export function sumMoney(rows: readonly Money[]): Money {
  return rows.reduce(
    (s, r) => ({
      totalInvestment: s.totalInvestment + r.totalInvestment,
      annualPlanned: s.annualPlanned + r.annualPlanned,
      yearToDate: s.yearToDate + r.yearToDate,
      weekInvestment: s.weekInvestment + r.weekInvestment,
    }),
    ZERO,
  );
}

/** The report narrowed to a park and/or stage (figures re-summed), for the page's and exports' filters. */
export function filterReport(report: WeeklyReport, f: { parkId?: number; stage?: Stage }): WeeklyReport {
  if (f.parkId === undefined && f.stage === undefined) return report;
  const rows = report.groups
    .flatMap((g) => g.rows)
    .filter(
      (r) =>
        (f.parkId === undefined || r.parkId === f.parkId) && (f.stage === undefined || r.stage === f.stage),
    );
  return assembleReport(report, rows);
}

/** Groups rows by park (in the order given), with subtotals, a grand total and the summary. */
export function assembleReport(
  head: Pick<WeeklyReport, 'zone' | 'week' | 'asOf' | 'closed'>,
  rows: readonly ReportRow[],
): WeeklyReport {
  const groups: ReportGroup[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (group?.park !== row.park) {
      group = { park: row.park, rows: [], subtotal: ZERO };
      groups.push(group);
    }
    group.rows.push(row);
  }
  for (const g of groups) g.subtotal = sumMoney(g.rows);
  const marks = rows.flatMap((r) => r.blockers.map((b) => b.mark));
  const filed = rows.filter((r) => r.filed).length;
  return {
    zone: head.zone,
    week: head.week,
    asOf: head.asOf,
    closed: head.closed,
    summary: {
      projects: rows.length,
      filed,
      notFiled: rows.length - filed,
      blockersNew: marks.filter((m) => m === 'new').length,
      blockersOngoing: marks.filter((m) => m === 'ongoing').length,
      blockersClosed: marks.filter((m) => m === 'closed').length,
    },
    groups,
    total: sumMoney(rows),
  };
}
