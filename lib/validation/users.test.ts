import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldErrorsOf } from './errors';
import { createUserSchema, resetPasswordSchema, setUserDisabledSchema } from './users';

function errorsOf(schema: z.ZodType, input: Record<string, unknown>) {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a refusal');
  return fieldErrorsOf(r.error);
}

const KEY = '6f1c7c1e-3b0a-4c2e-9d2a-1f2e3d4c5b6a';
const newUser = {
  clientKey: KEY,
  username: ' Wang.Xiao_1 ',
  name: ' 王某 ',
  title: '项目建设科科员',
  role: 'official',
  zoneId: '1',
  password: 'secret-2024',
};

describe('createUserSchema', () => {
  it('lower-cases and trims the username, trims names, coerces the zone id', () => {
    expect(createUserSchema.parse(newUser)).toEqual({
      clientKey: KEY,
      username: 'wang.xiao_1',
      name: '王某',
      title: '项目建设科科员',
      role: 'official',
      zoneId: 1,
      password: 'secret-2024',
    });
  });

  it.each([[''], [undefined], [null]])('turns a zone of %o into null (the action decides)', (zoneId) => {
    expect(createUserSchema.parse({ ...newUser, zoneId }).zoneId).toBeNull();
  });

  it('keeps the password exactly as typed, spaces included', () => {
    expect(createUserSchema.parse({ ...newUser, password: ' pass word ' }).password).toBe(' pass word ');
  });

  it('defaults the title to empty and strips unknown fields (no forged hash or flags)', () => {
    const { title: _, ...rest } = newUser;
    const parsed = createUserSchema.parse({ ...rest, passwordHash: 'x', disabled: true, version: 9 });
    expect(parsed.title).toBe('');
    expect(Object.keys(parsed).sort()).toEqual([
      'clientKey',
      'name',
      'password',
      'role',
      'title',
      'username',
      'zoneId',
    ]);
  });

  it.each([
    ['ab', 'too short'],
    ['a'.repeat(33), 'too long'],
    ['wang xiao', 'a space'],
    ['王某', 'not ASCII'],
    ['wang@zone', 'another sign'],
  ])('refuses the username %s (%s)', (username) => {
    expect(errorsOf(createUserSchema, { ...newUser, username })).toEqual({
      username: ['userValidation.usernameFormat'],
    });
  });

  it('accepts usernames of 3 and 32 characters', () => {
    for (const username of ['abc', 'a'.repeat(32)]) {
      expect(createUserSchema.safeParse({ ...newUser, username }).success).toBe(true);
    }
  });

  it('says "required" once for empty fields', () => {
    expect(errorsOf(createUserSchema, { ...newUser, username: '  ', name: '', password: '' })).toEqual({
      username: ['validation.required'],
      name: ['validation.required'],
      password: ['validation.required'],
    });
  });

  it('bounds the password, the name and the title; knows the roles; needs a real zone id', () => {
    expect(
      errorsOf(createUserSchema, {
        ...newUser,
        password: 'short',
        name: '名'.repeat(41),
        title: '职'.repeat(61),
        role: 'root',
        zoneId: 'abc',
      }),
    ).toEqual({
      password: ['userValidation.passwordLength'],
      name: ['validation.tooLong'],
      title: ['validation.tooLong'],
      role: ['validation.invalid'],
      zoneId: ['validation.invalid'],
    });
    expect(errorsOf(createUserSchema, { ...newUser, password: 'x'.repeat(129) })).toEqual({
      password: ['userValidation.passwordLength'],
    });
    expect(createUserSchema.safeParse({ ...newUser, password: 'x'.repeat(128) }).success).toBe(true);
  });

  it('accepts every role', () => {
    for (const role of ['admin', 'supervisor', 'official', 'viewer']) {
      expect(createUserSchema.parse({ ...newUser, role }).role).toBe(role);
    }
  });
});

describe('resetPasswordSchema', () => {
  it('coerces ids and versions from FormData strings', () => {
    expect(resetPasswordSchema.parse({ userId: '7', version: '3', password: 'new-secret' })).toEqual({
      userId: 7,
      version: 3,
      password: 'new-secret',
    });
  });
  it('refuses a bad id, a missing version and a short password', () => {
    expect(errorsOf(resetPasswordSchema, { userId: 'x', password: '1234567' })).toEqual({
      userId: ['validation.invalid'],
      version: ['validation.invalid'],
      password: ['userValidation.passwordLength'],
    });
  });
});

describe('setUserDisabledSchema', () => {
  it.each([
    ['true', true],
    ['false', false],
    [true, true],
    [false, false],
  ])('reads disabled %o as %o', (disabled, expected) => {
    expect(setUserDisabledSchema.parse({ userId: 1, version: 1, disabled }).disabled).toBe(expected);
  });
  it.each([['yes'], ['1'], [''], [undefined]])('refuses disabled %o', (disabled) => {
    expect(errorsOf(setUserDisabledSchema, { userId: 1, version: 1, disabled })).toEqual({
      disabled: ['validation.invalid'],
    });
  });
});
