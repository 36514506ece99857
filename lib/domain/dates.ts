// Calendar dates are ISO strings (YYYY-MM-DD), as the database's `date` columns give them. "Today" and
// report weeks belong to the zone's clock, Asia/Shanghai, whatever the server's own time zone is.

export type IsoDate = string;

export const ZONE_TIME_ZONE = 'Asia/Shanghai';

const isoFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Asia/Shanghai at instant `now`. */
export function zoneDateOf(now: Date): IsoDate {
  return isoFormatter.format(now);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The window every date a client sends must fall in (action inputs and URL params alike). Before 2000 no project of
 * the zone's records began; more than two years ahead is a slipped year, not a plan. Outside it the date is refused
 * (a form) or dropped (a URL), so PostgreSQL never stores or filters by year 0001.
 */
export const DATE_MIN: IsoDate = '2000-01-01';
const DATE_MAX_YEARS_AHEAD = 2;

/** The latest date accepted: today on the zone's clock plus two years (29 February falls back to the 28th). */
export function dateMax(today: IsoDate = zoneDateOf(new Date())): IsoDate {
  const year = String(Number(today.slice(0, 4)) + DATE_MAX_YEARS_AHEAD).padStart(4, '0');
  const candidate = `${year}${today.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${year}-02-28`;
}

/** An ISO date inside [DATE_MIN, dateMax(today)]. */
export function isInDateWindow(date: IsoDate, today: IsoDate = zoneDateOf(new Date())): boolean {
  return isIsoDate(date) && date >= DATE_MIN && date <= dateMax(today);
}
