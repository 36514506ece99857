import {
  BLOCKER_CATEGORIES,
  BLOCKER_LEVELS,
  BLOCKER_STATUSES,
  BLOCKER_URGENCIES,
} from '@/lib/domain/vocabulary';
import type { BlockerFilter } from '@/lib/queries/blockers';
import { orDefault, urlId } from './request-params';
import { z } from './zod';

// The blocker queue's URL (/blockers?scope=&park=&category=&status=&urgency=&level=&overdue=). Every param
// is a filter: one that does not parse is left out on its own, and the rest still apply.

export const blockerListParamsSchema = z.object({
  /** A city account's zone picker; missing or malformed: the whole city. */
  zone: orDefault(urlId()),
  /** `mine` or all (the form's "all" option sends an empty value); missing: the viewer's role decides. */
  scope: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => (v === undefined ? undefined : v === 'mine' ? ('mine' as const) : ('all' as const))),
  park: orDefault(urlId()),
  category: orDefault(z.enum(BLOCKER_CATEGORIES)),
  status: orDefault(z.enum(BLOCKER_STATUSES)),
  urgency: orDefault(z.enum(BLOCKER_URGENCIES)),
  level: orDefault(z.enum(BLOCKER_LEVELS)),
  overdue: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
});
export type BlockerListParams = z.output<typeof blockerListParamsSchema>;

/** The query's filter; officials start from their own projects' blockers, everyone else from the zone's. */
export function blockerFilterOf(p: BlockerListParams, ownByDefault: boolean): BlockerFilter {
  return {
    mine: (p.scope ?? (ownByDefault ? 'mine' : 'all')) === 'mine' || undefined,
    parkId: p.park,
    category: p.category,
    status: p.status,
    urgency: p.urgency,
    escalated: p.level === undefined ? undefined : p.level === 'city',
    overdue: p.overdue || undefined,
  };
}

/** The query string of the list as parsed, every value as the parser reads it back. */
export function blockerListQuery(p: BlockerListParams): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(p)) {
    if (value === undefined || value === false) continue;
    q.set(key, value === true ? '1' : String(value));
  }
  return q.toString();
}
