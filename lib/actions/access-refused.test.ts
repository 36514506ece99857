import { describe, expect, it } from 'vitest';
import { inputIds } from './access-refused';

describe('inputIds', () => {
  it('keeps whole-number ids and nothing else', () => {
    expect(
      inputIds({
        milestoneId: '12',
        userId: 7,
        id: 3,
        password: '123',
        note: 'x',
        versionId: 'abc',
        fooId: 1.5,
      }),
    ).toEqual({ milestoneId: 12, userId: 7, id: 3 });
    expect(inputIds('not an object')).toEqual({});
  });
});
