import { isWeekStart, reportWeekOf } from '@/lib/domain/report-weeks';
import { id, isoDate, text } from './fields';
import { z } from './zod';

const pastOrCurrentWeek = () =>
  isoDate()
    .refine(isWeekStart, 'validation.weekStart')
    .refine((d) => d <= reportWeekOf(new Date()).start, 'validation.futureWeek');

/** The week's closure row version the supervisor saw; 0 (or empty) when the week was never closed. */
const closureVersion = () =>
  z
    .union([z.literal(''), z.null(), z.coerce.number().int().min(0)])
    .default(null)
    .transform((v) => (v === '' || v === null ? 0 : v));

export const closeReportWeekSchema = z.object({
  zoneId: id(),
  weekStart: pastOrCurrentWeek(),
  version: closureVersion(),
});

export const reopenReportWeekSchema = z.object({
  zoneId: id(),
  weekStart: pastOrCurrentWeek(),
  version: closureVersion(),
  reason: text(500).min(2, 'validation.reasonRequired'),
});
