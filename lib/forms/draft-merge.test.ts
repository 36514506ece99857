import { describe, expect, it } from 'vitest';
import { mergeDraft } from './draft-merge';

const base = { milestoneId: 7, version: 3, status: 'in_progress', actualOn: '', note: '设备到货' };

describe('mergeDraft', () => {
  it('keeps what the user typed, takes the newer version and the fields only the other person changed', () => {
    const draft = { ...base, note: '张某：调试中' };
    const newer = { ...base, version: 4, status: 'done', actualOn: '2024-04-20' };
    expect(mergeDraft(base, draft, newer)).toEqual({
      values: { ...newer, note: '张某：调试中' },
      contested: [],
    });
  });

  it('names the fields both changed to different values, and only those', () => {
    const draft = { ...base, note: '张某：调试中', status: 'done' };
    const newer = { ...base, version: 4, note: '刘某：已点火', status: 'done' };
    const merged = mergeDraft(base, draft, newer);
    expect(merged.contested).toEqual(['note']);
    expect(merged.values).toMatchObject({ version: 4, note: '张某：调试中', status: 'done' });
  });

  it('compares as the input shows a value: "12" from an input is the 12 the server sent', () => {
    const start = { version: 1, investment: 12, nextPlan: null as string | null };
    const draft = { version: 1, investment: '12', nextPlan: '' };
    const newer = { version: 2, investment: 30, nextPlan: '签约' };
    expect(mergeDraft<Record<string, unknown>>(start, draft, newer)).toEqual({
      values: newer,
      contested: [],
    });
  });
});
