import { flag, id, versionOrNone, wholeNumber } from './fields';
import { z } from './zod';

/** The bounds of a zone's reminder settings; the database holds the same with CHECKs. */
export const REMINDER_BOUNDS = {
  milestoneDays: { min: 1, max: 60 },
  /** 催报's quiet period: at least an hour, at most a week. */
  chaseQuietHours: { min: 1, max: 168 },
} as const;

/** HH:MM on a 24-hour clock, as an <input type="time"> sends it. */
const CLOCK_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

const clockTime = () =>
  z.string('reminderValidation.time').trim().regex(CLOCK_TIME, 'reminderValidation.time');

const wholeIn = (bounds: { min: number; max: number }, message: string) =>
  wholeNumber(message).pipe(z.number().min(bounds.min, message).max(bounds.max, message));

/**
 * A zone's scheduled reminders and its 催报 quiet period, saved together by its admin. `version` is the
 * zone_reminders row's, 0 while the zone has none (it runs on the defaults).
 */
export const reminderSettingsSchema = z.object({
  zoneId: id(),
  version: versionOrNone(),
  filingEnabled: flag(),
  filingWeekday: wholeIn({ min: 1, max: 7 }, 'validation.invalid'),
  filingTime: clockTime(),
  milestoneEnabled: flag(),
  milestoneDays: wholeIn(REMINDER_BOUNDS.milestoneDays, 'reminderValidation.days'),
  blockerEnabled: flag(),
  dailyTime: clockTime(),
  chaseQuietHours: wholeIn(REMINDER_BOUNDS.chaseQuietHours, 'reminderValidation.quietHours'),
});

export type ReminderSettingsInput = z.input<typeof reminderSettingsSchema>;
export type ReminderSettingsOutput = z.output<typeof reminderSettingsSchema>;
