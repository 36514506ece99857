import { addDays, type IsoDate, zoneDateOf } from './dates';

/** A report week (周调度): Monday to Sunday on the zone's calendar (Asia/Shanghai). */
export interface ReportWeek {
  /** Monday */
  start: IsoDate;
  /** Sunday */
  end: IsoDate;
  /** The ISO week-numbering year: the year of the week's Thursday, so a week never belongs to two years. */
  year: number;
  /** ISO week number, 1–53 */
  number: number;
}

function isoWeekday(date: IsoDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWeekStart(date: IsoDate): boolean {
  return isoWeekday(date) === 1;
}

/** The report week that contains a calendar date. */
export function reportWeekContaining(date: IsoDate): ReportWeek {
  const start = addDays(date, 1 - isoWeekday(date));
  const thursday = addDays(start, 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursdayOfYear = (() => {
    const jan4 = `${year}-01-04`; // ISO week 1 is the week holding 4 January
    return addDays(addDays(jan4, 1 - isoWeekday(jan4)), 3);
  })();
  const number = Math.round((Date.parse(thursday) - Date.parse(firstThursdayOfYear)) / (7 * 86_400_000)) + 1;
  return { start, end: addDays(start, 6), year, number };
}

/** The report week at an instant, on the zone's clock. */
export function reportWeekOf(now: Date): ReportWeek {
  return reportWeekContaining(zoneDateOf(now));
}

export function previousWeek(week: ReportWeek): ReportWeek {
  return reportWeekContaining(addDays(week.start, -7));
}

export function nextWeek(week: ReportWeek): ReportWeek {
  return reportWeekContaining(addDays(week.start, 7));
}
