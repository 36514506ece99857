import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { addDays, DATE_MIN, dateMax, zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { fieldErrorsOf } from './errors';
import {
  hasControlChar,
  id,
  isoDate,
  longText,
  optionalDate,
  optionalId,
  pastWeekStart,
  planYear,
  text,
  version,
  versionOrNone,
  wan,
} from './fields';

/** The one message a field builder gives for a value, or 'ok'. */
function verdict(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  if (r.success) return 'ok';
  return Object.values(fieldErrorsOf(r.error)).flat().join(' ');
}

describe('wan (whole 万元)', () => {
  it.each([
    [5, 5],
    ['5', 5],
    [' 12 ', 12],
    ['007', 7],
    [0, 0],
    ['0', 0],
  ])('takes %j as %j', (value, expected) => expect(wan().parse(value)).toBe(expected));

  it.each([
    ['', 'validation.required'],
    ['  ', 'validation.required'],
    [null, 'validation.required'],
    [undefined, 'validation.required'],
    [true, 'validation.wholeWan'],
    [false, 'validation.wholeWan'],
    [[5], 'validation.wholeWan'],
    [{}, 'validation.wholeWan'],
    ['0x10', 'validation.wholeWan'],
    ['1e3', 'validation.wholeWan'],
    ['1.5', 'validation.wholeWan'],
    [1.5, 'validation.wholeWan'],
    ['１２', 'validation.wholeWan'],
    ['+5', 'validation.wholeWan'],
    ['5万', 'validation.wholeWan'],
    ['-0', 'validation.wholeWan'],
    [-0, 'validation.wholeWan'],
    [Number.NaN, 'validation.wholeWan'],
    [Number.POSITIVE_INFINITY, 'validation.wholeWan'],
    ['-5', 'validation.notNegative'],
    [-5, 'validation.notNegative'],
    [1_000_000_001, 'validation.tooLarge'],
    ['99999999999999999999999', 'validation.tooLarge'],
  ])('refuses %j with %s', (value, message) => expect(verdict(wan(), value)).toBe(message));

  it('takes its own upper bound', () => {
    expect(verdict(wan(100), 100)).toBe('ok');
    expect(verdict(wan(100), '101')).toBe('validation.tooLarge');
  });
});

describe('id and version', () => {
  it.each([id, version])('take a positive int4 from a number or a digit string', (builder) => {
    expect(builder().parse(3)).toBe(3);
    expect(builder().parse('42')).toBe(42);
    expect(builder().parse(2_147_483_647)).toBe(2_147_483_647);
  });
  it.each([
    0,
    '0',
    -1,
    2_147_483_648,
    '2147483648',
    1.5,
    '1.0',
    '0x10',
    '1e3',
    true,
    [5],
    '',
    null,
    '１',
    -0,
  ])('refuse %j', (value) => {
    expect(verdict(id(), value)).not.toBe('ok');
    expect(verdict(version(), value)).not.toBe('ok');
  });
  it('an optional id is null when empty, and strict when given', () => {
    expect(optionalId().parse('')).toBeNull();
    expect(optionalId().parse(null)).toBeNull();
    expect(optionalId().parse(undefined)).toBeNull();
    expect(optionalId().parse('9')).toBe(9);
    expect(verdict(optionalId(), true)).toBe('validation.invalid');
    expect(verdict(optionalId(), '0x10')).toBe('validation.invalid');
  });
  it('a version or none is 0 only when explicitly empty', () => {
    expect(versionOrNone().parse('')).toBe(0);
    expect(versionOrNone().parse(null)).toBe(0);
    expect(versionOrNone().parse(undefined)).toBe(0);
    expect(versionOrNone().parse('3')).toBe(3);
    for (const bad of [true, [1], '1e3', '-1', 1.5, 2 ** 31])
      expect(verdict(versionOrNone(), bad)).toBe('validation.invalid');
  });
});

describe('the date window', () => {
  const today = zoneDateOf(new Date());
  it('accepts its own ends', () => {
    expect(isoDate().parse(DATE_MIN)).toBe(DATE_MIN);
    expect(isoDate().parse(dateMax())).toBe(dateMax());
  });
  it.each([
    ['0001-01-01', 'validation.dateRange'],
    ['1000-01-06', 'validation.dateRange'],
    ['1999-12-31', 'validation.dateRange'],
    ['9999-12-31', 'validation.dateRange'],
    ['2024-02-30', 'validation.date'],
    ['2024-4-1', 'validation.date'],
    ['', 'validation.required'],
  ])('refuses %s with %s', (value, message) => expect(verdict(isoDate(), value)).toBe(message));
  it('ends two years after today, on the zone clock', () => {
    expect(verdict(isoDate(), addDays(dateMax(), 1))).toBe('validation.dateRange');
    expect(dateMax(today) > addDays(today, 729)).toBe(true);
  });
  it('bounds an optional date too, which stays null when empty', () => {
    expect(optionalDate().parse('')).toBeNull();
    expect(verdict(optionalDate(), '0001-01-01')).toBe('validation.dateRange');
    expect(verdict(optionalDate(), '2024-02-30')).toBe('validation.date');
  });
  it('gives one message, so a rule chained after it only sees real dates', () => {
    const notInFuture = isoDate().refine((d) => d <= today, 'validation.notInFuture');
    expect(verdict(notInFuture, '9999-12-31')).toBe('validation.dateRange');
    expect(verdict(notInFuture, addDays(today, 1))).toBe('validation.notInFuture');
  });
});

describe('pastWeekStart', () => {
  const thisWeek = reportWeekOf(new Date()).start;
  it('takes this Monday and an earlier one in the window', () => {
    expect(pastWeekStart().parse(thisWeek)).toBe(thisWeek);
    expect(pastWeekStart().parse('2000-01-03')).toBe('2000-01-03');
  });
  it.each([
    ['0001-01-01', 'validation.dateRange'],
    ['1000-01-06', 'validation.dateRange'],
    ['1999-12-27', 'validation.dateRange'],
    ['2024-04-16', 'validation.weekStart'],
  ])('refuses %s with %s', (value, message) => expect(verdict(pastWeekStart(), value)).toBe(message));
  it('refuses next week', () => {
    expect(verdict(pastWeekStart(), addDays(thisWeek, 7))).toBe('validation.futureWeek');
  });
});

describe('planYear', () => {
  const year = Number(zoneDateOf(new Date()).slice(0, 4));
  it('runs from 2000 to the last year of the date window', () => {
    expect(planYear().parse('2000')).toBe(2000);
    expect(planYear().parse(year + 2)).toBe(year + 2);
    for (const bad of [1999, year + 3, '2024.0', '2e3', true, ''])
      expect(verdict(planYear(), bad)).not.toBe('ok');
  });
});

describe('control characters', () => {
  it('are found by hasControlChar, line breaks only outside multi-line text', () => {
    expect(hasControlChar('项目\u0000')).toBe(true);
    expect(hasControlChar('a\u001bb')).toBe(true);
    expect(hasControlChar('a\u007fb')).toBe(true);
    expect(hasControlChar('第一行\n第二行')).toBe(true);
    expect(hasControlChar('第一行\r\n\t第二行', true)).toBe(false);
    expect(hasControlChar('a\u0000b', true)).toBe(true);
    expect(hasControlChar('普通文字 English 123')).toBe(false);
  });
  it.each(['a\u0000b', '\u0000', 'x\u0007', 'a\u001b[31m', 'a\u007fb'])(
    'refuse %j in any text field',
    (v) => {
      expect(verdict(text(80), v)).toBe('validation.controlChars');
      expect(verdict(longText(2000), v)).toBe('validation.controlChars');
    },
  );
  it('one-line text refuses a line break or tab inside; multi-line text keeps them', () => {
    expect(verdict(text(80), '甲\n乙')).toBe('validation.controlChars');
    expect(verdict(text(80), '甲\t乙')).toBe('validation.controlChars');
    expect(longText(80).parse(' 甲\r\n\t乙 ')).toBe('甲\r\n\t乙');
  });
  it('trims the edges first (a pasted trailing tab is not an error)', () => {
    expect(text(80).parse(' 名称\t')).toBe('名称');
  });
});
