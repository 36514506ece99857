import { describe, expect, it } from 'vitest';
import { isWeekStart, nextWeek, previousWeek, reportWeekContaining, reportWeekOf } from './report-weeks';

describe('reportWeekOf (Asia/Shanghai)', () => {
  it('keeps Sunday 23:59 in the week that is ending', () => {
    // Sunday 2024-04-21 23:59 in Shanghai = 15:59 UTC
    expect(reportWeekOf(new Date('2024-04-21T15:59:59Z'))).toMatchObject({
      start: '2024-04-15',
      end: '2024-04-21',
    });
  });
  it('starts the next week at Monday 00:00, while it is still Sunday in UTC', () => {
    expect(reportWeekOf(new Date('2024-04-21T16:00:00Z'))).toMatchObject({
      start: '2024-04-22',
      end: '2024-04-28',
    });
  });
});

describe('reportWeekContaining', () => {
  it('numbers weeks the ISO way', () => {
    expect(reportWeekContaining('2024-04-15')).toEqual({
      start: '2024-04-15',
      end: '2024-04-21',
      year: 2024,
      number: 16,
    });
  });
  it('gives a week across a year end to the year of its Thursday', () => {
    // Mon 2024-12-30 … Sun 2025-01-05: Thursday is 2025-01-02
    expect(reportWeekContaining('2024-12-31')).toMatchObject({ start: '2024-12-30', year: 2025, number: 1 });
    expect(reportWeekContaining('2025-01-05')).toMatchObject({ start: '2024-12-30', year: 2025, number: 1 });
    // Mon 2026-12-28 … Sun 2027-01-03: Thursday is 2026-12-31, so week 53 of 2026
    expect(reportWeekContaining('2027-01-01')).toMatchObject({ start: '2026-12-28', year: 2026, number: 53 });
    // Mon 2023-01-02 starts week 1; Sunday 2023-01-01 is the last day of 2022's week 52
    expect(reportWeekContaining('2023-01-01')).toMatchObject({ start: '2022-12-26', year: 2022, number: 52 });
  });
  it('steps week by week', () => {
    const w = reportWeekContaining('2025-01-01');
    expect(previousWeek(w)).toMatchObject({ start: '2024-12-23', year: 2024, number: 52 });
    expect(nextWeek(w)).toMatchObject({ start: '2025-01-06', number: 2 });
    expect(isWeekStart('2025-01-06')).toBe(true);
    expect(isWeekStart('2025-01-05')).toBe(false);
  });
});
