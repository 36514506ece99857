import { describe, expect, it } from 'vitest';
import { addDays, DATE_MIN, dateMax, daysBetween, isInDateWindow, isIsoDate, zoneDateOf } from './dates';

describe('zoneDateOf', () => {
  it('gives the Asia/Shanghai calendar date, not the UTC one', () => {
    // 2024-04-14 16:00 UTC is 2024-04-15 00:00 in Shanghai
    expect(zoneDateOf(new Date('2024-04-14T15:59:59Z'))).toBe('2024-04-14');
    expect(zoneDateOf(new Date('2024-04-14T16:00:00Z'))).toBe('2024-04-15');
  });
  it('turns the year in Shanghai eight hours before UTC does', () => {
    expect(zoneDateOf(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });
});

describe('addDays / daysBetween', () => {
  it('crosses month, leap day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
  });
  it('counts whole days both ways', () => {
    expect(daysBetween('2024-04-15', '2024-04-22')).toBe(7);
    expect(daysBetween('2024-04-22', '2024-04-15')).toBe(-7);
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
  });
});

describe('isIsoDate', () => {
  it.each(['2024-04-15', '2024-02-29'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2023-02-29', '2024-13-01', '2024-4-15', '15/04/2024', '', '2024-04-15T00:00'])(
    'refuses %s',
    (d) => expect(isIsoDate(d)).toBe(false),
  );
});

describe('the date window', () => {
  it('starts in 2000 and ends two years after today', () => {
    expect(DATE_MIN).toBe('2000-01-01');
    expect(dateMax('2025-06-30')).toBe('2027-06-30');
    expect(dateMax('2024-02-29')).toBe('2026-02-28');
  });
  it.each([
    ['2000-01-01', true],
    ['2027-06-30', true],
    ['1999-12-31', false],
    ['2027-07-01', false],
    ['0001-01-01', false],
    ['2025-02-29', false],
  ])('%s is inside it: %s', (date, inside) => expect(isInDateWindow(date, '2025-06-30')).toBe(inside));
});
