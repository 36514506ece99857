import { describe, expect, it } from 'vitest';
import { advance, correct, type StageDates } from './stage-moves';

const dates: StageDates = {
  negotiatingOn: '2024-01-10',
  signedOn: '2024-02-01',
  constructionOn: null,
  productionOn: null,
  capacityOn: null,
};
const today = '2024-04-15';

describe('advance', () => {
  it('moves exactly one stage forward and records the date', () => {
    expect(advance('signed', 'under_construction', '2024-04-01', dates, today)).toEqual({
      ok: true,
      dates: { constructionOn: '2024-04-01' },
    });
  });
  it.each([
    ['signed', 'in_production'],
    ['signed', 'signed'],
    ['signed', 'negotiating'],
    ['at_capacity', 'at_capacity'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(advance(from, to, '2024-04-01', dates, today)).toEqual({ ok: false, reason: 'notNextStage' });
  });
  it('refuses a date before the current stage was reached, or after today', () => {
    expect(advance('signed', 'under_construction', '2024-01-31', dates, today)).toEqual({
      ok: false,
      reason: 'beforePreviousStage',
    });
    expect(advance('signed', 'under_construction', '2024-04-16', dates, today)).toEqual({
      ok: false,
      reason: 'inFuture',
    });
  });
});

describe('correct', () => {
  it('goes back any number of stages and clears the dates undone', () => {
    expect(correct('in_production', 'signed')).toEqual({
      ok: true,
      dates: { constructionOn: null, productionOn: null, capacityOn: null },
    });
  });
  it('refuses to go forward or stay', () => {
    expect(correct('signed', 'signed')).toEqual({ ok: false, reason: 'notEarlierStage' });
    expect(correct('signed', 'under_construction')).toEqual({ ok: false, reason: 'notEarlierStage' });
  });
});
