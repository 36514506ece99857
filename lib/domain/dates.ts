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
