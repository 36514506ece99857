import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { addEmailChannelSchema } from './channel';
import { fieldErrorsOf } from './errors';

function errorsOf(schema: z.ZodType, input: Record<string, unknown>) {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a refusal');
  return fieldErrorsOf(r.error);
}

const server = {
  zoneId: '1',
  host: ' smtp.qiye.163.com ',
  port: '465',
  secure: 'true',
  user: 'notice@sd.gov.cn',
  password: ' p@ss word ',
  from: 'notice@sd.gov.cn',
};

describe('a mail server', () => {
  it('takes form strings: numbers, the TLS flag, a trimmed host, the password exactly as typed', () => {
    expect(addEmailChannelSchema.parse(server)).toEqual({
      zoneId: 1,
      host: 'smtp.qiye.163.com',
      port: 465,
      secure: true,
      user: 'notice@sd.gov.cn',
      password: ' p@ss word ',
      from: 'notice@sd.gov.cn',
    });
    expect(
      addEmailChannelSchema.parse({ ...server, host: '10.0.8.25', user: '', password: '' }),
    ).toMatchObject({
      host: '10.0.8.25',
    });
  });

  it.each([
    ['host', 'smtp.example.com/evil'],
    ['host', 'smtp example.com'],
    ['host', '-smtp.example.com'],
    ['host', `${'a'.repeat(64)}.example.com`],
    ['port', '0'],
    ['port', '65536'],
    ['port', '25.5'],
    ['from', 'notice'],
    ['from', 'a@b'],
    ['from', 'a@b.com\r\nBcc: c@d.com'],
    ['from', 'Name <a@b.com>'],
  ])('refuses %s %o', (field, value) => {
    expect(errorsOf(addEmailChannelSchema, { ...server, [field]: value })).toHaveProperty(field);
  });

  it('refuses a password without a user name', () => {
    expect(errorsOf(addEmailChannelSchema, { ...server, user: '' })).toEqual({
      user: ['channelValidation.userForPassword'],
    });
  });
});
