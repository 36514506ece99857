import { STAGES } from '@/lib/domain/stages';
import { listPage } from './fields';
import { ifGiven, orDefault, reportWeekParam, urlId } from './request-params';
import { z } from './zod';

// The weekly report's URL, shared by the page, the print view and the downloads
// (?zone=&week=&park=&stage=&page=). A zone is a thing named: malformed, it is "not found" (never silently
// another zone's report); the week, park, stage and page are a view of it and fall back to their defaults.

export const reportParamsSchema = z.object({
  /** A zone's id; `all` (downloads only) is every zone the viewer reads; missing is the viewer's own. */
  zone: ifGiven(z.union([z.literal('all'), urlId()])),
  week: reportWeekParam(),
  park: orDefault(urlId()),
  stage: orDefault(z.enum(STAGES)),
  page: listPage(),
});

export type ReportParams = z.output<typeof reportParamsSchema>;
