import { isIsoDate, zoneDateOf } from '@/lib/domain/dates';
import { z } from './zod';

// Field builders shared by every schema. Messages are i18n keys (messages/*.json → "validation.*"), so the
// browser and the server show the same words in the reader's language.

/** A database id arriving as a number or a FormData string. */
const INT4_MAX = 2_147_483_647;

export const id = () =>
  z.coerce
    .number()
    .int('validation.invalid')
    .positive('validation.invalid')
    .max(INT4_MAX, 'validation.invalid');

/** The version the editor saw, for the optimistic-lock check. */
export const version = () =>
  z.coerce
    .number()
    .int('validation.invalid')
    .positive('validation.invalid')
    .max(INT4_MAX, 'validation.invalid');

/** A required ISO date. */
export const isoDate = () =>
  z
    .string('validation.required')
    .trim()
    .min(1, 'validation.required')
    .refine((v) => isIsoDate(v), 'validation.date');

/** An ISO date, or null when the field is left empty. */
export const optionalDate = () =>
  z
    .string('validation.date')
    .nullable()
    .default(null)
    .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
    .refine((v) => v === null || isIsoDate(v), 'validation.date');

/** Whole 万元, not negative; 10 万亿元 is beyond any project and catches a slipped unit. */
export const wan = () =>
  z.coerce
    .number('validation.wholeWan')
    .int('validation.wholeWan')
    .min(0, 'validation.notNegative')
    .max(1_000_000_000, 'validation.tooLarge');

/** A nullable id: empty or null is none (a new row, an unset choice). */
export const optionalId = () =>
  z
    .union([z.literal(''), z.null(), id()])
    .default(null)
    .transform((v) => (v === '' ? null : v));

/** A plan's date: a real date within the years a plan can mean. */
export const planDate = () =>
  isoDate().refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'validation.dateRange');

/** No one reads page 10 000 of a list; the bound keeps the OFFSET well inside PostgreSQL's range. */
export const MAX_LIST_PAGE = 10_000;

/** A page of a long list named in a URL, else the first. */
export const listPage = () => z.coerce.number().int().min(1).max(MAX_LIST_PAGE).catch(1);

/** A phone number as people write it: digits, spaces, +, -, brackets, # for an extension. */
export const phone = () =>
  text(30)
    .regex(/^[0-9+\-\s()#]*$/, 'validation.phone')
    .default('');

export const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** Today in the zone's time zone; a function so that a long-open page does not keep yesterday. */
export const zoneToday = () => zoneDateOf(new Date());
