import { addDays, type IsoDate } from './dates';
import type { MilestoneStatus } from './vocabulary';

/** A milestone not done within this many days of its planned date shows yellow (at risk). */
export const AT_RISK_DAYS = 14;

export type TrafficLight = 'green' | 'yellow' | 'red';

export interface MilestoneTiming {
  plannedOn: IsoDate;
  status: MilestoneStatus;
}

/**
 * Late: the planned date has passed and the milestone is not done. The project list counts late milestones
 * in SQL (lib/queries/projects.ts); a database test holds that count to this rule.
 */
export function isLate(m: MilestoneTiming, today: IsoDate): boolean {
  return m.status !== 'done' && m.plannedOn < today;
}

export function milestoneLight(m: MilestoneTiming, today: IsoDate): TrafficLight {
  if (m.status === 'done') return 'green';
  if (m.plannedOn < today) return 'red';
  if (m.plannedOn <= addDays(today, AT_RISK_DAYS)) return 'yellow';
  return 'green';
}

const severity: Record<TrafficLight, number> = { green: 0, yellow: 1, red: 2 };

/** A project's light is its worst milestone's. */
export function worstLight(lights: Iterable<TrafficLight>): TrafficLight {
  let worst: TrafficLight = 'green';
  for (const light of lights) if (severity[light] > severity[worst]) worst = light;
  return worst;
}

/**
 * A project's light from its counts (as lists count them in SQL): red with a late milestone or an overdue
 * blocker, yellow with a milestone due soon.
 */
export function lightFromCounts(counts: {
  lateCount: number;
  dueSoonCount: number;
  overdueBlockers?: number;
}): TrafficLight {
  if (counts.lateCount > 0 || (counts.overdueBlockers ?? 0) > 0) return 'red';
  return counts.dueSoonCount > 0 ? 'yellow' : 'green';
}
