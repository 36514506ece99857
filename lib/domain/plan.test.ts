import { describe, expect, it } from 'vitest';
import {
  asProposal,
  diffPlan,
  type PlanContent,
  planChangeCount,
  proposalProblem,
  slippageDays,
  totalDelayDays,
} from './plan';

const base: PlanContent = {
  milestones: [
    { id: 1, name: '开工', plannedOn: '2024-03-01' },
    { id: 2, name: '主体封顶', plannedOn: '2024-07-01' },
    { id: 3, name: '投产', plannedOn: '2024-12-31' },
  ],
  figures: { annualPlannedInvestment: 5000, plannedStartOn: '2024-03-01', plannedFinishOn: '2024-12-31' },
};

describe('plan diff', () => {
  it('an unchanged proposal changes nothing and cannot be filed', () => {
    expect(diffPlan(base, asProposal(base))).toEqual([]);
    expect(proposalProblem(base, asProposal(base))).toBe('planValidation.nothingChanged');
  });

  it('lists every kind of change in one diff', () => {
    const proposed = asProposal(base);
    proposed.milestones = [
      { id: 2, name: '主体结构封顶', plannedOn: '2024-08-15' },
      { id: 1, name: '开工', plannedOn: '2024-03-01' },
      { id: null, name: '设备安装', plannedOn: '2024-10-01' },
    ];
    proposed.figures.annualPlannedInvestment = 4000;
    expect(diffPlan(base, proposed)).toEqual([
      { kind: 'rename', id: 2, from: '主体封顶', to: '主体结构封顶' },
      { kind: 'redate', id: 2, name: '主体结构封顶', from: '2024-07-01', to: '2024-08-15' },
      { kind: 'remove', id: 3, name: '投产', plannedOn: '2024-12-31' },
      { kind: 'add', name: '设备安装', plannedOn: '2024-10-01' },
      { kind: 'reorder' },
      { kind: 'figure', field: 'annualPlannedInvestment', from: 5000, to: 4000 },
    ]);
    expect(proposalProblem(base, proposed)).toBeNull();
  });

  it('removing one milestone is not a reorder of the others', () => {
    const proposed = asProposal(base);
    proposed.milestones.splice(1, 1);
    expect(diffPlan(base, proposed).map((c) => c.kind)).toEqual(['remove']);
  });

  it('refuses milestones that are not in the base, or named twice', () => {
    const foreign = asProposal(base);
    foreign.milestones.push({ id: 99, name: 'x', plannedOn: '2024-01-01' });
    expect(proposalProblem(base, foreign)).toBe('planValidation.unknownMilestone');
    const twice = asProposal(base);
    twice.milestones.push({ id: 1, name: '开工', plannedOn: '2024-04-01' });
    expect(proposalProblem(base, twice)).toBe('planValidation.unknownMilestone');
  });
});

describe('slippage', () => {
  it('counts days from the first approved date; a draft has none', () => {
    expect(slippageDays({ plannedOn: '2024-05-10', baselineOn: '2024-04-28' })).toBe(12);
    expect(slippageDays({ plannedOn: '2024-04-20', baselineOn: '2024-04-28' })).toBe(-8);
    expect(slippageDays({ plannedOn: '2025-12-31', baselineOn: null })).toBe(0);
  });

  it('adds up delays only', () => {
    expect(
      totalDelayDays([
        { plannedOn: '2024-05-10', baselineOn: '2024-04-28' },
        { plannedOn: '2024-04-20', baselineOn: '2024-04-28' },
        { plannedOn: '2024-06-30', baselineOn: '2024-06-01' },
      ]),
    ).toBe(12 + 29);
  });

  it('the year’s first version is the approval, not a change', () => {
    expect([0, 1, 2, 5].map(planChangeCount)).toEqual([0, 0, 1, 4]);
  });
});
