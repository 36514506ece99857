import { describe, expect, it } from 'vitest';
import {
  anyDue,
  DEFAULT_REMINDER_SETTINGS,
  dueReminders,
  isTimeZone,
  localClock,
  minutesOf,
  type ReminderSettings,
} from './reminder-schedule';

const SHANGHAI = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);
const settings = (over: Partial<ReminderSettings> = {}) => ({ ...DEFAULT_REMINDER_SETTINGS, ...over });

// The week of Monday 2024-04-15; Thursday is the 18th. Shanghai is UTC+8 all year.
describe('the zone’s wall clock', () => {
  it('reads the date, ISO weekday and minutes in the zone, not in UTC', () => {
    // 23:30 UTC on Wednesday is 07:30 on Thursday in Shanghai.
    expect(localClock(at('2024-04-17T23:30:00Z'), SHANGHAI)).toEqual({
      date: '2024-04-18',
      weekday: 4,
      minutes: 7 * 60 + 30,
    });
    // Midnight is minute 0 of the new day, never "24:00" of the old one.
    expect(localClock(at('2024-04-20T16:00:00Z'), SHANGHAI)).toEqual({
      date: '2024-04-21',
      weekday: 7,
      minutes: 0,
    });
    expect(localClock(at('2024-04-21T16:00:00Z'), SHANGHAI)).toMatchObject({
      date: '2024-04-22',
      weekday: 1,
    });
  });

  it('knows real time zones and refuses a made-up one', () => {
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Asia/Shangai')).toBe(false);
    expect(() => localClock(new Date(), 'Asia/Shangai')).toThrow(RangeError);
  });

  it('reads HH:MM as minutes', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('16:00')).toBe(960);
    expect(minutesOf('23:59')).toBe(1439);
  });
});

describe('the weekly filing reminder (default Thursday 16:00)', () => {
  const filing = (iso: string, zone = SHANGHAI, over: Partial<ReminderSettings> = {}) =>
    dueReminders(settings(over), zone, at(iso)).filingWeek;

  it('is not due before Thursday 16:00 and is due from then to the end of the week, for that week', () => {
    expect(filing('2024-04-15T00:00:00Z')).toBeNull(); // Monday 08:00
    expect(filing('2024-04-18T07:59:59Z')).toBeNull(); // Thursday 15:59:59
    expect(filing('2024-04-18T08:00:00Z')).toBe('2024-04-15'); // Thursday 16:00
    expect(filing('2024-04-19T01:00:00Z')).toBe('2024-04-15'); // Friday 09:00
    expect(filing('2024-04-21T15:59:00Z')).toBe('2024-04-15'); // Sunday 23:59
  });

  it('starts over on Monday: the next week is due again only from its own Thursday 16:00', () => {
    expect(filing('2024-04-21T16:00:00Z')).toBeNull(); // Monday 00:00 of the next week
    expect(filing('2024-04-25T07:59:00Z')).toBeNull();
    expect(filing('2024-04-25T08:00:00Z')).toBe('2024-04-22');
  });

  it('takes the week from the zone’s date: early Monday in Shanghai is still Sunday in UTC', () => {
    // Monday 06:00, due at 06:00 on Mondays: the UTC date is Sunday 2024-04-21.
    expect(filing('2024-04-21T22:00:00Z', SHANGHAI, { filingWeekday: 1, filingTime: '06:00' })).toBe(
      '2024-04-22',
    );
    expect(filing('2024-04-21T21:59:00Z', SHANGHAI, { filingWeekday: 1, filingTime: '06:00' })).toBeNull();
  });

  it('a Sunday deadline is due only in the last minutes of the week', () => {
    const sunday = { filingWeekday: 7, filingTime: '23:30' };
    expect(filing('2024-04-21T15:29:00Z', SHANGHAI, sunday)).toBeNull(); // Sunday 23:29
    expect(filing('2024-04-21T15:30:00Z', SHANGHAI, sunday)).toBe('2024-04-15'); // Sunday 23:30
    expect(filing('2024-04-21T16:00:00Z', SHANGHAI, sunday)).toBeNull(); // Monday 00:00
  });

  it('follows the zone’s own clock: Urumqi (UTC+6) is two hours behind Shanghai', () => {
    // 16:00 in Shanghai is 14:00 in Urumqi: not yet.
    expect(filing('2024-04-18T08:00:00Z', 'Asia/Urumqi')).toBeNull();
    expect(filing('2024-04-18T09:59:00Z', 'Asia/Urumqi')).toBeNull();
    expect(filing('2024-04-18T10:00:00Z', 'Asia/Urumqi')).toBe('2024-04-15');
  });

  it('follows daylight saving time in Berlin (UTC+2 in April, UTC+1 in January)', () => {
    expect(filing('2024-04-18T13:59:00Z', 'Europe/Berlin')).toBeNull();
    expect(filing('2024-04-18T14:00:00Z', 'Europe/Berlin')).toBe('2024-04-15');
    // Thursday 2024-01-18 16:00 in Berlin is 15:00 UTC.
    expect(filing('2024-01-18T14:59:00Z', 'Europe/Berlin')).toBeNull();
    expect(filing('2024-01-18T15:00:00Z', 'Europe/Berlin')).toBe('2024-01-15');
  });

  it('is never due when switched off', () => {
    expect(filing('2024-04-19T01:00:00Z', SHANGHAI, { filingEnabled: false })).toBeNull();
  });
});

