import { id, longText, pastWeekStart, versionOrNone, wan } from './fields';
import { z } from './zod';

/** 万元 per week: 100 亿元 in one week is beyond any project, so more is a slipped unit. */
const MAX_WEEKLY_WAN = 1_000_000;

/**
 * 周调度: this week's progress, next week's plan, and the investment completed this week (integer 万元).
 * `version` is the version of the report the editor saw, or empty when filing the week's first report.
 */
export const fileProgressSchema = z.object({
  projectId: id(),
  weekStart: pastWeekStart(),
  version: versionOrNone(),
  progress: longText(2000).min(2, 'validation.progressRequired'),
  nextPlan: longText(2000).default(''),
  investment: wan(MAX_WEEKLY_WAN),
});
export type FileProgressInput = z.input<typeof fileProgressSchema>;
export type FileProgress = z.output<typeof fileProgressSchema>;
