import { describe, expect, it } from 'vitest';
import { isAtOrPast, nextStage, STAGES } from './stages';

describe('stages', () => {
  it('run 洽谈 → 签约 → 开工 → 投产 → 达效, one at a time', () => {
    expect(STAGES.map(nextStage)).toEqual([
      'signed',
      'under_construction',
      'in_production',
      'at_capacity',
      null,
    ]);
  });
  it('compare by order', () => {
    expect(isAtOrPast('in_production', 'under_construction')).toBe(true);
    expect(isAtOrPast('under_construction', 'under_construction')).toBe(true);
    expect(isAtOrPast('signed', 'under_construction')).toBe(false);
  });
});
