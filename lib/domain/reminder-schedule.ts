import type { IsoDate } from './dates';
import { reportWeekContaining } from './report-weeks';

// When a zone's scheduled reminders are due, on the zone's own clock (its IANA time zone), whatever the
// server's time zone is. Each reminder has a period it is given once in: the filing reminder a report week
// (named by its Monday), the milestone and blocker reminders a day of the zone's calendar.

/** A zone's reminder settings (zone_reminders); a zone without a row has the defaults. */
export interface ReminderSettings {
  filingEnabled: boolean;
  /** 1 = Monday … 7 = Sunday */
  filingWeekday: number;
  /** HH:MM on the zone's clock */
  filingTime: string;
  milestoneEnabled: boolean;
  /** Milestones due within this many days are reminded of (overdue ones always). */
  milestoneDays: number;
  blockerEnabled: boolean;
  /** HH:MM on the zone's clock: when the day's milestone and blocker reminders go. */
  dailyTime: string;
}

/** What the database's column defaults say; kept equal to them by the reminders' database test. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  filingEnabled: true,
  filingWeekday: 4,
  filingTime: '16:00',
  milestoneEnabled: true,
  milestoneDays: 7,
  blockerEnabled: true,
  dailyTime: '09:00',
};

/** A moment as the zone's wall clock shows it. */
export interface LocalClock {
  date: IsoDate;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** Minutes since the local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // h23, not hour12: false, which some engines render as "24" for midnight.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows the IANA time zone (a zone row could hold a typo). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of `timeZone` at instant `now`. Throws a RangeError for an unknown time zone. */
export function localClock(now: Date, timeZone: string): LocalClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(now)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return {
    date,
    weekday: day === 0 ? 7 : day,
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

/** Minutes since midnight of an HH:MM time. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The reminders due at an instant, each with its period; null where one is off or not yet due. */
export interface DueReminders {
  /** The zone's date at the instant: what "due within N days" and "overdue" are counted from. */
  today: IsoDate;
  /** The report week (its Monday) whose filing reminder is due. Whether the week is closed is the caller's. */
  filingWeek: IsoDate | null;
  /** The day whose milestone reminders are due. */
  milestoneDay: IsoDate | null;
  /** The day whose blocker deadline reminders are due. */
  blockerDay: IsoDate | null;
}

/**
 * Due from the set time on, to the end of the period: a server that was down at 16:00 still reminds at 16:05
 * or on Friday, and the period key keeps it to once. A local time skipped by a daylight-saving change is
 * passed at the jump, one repeated falls in the same day, so neither loses or doubles a reminder.
 */
export function dueReminders(settings: ReminderSettings, timeZone: string, now: Date): DueReminders {
  const clock = localClock(now, timeZone);
  const filingReached =
    clock.weekday > settings.filingWeekday ||
    (clock.weekday === settings.filingWeekday && clock.minutes >= minutesOf(settings.filingTime));
  const dailyReached = clock.minutes >= minutesOf(settings.dailyTime);
  return {
    today: clock.date,
    filingWeek: settings.filingEnabled && filingReached ? reportWeekContaining(clock.date).start : null,
    milestoneDay: settings.milestoneEnabled && dailyReached ? clock.date : null,
    blockerDay: settings.blockerEnabled && dailyReached ? clock.date : null,
  };
}

/** Whether anything at all is due: a zone with nothing due costs the scheduler no transaction. */
export function anyDue(due: DueReminders): boolean {
  return due.filingWeek !== null || due.milestoneDay !== null || due.blockerDay !== null;
}
