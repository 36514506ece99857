import { describe, expect, it } from 'vitest';
import { toPlainInput } from './plain-input';

describe('toPlainInput', () => {
  it('reads FormData, dropping Next’s own $ACTION fields and files', () => {
    const fd = new FormData();
    fd.append('status', 'done');
    fd.append('$ACTION_ID_abc', '');
    fd.append('file', new Blob(['x']));
    expect(toPlainInput(fd)).toEqual({ status: 'done', file: null });
  });
  it('copies plain objects and refuses everything else', () => {
    expect(toPlainInput({ a: 1 })).toEqual({ a: 1 });
    expect(toPlainInput(null)).toEqual({});
    expect(toPlainInput([1, 2])).toEqual({});
    expect(toPlainInput('status=done')).toEqual({});
  });
});
