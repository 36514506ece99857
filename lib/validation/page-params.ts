import { BLOCKER_AGE_BUCKETS } from '@/lib/domain/blocker-ages';
import { CITY_FIGURE_KEYS } from '@/lib/domain/city-overview';
import { CAMPAIGN_KPIS } from '@/lib/domain/kpi';
import type { TrafficLight } from '@/lib/domain/milestones';
import { BLOCKER_CATEGORIES } from '@/lib/domain/vocabulary';
import { listPage, text } from './fields';
import { entryOf, ifGiven, orDefault, reportWeekParam, urlId } from './request-params';
import { z } from './zod';

// The search params of the pages that read only one or two (the lists with many have their own files:
// project-list.ts, blocker-list.ts, feed-params.ts, report-params.ts). A param that names what the page shows
// (a KPI, a light, a round) is "not found" when it names nothing; a param that only narrows a view falls back.

/** /projects/[id]: `log` is the page of the project's history. */
export const projectPageParamsSchema = z.object({ log: listPage() });

/** /projects/[id]/week: the week to file, this week unless an earlier one is named. */
export const progressWeekParamsSchema = z.object({ week: reportWeekParam() });

/** /dashboard/kpi: the KPI, over all rounds or the round named. */
export const kpiPageParamsSchema = z.object({
  kpi: entryOf(CAMPAIGN_KPIS),
  round: ifGiven(urlId()),
  zone: orDefault(urlId()),
});

/** /dashboard/lights: the projects of one traffic light. */
export const lightsPageParamsSchema = z.object({
  light: z.enum(['red', 'yellow', 'green'] as const satisfies readonly TrafficLight[]),
  zone: orDefault(urlId()),
});

/** /dashboard/blockers: the active blockers of a category and an age, either or both. */
export const dashboardBlockersParamsSchema = z.object({
  category: orDefault(z.enum(BLOCKER_CATEGORIES)),
  age: orDefault(entryOf(BLOCKER_AGE_BUCKETS)),
  zone: orDefault(urlId()),
});

/**
 * /login: where to go after signing in; the sign-in action still keeps it to this site (safeNext). Without
 * one, the home page, which sends each role to its own first screen (lib/auth/home.ts).
 */
export const loginParamsSchema = z.object({
  next: z.string().max(2_000).catch('/'),
});

/** The longest search a search box takes. */
export const SEARCH_QUERY_MAX = 50;

/**
 * /search: what was typed, trimmed; nothing or only spaces is the page without results. A longer query or one
 * with control characters is no search the box could have sent: not found.
 */
export const searchPageParamsSchema = z.object({
  q: text(SEARCH_QUERY_MAX)
    .optional()
    .transform((q) => q || undefined),
});

/**
 * `zone`: the zone a city account picked on a list, report or dashboard. A malformed id is no pick (the whole
 * city); one the viewer does not reach picks nothing either (lib/queries/zone-pick.ts).
 */
export const zoneParam = () => orDefault(urlId());

/** Pages whose only own param is the zone picked. */
export const zonePickParamsSchema = z.object({ zone: zoneParam() });

/** /city: the order of the table (a figure, best first; default the zones' order) and the figure ranked. */
export const cityOverviewParamsSchema = z.object({
  sort: orDefault(z.enum(CITY_FIGURE_KEYS)),
  rank: z.enum(CITY_FIGURE_KEYS).catch('schedule'),
});
