import { type IsoDate, isIsoDate } from './dates';
import type { ChangeFacts, Described, TermSet, TimelineLine, TimelineValue } from './timeline';

// Reading an audit row's JSON, which may come from an older version of the app (every reader gives null for a
// field that is missing or of another type, and the lines show UNSET in its place), and building its lines.

export type Json = Record<string, unknown>;

/** Shown for a value the row does not hold. */
export const UNSET = '—';

export const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A non-empty string. */
export function str(o: Json, key: string): string | null {
  const value = o[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A whole number (bigint columns arrive as numbers; older rows may hold them as digit strings). */
export function whole(o: Json, key: string): number | null {
  const value = o[key];
  const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : null;
}

export function date(o: Json, key: string): IsoDate | null {
  const value = o[key];
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

/** A code of a closed vocabulary (a stage…), or null for anything else. */
export const oneOf = <T extends string>(codes: readonly T[], o: Json, key: string): T | null =>
  codes.find((c) => c === o[key]) ?? null;

/** True when both sides hold the field and its value differs (a field missing on one side says nothing). */
export function differs(before: Json, after: Json, key: string): boolean {
  return key in before && key in after && before[key] !== after[key];
}

const CLIP = 120;

/** Free text shortened for a line: a long report or comment is read in its own place. */
function clip(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > CLIP ? `${chars.slice(0, CLIP).join('')}…` : chars.join('');
}

// Building lines.

export const line = (key: TimelineLine['key'], values: TimelineLine['values'] = {}): TimelineLine => ({
  key,
  values,
});

export const entry = (head: TimelineLine, details: (TimelineLine | null)[] = []): Described => ({
  ...head,
  details: details.filter((d): d is TimelineLine => d !== null),
});

/** A value the row may lack. */
export const shown = (value: string | number | null): TimelineValue => value ?? UNSET;

export const term = (set: TermSet, code: string | null): TimelineValue =>
  code === null ? UNSET : { term: set, code };

export const wan = (amount: number | null): TimelineValue => (amount === null ? UNSET : { wan: amount });

/** A line of free text (a reason, a note), or nothing when the row has none. */
export const textLine = (key: TimelineLine['key'], text: string | null): TimelineLine | null =>
  text === null ? null : line(key, { text: clip(text) });

/** The person of a row's user id, by the names looked up for the page. */
export const person = (facts: ChangeFacts, id: number | null): TimelineValue =>
  (id === null ? null : facts.people.get(id)) ?? UNSET;
