import { describe, expect, it } from 'vitest';
import { CAMPAIGN_BATCHES } from '@/db/schema/campaigns';
import { ageBucketOf } from './blocker-ages';
import { zoneDateOf } from './dates';
import {
  BATCHES,
  CAMPAIGN_KPIS,
  campaignKpis,
  mayBeListed,
  rate,
  scheduleProgress,
  successStages,
  yearElapsed,
} from './kpi';
import type { Stage } from './stages';

describe('rate', () => {
  it('is a percentage with one decimal, without float noise', () => {
    expect(rate(40, 68)).toBe(58.8);
    expect(rate(1, 3)).toBe(33.3);
    expect(rate(2, 3)).toBe(66.7);
    expect(rate(39, 43)).toBe(90.7); // the report's 签约项目开工率
    expect(rate(7, 20)).toBe(35);
    expect(rate(20, 20)).toBe(100);
    expect(rate(0, 5)).toBe(0);
    expect(rate(1, 8)).toBe(12.5);
    expect(rate(1, 16)).toBe(6.3); // 6.25: half rounds up
  });

  it('is null when nothing is counted, and refuses what is not a count', () => {
    expect(rate(0, 0)).toBeNull();
    expect(() => rate(1, 0)).toThrow(RangeError);
    expect(() => rate(-1, 3)).toThrow(RangeError);
    expect(() => rate(0.5, 3)).toThrow(RangeError);
  });
});

describe('campaign KPIs', () => {
  it('are one per batch, each succeeding at the next stage', () => {
    expect(BATCHES).toEqual(CAMPAIGN_BATCHES);
    expect(CAMPAIGN_KPIS.map((k) => k.batch)).toEqual(BATCHES);
    expect(CAMPAIGN_KPIS.map((k) => [k.batch, k.success])).toEqual([
      ['signed', 'under_construction'],
      ['started', 'in_production'],
      ['in_production', 'at_capacity'],
    ]);
    expect(successStages(CAMPAIGN_KPIS[0])).toEqual(['under_construction', 'in_production', 'at_capacity']);
    expect(successStages(CAMPAIGN_KPIS[2])).toEqual(['at_capacity']);
  });

  it('count listed projects once and those now at or past the success stage', () => {
    const stages = new Map<number, Stage>([
      [1, 'signed'],
      [2, 'under_construction'],
      [3, 'in_production'],
      [4, 'at_capacity'],
      [5, 'in_production'],
    ]);
    const entries = [
      { projectId: 1, batch: 'signed' },
      { projectId: 2, batch: 'signed' },
      { projectId: 2, batch: 'signed' }, // listed again in a later round
      { projectId: 3, batch: 'signed' },
      { projectId: 2, batch: 'started' },
      { projectId: 3, batch: 'started' },
      { projectId: 4, batch: 'in_production' },
      { projectId: 5, batch: 'in_production' },
    ] as const;
    expect(campaignKpis(entries, stages)).toEqual([
      { key: 'signedStarted', listed: [1, 2, 3], met: [2, 3], rate: 66.7 },
      { key: 'startedProducing', listed: [2, 3], met: [3], rate: 50 },
      { key: 'producingAtCapacity', listed: [4, 5], met: [4], rate: 50 },
    ]);
    expect(campaignKpis([], stages).map((k) => k.rate)).toEqual([null, null, null]);
  });

  it('let a project into a batch only once it reached the batch’s stage', () => {
    expect(mayBeListed('signed', 'negotiating')).toBe(false);
    expect(mayBeListed('signed', 'under_construction')).toBe(true);
    expect(mayBeListed('started', 'signed')).toBe(false);
    expect(mayBeListed('in_production', 'in_production')).toBe(true);
  });
});

describe('序时进度', () => {
  it('counts the days of the year elapsed by the end of the day, leap years included', () => {
    expect(yearElapsed('2024-01-01')).toEqual({ days: 1, of: 366 });
    expect(yearElapsed('2024-02-29')).toEqual({ days: 60, of: 366 });
    expect(yearElapsed('2024-12-31')).toEqual({ days: 366, of: 366 });
    expect(yearElapsed('2023-12-31')).toEqual({ days: 365, of: 365 });
    expect(yearElapsed('1900-03-01')).toEqual({ days: 60, of: 365 }); // 1900 was no leap year
    expect(yearElapsed('2000-03-01')).toEqual({ days: 61, of: 366 }); // 2000 was
  });

  it('is the completed share minus the elapsed share, in percentage points', () => {
    // 2024-04-15, the report's day: day 106 of 366 = 28.96…%
    expect(scheduleProgress(30_000, 100_000, '2024-04-15')).toEqual({
      completedShare: 30,
      elapsedShare: 29,
      gap: 1,
    });
    // 2024-07-01 is day 183 of 366, exactly half
    expect(scheduleProgress(40, 100, '2024-07-01')).toEqual({
      completedShare: 40,
      elapsedShare: 50,
      gap: -10,
    });
    // the same date a year earlier is day 182 of 365 = 49.86…%: just ahead with half done
    expect(scheduleProgress(50, 100, '2023-07-01')).toEqual({
      completedShare: 50,
      elapsedShare: 49.9,
      gap: 0.1,
    });
    // rounded once from the exact fractions: 1/3 − 60/366 = 16.94… pp
    expect(scheduleProgress(1, 3, '2024-02-29')?.gap).toBe(16.9);
    expect(scheduleProgress(0, 0, '2024-02-29')).toBeNull();
  });

  it('takes the year on the zone’s calendar: 31 December 16:30 UTC is already 1 January in Shanghai', () => {
    const today = zoneDateOf(new Date('2023-12-31T16:30:00Z'));
    expect(today).toBe('2024-01-01');
    expect(scheduleProgress(0, 366, today)).toEqual({ completedShare: 0, elapsedShare: 0.3, gap: -0.3 });
  });
});

describe('blocker age buckets', () => {
  it('split at a week and a month', () => {
    expect([0, 7, 8, 30, 31, 400].map((d) => ageBucketOf(d).key)).toEqual([
      'week',
      'week',
      'month',
      'month',
      'older',
      'older',
    ]);
  });
});
