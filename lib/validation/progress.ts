import { isWeekStart, reportWeekOf } from '@/lib/domain/report-weeks';
import { id, isoDate, text } from './fields';
import { z } from './zod';

/** 万元 per week: 100 亿元 in one week is beyond any project, so more is a slipped unit. */
const MAX_WEEKLY_WAN = 1_000_000;

/**
 * 周调度: this week's progress, next week's plan, and the investment completed this week (integer 万元).
 * `version` is the version of the report the editor saw, or empty when filing the week's first report.
 */
export const fileProgressSchema = z.object({
  projectId: id(),
  weekStart: isoDate()
    .refine(isWeekStart, 'validation.weekStart')
    .refine((d) => d <= reportWeekOf(new Date()).start, 'validation.futureWeek'),
  version: z
    .union([z.literal(''), z.null(), z.coerce.number().int().min(0)])
    .default(null)
    .transform((v) => (v === '' || v === null ? 0 : v)),
  progress: text(2000).min(2, 'validation.progressRequired'),
  nextPlan: text(2000).default(''),
  investment: z.coerce
    .number('validation.wholeWan')
    .int('validation.wholeWan')
    .min(0, 'validation.notNegative')
    .max(MAX_WEEKLY_WAN, 'validation.tooLarge'),
});
export type FileProgressInput = z.input<typeof fileProgressSchema>;
export type FileProgress = z.output<typeof fileProgressSchema>;
