import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './errors';
import { noticeSettingsSchema } from './notice-settings';

function errorsOf(input: Record<string, unknown>) {
  const r = noticeSettingsSchema.safeParse({ version: 1, email: '', emailGroups: [], ...input });
  if (r.success) throw new Error('expected a refusal');
  return Object.keys(fieldErrorsOf(r.error));
}

describe('one’s e-mail settings', () => {
  it('allow no address, and take the ticked groups (react-hook-form sends false for none)', () => {
    expect(noticeSettingsSchema.parse({ version: 3, email: ' ', emailGroups: false })).toEqual({
      version: 3,
      email: '',
      emailGroups: [],
    });
    expect(
      noticeSettingsSchema.parse({ version: '3', email: 'Xu@SD.gov.cn', emailGroups: ['plan', 'chasing'] }),
    ).toEqual({ version: 3, email: 'Xu@SD.gov.cn', emailGroups: ['plan', 'chasing'] });
  });

  it.each([
    ['email', 'xu@'],
    ['email', `${'x'.repeat(250)}@a.cn`],
    ['emailGroups', ['everything']],
  ])('refuse %s %o', (field, value) => {
    expect(errorsOf({ [field]: value })[0]).toMatch(new RegExp(`^${field}`));
  });
});
