import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { AT_RISK_DAYS, isLate, lightFromCounts, milestoneLight, worstLight } from './milestones';

const today = '2024-04-15';

describe('milestoneLight', () => {
  it('is green once done, however late', () => {
    expect(milestoneLight({ plannedOn: '2020-01-01', status: 'done' }, today)).toBe('green');
  });
  it('is red when the planned date has passed and it is not done', () => {
    expect(milestoneLight({ plannedOn: '2024-04-14', status: 'in_progress' }, today)).toBe('red');
    expect(milestoneLight({ plannedOn: '2024-04-14', status: 'not_started' }, today)).toBe('red');
  });
  it('is yellow from the planned day back to the at-risk threshold', () => {
    expect(milestoneLight({ plannedOn: today, status: 'in_progress' }, today)).toBe('yellow');
    expect(milestoneLight({ plannedOn: addDays(today, AT_RISK_DAYS), status: 'not_started' }, today)).toBe(
      'yellow',
    );
  });
  it('is green when further away than the threshold', () => {
    expect(
      milestoneLight({ plannedOn: addDays(today, AT_RISK_DAYS + 1), status: 'not_started' }, today),
    ).toBe('green');
  });
});

describe('isLate', () => {
  it('agrees with the red light', () => {
    for (const plannedOn of ['2024-04-10', today, '2024-05-01']) {
      for (const status of ['not_started', 'in_progress', 'done'] as const) {
        expect(isLate({ plannedOn, status }, today)).toBe(
          milestoneLight({ plannedOn, status }, today) === 'red',
        );
      }
    }
  });
});

describe('worstLight', () => {
  it('takes the worst, green when there is nothing', () => {
    expect(worstLight([])).toBe('green');
    expect(worstLight(['green', 'yellow'])).toBe('yellow');
    expect(worstLight(['yellow', 'red', 'green'])).toBe('red');
  });
});

describe('lightFromCounts', () => {
  it('agrees with worstLight over the same milestones', () => {
    const sets = [[], ['green'], ['green', 'yellow'], ['yellow', 'red'], ['red']] as const;
    for (const lights of sets) {
      const counts = {
        lateCount: lights.filter((l) => l === 'red').length,
        dueSoonCount: lights.filter((l) => l === 'yellow').length,
      };
      expect(lightFromCounts(counts)).toBe(worstLight(lights));
    }
  });
  it('is red with an overdue blocker, whatever the milestones', () => {
    expect(lightFromCounts({ lateCount: 0, dueSoonCount: 0, overdueBlockers: 1 })).toBe('red');
  });
});
