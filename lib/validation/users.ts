import { USER_ROLES } from '@/lib/domain/vocabulary';
import { clientKey, flag, hasControlChar, id, text, version } from './fields';
import { z } from './zod';

// Messages are i18n keys: the generic ones under "validation.", those of user management under
// "userValidation." (lib/i18n/messages/*/users.json).

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Stored lower-cased: sign-in and the unique index compare usernames case-insensitively. */
const username = () =>
  z
    .string('validation.required')
    .trim()
    .toLowerCase()
    .min(1, { message: 'validation.required', abort: true })
    .regex(USERNAME_PATTERN, 'userValidation.usernameFormat');

/** Not trimmed: every character the admin typed is part of the password. */
const password = () =>
  z
    .string('validation.required')
    .min(1, { message: 'validation.required', abort: true })
    .min(PASSWORD_MIN, 'userValidation.passwordLength')
    .max(PASSWORD_MAX, 'userValidation.passwordLength')
    .refine((v) => !hasControlChar(v), 'validation.controlChars');

/** An id, or null when left empty (a select's "none" option, or a field not sent at all). */
const optionalId = () => z.preprocess((v) => (v === '' || v === undefined ? null : v), id().nullable());

/**
 * A new account. No zone means "the admin's own zone" for a zone admin and "city level" for a city admin;
 * the action decides, because only it knows who asks.
 */
export const createUserSchema = z.object({
  clientKey: clientKey(),
  username: username(),
  name: text(40).min(1, 'validation.required'),
  title: text(60).default(''),
  role: z.enum(USER_ROLES, 'validation.invalid'),
  zoneId: optionalId(),
  password: password(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUser = z.output<typeof createUserSchema>;

export const resetPasswordSchema = z.object({
  userId: id(),
  version: version(),
  password: password(),
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
export type ResetPassword = z.output<typeof resetPasswordSchema>;

export const setUserDisabledSchema = z.object({
  userId: id(),
  version: version(),
  disabled: flag(),
});
export type SetUserDisabledInput = z.input<typeof setUserDisabledSchema>;
export type SetUserDisabled = z.output<typeof setUserDisabledSchema>;
