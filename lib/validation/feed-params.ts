import { TIMELINE_AREAS } from '@/lib/domain/timeline';
import type { FeedFilter } from '@/lib/queries/timeline';
import { id, isoDate, listPage } from './fields';
import { z } from './zod';

// The search params of the change feed (/changes) and of a project's timeline pages. A URL is typed by hand,
// shared and cut short, so each param that does not parse falls back to its default on its own: a bad value
// never fails the page, and the rest of the filter still applies.

const pageParamSchema = listPage();

/** The page named by a search param (a project's `log`, the feed's `page`); never throws. */
export const parsePage = (value: unknown): number => pageParamSchema.parse(value);

const orNone = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const feedParamsSchema = z
  .object({
    project: orNone(id()),
    person: orNone(id()),
    kind: orNone(z.enum(TIMELINE_AREAS)),
    from: orNone(isoDate()),
    to: orNone(isoDate()),
    /** A city account's zone picker (lib/queries/zone-pick.ts decides what an id means for the viewer). */
    zone: orNone(id()),
    page: pageParamSchema,
  })
  .transform((p) => {
    // A range typed the wrong way round means the same days.
    const [from, to] = p.from && p.to && p.from > p.to ? [p.to, p.from] : [p.from, p.to];
    const filter: FeedFilter = { projectId: p.project, actorId: p.person, area: p.kind, from, to };
    return { filter, page: p.page, zone: p.zone };
  });

export type FeedParams = z.output<typeof feedParamsSchema>;

export function parseFeedParams(params: unknown): FeedParams {
  const parsed = feedParamsSchema.safeParse(params);
  return parsed.success ? parsed.data : { filter: {}, page: 1, zone: undefined };
}

/** The feed's URL for a filter, page and picked zone, defaults left out, in the params the schema reads. */
export function feedHref(filter: FeedFilter, page: number, zone?: number): string {
  const params = {
    zone,
    project: filter.projectId,
    person: filter.actorId,
    kind: filter.area,
    from: filter.from,
    to: filter.to,
    page: page > 1 ? page : undefined,
  };
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) q.set(key, String(value));
  return `/changes${q.size > 0 ? `?${q}` : ''}`;
}
