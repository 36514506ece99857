import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './errors';
import { reminderSettingsSchema } from './reminders';

const valid = {
  zoneId: 1,
  version: 0,
  filingEnabled: true,
  filingWeekday: 4,
  filingTime: '16:00',
  milestoneEnabled: false,
  milestoneDays: 7,
  blockerEnabled: true,
  dailyTime: '09:00',
  chaseQuietHours: 12,
};
const errorsOf = (over: Record<string, unknown>) => {
  const result = reminderSettingsSchema.safeParse({ ...valid, ...over });
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('a zone’s reminder settings as sent', () => {
  it('takes what a form posts: strings of digits, "true"/"false", a zone with no row yet as version ""', () => {
    const parsed = reminderSettingsSchema.parse({
      ...valid,
      version: '',
      filingEnabled: 'false',
      filingWeekday: '7',
      milestoneDays: '60',
      chaseQuietHours: '168',
      dailyTime: ' 00:00 ',
    });
    expect(parsed).toMatchObject({
      version: 0,
      filingEnabled: false,
      filingWeekday: 7,
      milestoneDays: 60,
      chaseQuietHours: 168,
      dailyTime: '00:00',
    });
  });

  it('refuses a clock time that is not HH:MM of a real day', () => {
    for (const time of ['24:00', '9:00', '09:60', '29:59', '09:00:00', '', '九点'])
      expect(errorsOf({ filingTime: time }), time).toEqual({ filingTime: ['reminderValidation.time'] });
    expect(errorsOf({ filingTime: '23:59' })).toEqual({});
  });

  it('holds days ahead to 1–60, the quiet period to 1–168 hours, the weekday to 1–7', () => {
    expect(errorsOf({ milestoneDays: 0 })).toEqual({ milestoneDays: ['reminderValidation.days'] });
    expect(errorsOf({ milestoneDays: 61 })).toEqual({ milestoneDays: ['reminderValidation.days'] });
    expect(errorsOf({ milestoneDays: 1.5 })).toEqual({ milestoneDays: ['reminderValidation.days'] });
    expect(errorsOf({ chaseQuietHours: 0 })).toEqual({ chaseQuietHours: ['reminderValidation.quietHours'] });
    expect(errorsOf({ chaseQuietHours: 169 })).toEqual({
      chaseQuietHours: ['reminderValidation.quietHours'],
    });
    expect(errorsOf({ filingWeekday: 0 })).toEqual({ filingWeekday: ['validation.invalid'] });
    expect(errorsOf({ filingWeekday: 8 })).toEqual({ filingWeekday: ['validation.invalid'] });
  });

  it('refuses a switch that is not a yes or no', () => {
    expect(errorsOf({ blockerEnabled: 'yes' })).toEqual({ blockerEnabled: ['validation.invalid'] });
  });
});
