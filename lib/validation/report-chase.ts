import { id, longText, pastWeekStart } from './fields';
import { z } from './zod';

/** 催报: the zone's unfiled projects of a week (or those picked from them), with an optional word. */
export const chaseReportsSchema = z.object({
  zoneId: id(),
  weekStart: pastWeekStart(),
  /** Empty: every project of the zone not filed for the week. */
  projectIds: z.array(id()).max(1000, 'validation.invalid').default([]),
  message: longText(200).default(''),
});

export type ChaseReportsInput = z.input<typeof chaseReportsSchema>;
export type ChaseReports = z.output<typeof chaseReportsSchema>;
