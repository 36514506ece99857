import { describe, expect, it } from 'vitest';
import { MILESTONE_TEMPLATES, templateMilestones } from './milestone-templates';

describe('templateMilestones', () => {
  it('spreads the kind’s milestones over the planned period, ending on its last day', () => {
    const ms = templateMilestones('pipeline', '2024-01-01', '2024-03-01');
    expect(ms).toEqual([
      { name: '洽谈', plannedOn: '2024-01-31' },
      { name: '签约', plannedOn: '2024-03-01' },
    ]);
  });
  it('keeps the report’s order and wording and ascending dates', () => {
    const ms = templateMilestones('new', '2024-04-15', '2025-04-15');
    expect(ms.map((m) => m.name)).toEqual(MILESTONE_TEMPLATES.new);
    expect(ms.at(-1)?.plannedOn).toBe('2025-04-15');
    const dates = ms.map((m) => m.plannedOn);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });
  it('falls back to one a month without a usable period', () => {
    expect(templateMilestones('pipeline', '2024-01-01', null).map((m) => m.plannedOn)).toEqual([
      '2024-01-31',
      '2024-03-01',
    ]);
  });
});
