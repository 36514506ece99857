import { describe, expect, it } from 'vitest';
import { reportWeekContaining } from './report-weeks';
import { assembleReport, blockerMark, type ReportRow, reportFromSnapshot } from './weekly-report';

const week = reportWeekContaining('2024-04-15'); // Mon 04-15 … Sun 04-21

describe('blockerMark', () => {
  it.each([
    ['2024-04-15', null, 'new'],
    ['2024-04-21', null, 'new'],
    ['2024-04-14', null, 'ongoing'],
    ['2024-04-01', '2024-04-22', 'ongoing'],
    ['2024-04-01', '2024-04-21', 'closed'],
    ['2024-04-16', '2024-04-17', 'closed'],
    ['2024-04-22', null, null],
    ['2024-04-01', '2024-04-14', null],
  ] as const)('raised %s, closed %s → %s', (raised, closed, mark) => {
    expect(blockerMark(raised, closed, week)).toBe(mark);
  });
});

describe('assembleReport', () => {
  const row = (
    park: string,
    money: number,
    filed: boolean,
    marks: ('new' | 'ongoing' | 'closed')[] = [],
  ): ReportRow => ({
    projectId: money,
    name: `p${money}`,
    enterprise: 'e',
    parkId: park.charCodeAt(0),
    park,
    kind: 'new',
    stage: 'signed',
    totalInvestment: money,
    annualPlanned: money / 2,
    yearToDate: money / 4,
    weekInvestment: 1,
    filed,
    progress: '',
    nextPlan: '',
    blockers: marks.map((mark) => ({ category: 'land', title: 't', mark })),
    leader: '',
    cadre: '',
    liaison: '',
    light: 'green',
    planChanges: 1,
    delayDays: money,
  });

  it('groups by park in order with subtotals, a grand total and the summary', () => {
    const report = assembleReport({ zone: 'z', week, asOf: 'now', closed: false }, [
      row('A', 100, true, ['new']),
      row('A', 200, false),
      row('B', 40, true, ['ongoing', 'closed']),
    ]);
    expect(report.groups.map((g) => [g.park, g.rows.length, g.subtotal.totalInvestment])).toEqual([
      ['A', 2, 300],
      ['B', 1, 40],
    ]);
    expect(report.total).toEqual({
      totalInvestment: 340,
      annualPlanned: 170,
      yearToDate: 85,
      weekInvestment: 3,
    });
    expect(report.summary).toEqual({
      projects: 3,
      filed: 2,
      notFiled: 1,
      blockersNew: 1,
      blockersOngoing: 1,
      blockersClosed: 1,
    });
  });
});

describe('reportFromSnapshot', () => {
  const report = assembleReport({ zone: 'z', week, asOf: 'now', closed: true }, [
    {
      projectId: 1,
      name: 'p',
      enterprise: 'e',
      parkId: 1,
      park: 'A',
      kind: 'new',
      stage: 'signed',
      totalInvestment: 10,
      annualPlanned: 5,
      yearToDate: 2,
      weekInvestment: 1,
      filed: true,
      progress: '',
      nextPlan: '',
      blockers: [],
      leader: '',
      cadre: '',
      liaison: '',
      light: 'green',
      planChanges: 2,
      delayDays: 30,
    },
  ]);

  it('reads a snapshot closed before the plan baselines with 0 changes and 0 days of delay', () => {
    // As stored then: JSON without the two fields.
    const old = JSON.parse(
      JSON.stringify(report, (k, v) => (k === 'planChanges' || k === 'delayDays' ? undefined : v)),
    );
    const read = reportFromSnapshot(old);
    expect(read.groups[0]?.rows[0]).toMatchObject({ planChanges: 0, delayDays: 0, name: 'p' });
    expect({ ...read, groups: [] }).toEqual({ ...report, groups: [] });
  });

  it('keeps the figures of a snapshot that has them', () => {
    expect(reportFromSnapshot(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });
});
