import { DATE_MIN, dateMax, isInDateWindow, isIsoDate, zoneDateOf } from '@/lib/domain/dates';
import { isWeekStart, reportWeekOf } from '@/lib/domain/report-weeks';
import { z } from './zod';

// Field builders shared by every schema. Messages are i18n keys (messages/*.json → "validation.*"), so the
// browser and the server show the same words in the reader's language.

/** PostgreSQL's `integer`: the largest id or version a row can have. */
export const INT4_MAX = 2_147_483_647;
const WHOLE_NUMBER = /^-?[0-9]+$/;

/**
 * A whole number as a client sends it: a JSON number, or a string of ASCII digits (FormData, an <input>).
 * Nothing else: `z.coerce` would read true as 1, [5] as 5, "0x10" as 16, "1e3" as 1000 and "" as 0. Empty or
 * missing is "required"; a minus sign is let through so that the range check can say "not negative".
 */
export const wholeNumber = (message: string, emptyMessage = 'validation.required') =>
  z
    .union([z.number(), z.string()], {
      error: (issue) => (issue.input === undefined || issue.input === null ? emptyMessage : message),
    })
    .transform((value, ctx) => {
      const digits = typeof value === 'string' ? value.trim() : null;
      if (digits === '') ctx.addIssue({ code: 'custom', message: emptyMessage });
      else if (digits !== null && (!WHOLE_NUMBER.test(digits) || /^-0+$/.test(digits)))
        ctx.addIssue({ code: 'custom', message });
      else if (Object.is(value, -0)) ctx.addIssue({ code: 'custom', message });
      else return Number(value);
      return z.NEVER;
    })
    // Not .int(): that also refuses a huge whole number, which the caller's bound calls "too large".
    .pipe(z.number(message).refine(Number.isInteger, message));

/** A positive int4: a row's id or version. Missing is "invalid" too: the form sends it, not the person. */
const positiveInt4 = () =>
  wholeNumber('validation.invalid', 'validation.invalid').pipe(
    z.number().positive('validation.invalid').max(INT4_MAX, 'validation.invalid'),
  );

/** A database id arriving as a number or a FormData string. */
export const id = () => positiveInt4();

/** The version the editor saw, for the optimistic-lock check. */
export const version = () => positiveInt4();

/**
 * The version of a row the editor saw, or 0 when it saw none yet ("" or null: the first filing of a week, a
 * week never closed); the action compares it with the stored row's version, 0 when there is no row.
 */
export const versionOrNone = () =>
  z
    .union([z.literal(''), z.null(), wholeNumber('validation.invalid')])
    .default(null)
    .transform((v) => (v === '' || v === null ? 0 : v))
    .pipe(z.number().min(0, 'validation.invalid').max(INT4_MAX, 'validation.invalid'));

/**
 * A required ISO date inside the date window (DATE_MIN … dateMax(), lib/domain/dates.ts): every date an action
 * stores. Each step stops at its first failure, so a field shows one message and the schema's own rules
 * (not in the future …) only see real dates.
 */
export const isoDate = () =>
  z
    .string('validation.required')
    .trim()
    .min(1, { message: 'validation.required', abort: true })
    .refine((v) => isIsoDate(v), { message: 'validation.date', abort: true })
    .refine((v) => isInDateWindow(v), { message: 'validation.dateRange', abort: true });

/** An ISO date inside the window, or null when the field is left empty. */
export const optionalDate = () =>
  z
    .string('validation.date')
    .nullable()
    .default(null)
    .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
    .refine((v) => v === null || isIsoDate(v), { message: 'validation.date', abort: true })
    .refine((v) => v === null || isInDateWindow(v), 'validation.dateRange');

/** A report week named by its Monday, this week or an earlier one (a week is filed or closed once it began). */
export const pastWeekStart = () =>
  isoDate()
    .refine(isWeekStart, { message: 'validation.weekStart', abort: true })
    .refine((d) => d <= reportWeekOf(new Date()).start, 'validation.futureWeek');

/** The year the key-project plan is for: within the date window's years. */
export const planYear = () =>
  wholeNumber('validation.invalid').pipe(
    z
      .number()
      .min(Number(DATE_MIN.slice(0, 4)), 'validation.invalid')
      .refine((y) => y <= Number(dateMax().slice(0, 4)), 'validation.invalid'),
  );

/** 10 万亿元 is beyond any project and catches a slipped unit. */
const MAX_WAN = 1_000_000_000;

/** Whole 万元, not negative, at most `max` (a weekly figure has its own smaller bound). */
export const wan = (max: number = MAX_WAN) =>
  wholeNumber('validation.wholeWan').pipe(
    z.number().min(0, 'validation.notNegative').max(max, 'validation.tooLarge'),
  );

/** A nullable id: empty or null is none (a new row, an unset choice). */
export const optionalId = () =>
  z
    .union([z.literal(''), z.null(), id()])
    .default(null)
    .transform((v) => (v === '' ? null : v));

/** No one reads page 10 000 of a list; the bound keeps the OFFSET well inside PostgreSQL's range. */
export const MAX_LIST_PAGE = 10_000;

/** A page of a long list named in a URL, else the first. */
export const listPage = () => z.coerce.number().int().min(1).max(MAX_LIST_PAGE).catch(1);

/** A phone number as people write it: digits, spaces, +, -, brackets, # for an extension. */
export const phone = () =>
  text(30)
    .regex(/^[0-9+\-\s()#]*$/, 'validation.phone')
    .default('');

/** A checkbox or hidden field posts "true"/"false"; an object input sends a real boolean. */
export const flag = () =>
  z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean('validation.invalid'));

/**
 * An e-mail address as a mail server takes it (RFC 5321 caps it at 254): no spaces, quotes or brackets in the
 * local part, a dotted domain name. Stricter than the RFC on purpose: it goes into a mail header as it is.
 */
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
export const isEmailAddress = (value: string) => EMAIL_PATTERN.test(value);
export const emailAddress = (message: string) => text(254).refine(isEmailAddress, message);

/**
 * C0 control characters and DEL: PostgreSQL refuses NUL in text and jsonb, and the others are invisible in a
 * page or a spreadsheet. A multi-line field keeps tab, line feed and carriage return.
 */
export function hasControlChar(value: string, multiline = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (multiline && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

const plainText = (max: number, multiline: boolean) =>
  z
    .string('validation.invalid')
    .trim()
    .refine((v) => !hasControlChar(v, multiline), { message: 'validation.controlChars', abort: true })
    .max(max, 'validation.tooLong');

/** One line of text (a name, a title). */
export const text = (max: number) => plainText(max, false);

/** Text that may run over lines (a textarea: a description, a note, a reason). */
export const longText = (max: number) => plainText(max, true);

/** Today in the zone's time zone; a function so that a long-open page does not keep yesterday. */
export const zoneToday = () => zoneDateOf(new Date());

/**
 * A create form's key, made once per form in the browser: a replayed or double-clicked submit carries the same
 * key and gets the first answer back (lib/actions/submit-once.ts).
 */
export const clientKey = () => z.uuid('validation.invalid');
