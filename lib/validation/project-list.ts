import { STAGES } from '@/lib/domain/stages';
import { id, listPage } from './fields';
import { orDefault, urlId } from './request-params';
import { z } from './zod';

// The project list's URL (/projects?park=&stage=&sort=&slipped=&page=). A link is a client's input like any
// form: each parameter is parsed on its own, and one that is unknown or malformed takes its default, so a
// hand-edited or stale link shows a list, never an error.

/** park: by park, then as entered (the default); delay: most 累计延期天数 first. */
export const PROJECT_SORTS = ['park', 'delay'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

export const projectListParamsSchema = z.object({
  /** A city account's zone picker (lib/queries/zone-pick.ts); missing or malformed: the whole city. */
  zone: orDefault(urlId()),
  park: id().optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  sort: z.enum(PROJECT_SORTS).catch('park'),
  /** Only the slipped projects: `slipped=1`; anything else is the whole list. */
  slipped: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  page: listPage(),
});
export type ProjectListParams = z.output<typeof projectListParamsSchema>;

/** The list's parameters from a URL's search params (a repeated key arrives as an array: not a value). */
export function parseProjectListParams(params: Record<string, string | string[] | undefined>) {
  const parsed = projectListParamsSchema.safeParse(params);
  return parsed.success ? parsed.data : projectListParamsSchema.parse({});
}

/** The query string of a list, defaults left out so the plain list stays `/projects`. */
export function projectListQuery(p: ProjectListParams): string {
  const q = new URLSearchParams();
  if (p.zone) q.set('zone', String(p.zone));
  if (p.park) q.set('park', String(p.park));
  if (p.stage) q.set('stage', p.stage);
  if (p.sort !== 'park') q.set('sort', p.sort);
  if (p.slipped) q.set('slipped', '1');
  if (p.page > 1) q.set('page', String(p.page));
  return q.toString();
}
