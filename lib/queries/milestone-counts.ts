import { type SQL, sql } from 'drizzle-orm';
import { milestones, projects } from '@/db/schema';
import { addDays, type IsoDate } from '@/lib/domain/dates';
import { AT_RISK_DAYS } from '@/lib/domain/milestones';

// Counted in SQL so that a list costs one query however many milestones there are. Same rules as
// `milestoneLight` in lib/domain/milestones.ts; a database test holds the two together.

/** Red: planned date passed, not done. */
export const isLateMilestone = (today: IsoDate) =>
  sql`(${milestones.status} <> 'done' and ${milestones.plannedOn} < ${today})`;

/** Yellow: due from today to the at-risk threshold, not done. */
export const isDueSoonMilestone = (today: IsoDate) =>
  sql`(${milestones.status} <> 'done' and ${milestones.plannedOn} >= ${today}
    and ${milestones.plannedOn} <= ${addDays(today, AT_RISK_DAYS)})`;

const countOfProject = (condition: SQL) =>
  sql<number>`(select count(*)::int from ${milestones} where ${milestones.projectId} = ${projects.id}
    and ${condition})`;

export const lateMilestones = (today: IsoDate) => countOfProject(isLateMilestone(today));

export const dueSoonMilestones = (today: IsoDate) => countOfProject(isDueSoonMilestone(today));