describe('the daily milestone and blocker reminders (default 09:00)', () => {
  const due = (iso: string, zone = SHANGHAI, over: Partial<ReminderSettings> = {}) =>
    dueReminders(settings(over), zone, at(iso));

  it('are due from the daily time, each day for that day', () => {
    expect(due('2024-04-18T00:59:00Z')).toMatchObject({
      today: '2024-04-18',
      milestoneDay: null,
      blockerDay: null,
    });
    expect(due('2024-04-18T01:00:00Z')).toMatchObject({
      milestoneDay: '2024-04-18',
      blockerDay: '2024-04-18',
    });
    expect(due('2024-04-18T15:59:00Z')).toMatchObject({ milestoneDay: '2024-04-18' }); // 23:59
    expect(due('2024-04-18T16:00:00Z')).toMatchObject({ today: '2024-04-19', milestoneDay: null }); // 00:00
    expect(due('2024-04-19T01:00:00Z')).toMatchObject({ milestoneDay: '2024-04-19' });
  });

  it('are switched off one by one', () => {
    expect(due('2024-04-18T02:00:00Z', SHANGHAI, { milestoneEnabled: false })).toMatchObject({
      milestoneDay: null,
      blockerDay: '2024-04-18',
    });
    expect(due('2024-04-18T02:00:00Z', SHANGHAI, { blockerEnabled: false })).toMatchObject({
      milestoneDay: '2024-04-18',
      blockerDay: null,
    });
  });

  it('count the day in the zone: 07:00 UTC is 09:00 in Berlin in summer, 13:00 in Urumqi', () => {
    expect(due('2024-04-18T06:59:00Z', 'Europe/Berlin').milestoneDay).toBeNull();
    expect(due('2024-04-18T07:00:00Z', 'Europe/Berlin').milestoneDay).toBe('2024-04-18');
    expect(due('2024-04-18T02:59:00Z', 'Asia/Urumqi').milestoneDay).toBeNull();
    expect(due('2024-04-18T03:00:00Z', 'Asia/Urumqi').milestoneDay).toBe('2024-04-18');
    // Shanghai's 09:00 that day has long passed, and Shanghai is already on the 19th at 16:00 UTC.
    expect(due('2024-04-18T16:00:00Z', 'Europe/Berlin')).toMatchObject({ today: '2024-04-18' });
  });

  it('a time skipped by the spring change is due at the jump; the autumn hour repeated stays one day', () => {
    // Berlin, 2024-03-31: 02:00 CET jumps to 03:00 CEST (01:00 UTC); 02:30 never shows on the clock.
    expect(due('2024-03-31T00:59:00Z', 'Europe/Berlin', { dailyTime: '02:30' }).milestoneDay).toBeNull();
    expect(due('2024-03-31T01:00:00Z', 'Europe/Berlin', { dailyTime: '02:30' }).milestoneDay).toBe(
      '2024-03-31',
    );
    // 2024-10-27: 03:00 CEST falls back to 02:00 CET; both 02:30s are the same day, so one period.
    const first = due('2024-10-27T00:30:00Z', 'Europe/Berlin', { dailyTime: '02:30' });
    const second = due('2024-10-27T01:30:00Z', 'Europe/Berlin', { dailyTime: '02:30' });
    expect([first.milestoneDay, second.milestoneDay]).toEqual(['2024-10-27', '2024-10-27']);
  });
});

describe('anything due', () => {
  it('is nothing before every set time and with everything off', () => {
    expect(anyDue(dueReminders(settings(), SHANGHAI, at('2024-04-15T00:00:00Z')))).toBe(false); // Mon 08:00
    expect(anyDue(dueReminders(settings(), SHANGHAI, at('2024-04-15T01:00:00Z')))).toBe(true); // Mon 09:00
    const off = settings({ filingEnabled: false, milestoneEnabled: false, blockerEnabled: false });
    expect(anyDue(dueReminders(off, SHANGHAI, at('2024-04-19T08:00:00Z')))).toBe(false);
  });
});
