import { id, longText, pastWeekStart, versionOrNone } from './fields';
import { z } from './zod';

// The week's closure row version the supervisor saw: 0 (or empty) when the week was never closed.

export const closeReportWeekSchema = z.object({
  zoneId: id(),
  weekStart: pastWeekStart(),
  version: versionOrNone(),
});

export const reopenReportWeekSchema = z.object({
  zoneId: id(),
  weekStart: pastWeekStart(),
  version: versionOrNone(),
  reason: longText(500).min(2, 'validation.reasonRequired'),
});
