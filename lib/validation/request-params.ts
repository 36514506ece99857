import { notFound } from 'next/navigation';
import { isInDateWindow } from '@/lib/domain/dates';
import { isWeekStart, type ReportWeek, reportWeekContaining, reportWeekOf } from '@/lib/domain/report-weeks';
import { INT4_MAX } from './fields';
import { z } from './zod';

// What a URL carries (route params, search params, a route handler's query) is a client's input like a form's,
// parsed by zod schemas from the same field builders. Each schema decides per field what a bad value means:
// a field with `.catch` takes its default (a stale or hand-edited link still shows the page), a field without
// one refuses the whole request as "not found" (the URL names a thing that is not there). Either way nothing
// a user types reaches a query or a date function unchecked.

/** Search params as Next hands them to a page, or as a route handler reads them from its URL. */
export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** A page's `searchParams` prop. */
export type SearchParamsProp = Promise<Record<string, string | string[] | undefined>>;

/** A key given once is its value; a repeated key (`?park=1&park=2`) is no value at all, as is a missing one. */
function singleValues(raw: RawSearchParams | undefined): Record<string, string> {
  if (raw instanceof URLSearchParams) {
    const keys = [...new Set(raw.keys())];
    return Object.fromEntries(
      keys.flatMap((k) => (raw.getAll(k).length === 1 ? [[k, raw.get(k) ?? '']] : [])),
    );
  }
  return Object.fromEntries(
    Object.entries(raw ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** The params as the schema reads them, or null when a field without a default is malformed. */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  raw: RawSearchParams | undefined,
): z.output<S> | null {
  const parsed = schema.safeParse(singleValues(raw));
  return parsed.success ? parsed.data : null;
}

/** For pages: the parsed params, or the 404 page. */
export function searchParamsOf<S extends z.ZodType>(
  schema: S,
  raw: RawSearchParams | undefined,
): z.output<S> {
  return parseSearchParams(schema, raw) ?? notFound();
}

/**
 * An id in a URL: plain decimal digits within PostgreSQL's integer. Number() would also read `0x10`, `1e3`,
 * ` 7` and `7.0`, so the same row would answer under many addresses.
 */
export const urlId = () =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, 'validation.invalid')
    .transform(Number)
    .refine((n) => n <= INT4_MAX, 'validation.invalid');

/** An optional field that takes its default when it is missing or malformed: a filter left out. */
export const orDefault = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** A URL field that must be well-formed when given (else 404); an empty value (`?zone=`) is not given. */
export const ifGiven = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal('').transform(() => undefined), schema]).optional();

/** The key of one entry of a fixed list (a KPI, an age bucket), read as that entry. */
export const entryOf = <T extends { key: string }>(list: readonly T[]) =>
  z.string().transform((key, ctx): T => {
    const entry = list.find((e) => e.key === key);
    if (entry) return entry;
    ctx.addIssue({ code: 'custom', message: 'validation.invalid' });
    return z.NEVER;
  });

const routeIdSchema = urlId();

/** The `[id]` of a route, or null. */
export const parseRouteId = (value: unknown): number | null => {
  const parsed = routeIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** For pages under `[id]`: the id, or the 404 page (a row that cannot exist is as absent as a deleted one). */
export async function routeId(params: Promise<{ id: string }>): Promise<number> {
  return parseRouteId((await params).id) ?? notFound();
}

/**
 * A report week named in a URL (`week=`): its Monday, inside the date window and not after this week, so no
 * year 0001 reaches the week arithmetic. Anything else is this week, on the zone's clock.
 */
export const reportWeekParam = () =>
  z
    .string()
    .refine((d) => isInDateWindow(d) && isWeekStart(d) && d <= reportWeekOf(new Date()).start)
    .transform((d): ReportWeek => reportWeekContaining(d))
    .catch((): ReportWeek => reportWeekOf(new Date()));
