import { pinyin } from 'pinyin-pro';

// What a name is found by besides its own characters: the pinyin initials and the full pinyin, so that a phone
// keyboard's letters find a Chinese name (rsd or rishengda → 日盛达光伏玻璃生产线). A polyphone takes the reading
// pinyin-pro gives it in its context (its word list decides 重庆 → chongqing, 银行 → yinhang), otherwise the
// most common one.

/** Letters and digits only, lower-case, ü as v (as pinyin keyboards type it). */
const squash = (parts: string[]) =>
  parts
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The pinyin key of a name: its initials, a space, its full pinyin. The space keeps a search from matching
 * across the two halves (a query never holds one: see `pinyinQuery`). Latin letters and digits stay as they are.
 */
export function pinyinKey(name: string): string {
  const options = { toneType: 'none', type: 'array', v: true } as const;
  const initials = squash(pinyin(name, { ...options, pattern: 'first' }));
  const full = squash(pinyin(name, options));
  return `${initials} ${full}`;
}

/**
 * The part of a search that may be pinyin: letters (with digits) typed on a Latin keyboard, spaces and
 * apostrophes dropped (ri sheng da, xi'an). Null when the query holds anything else (Chinese is matched by the
 * name itself) or no letter at all (digits alone are matched by the name).
 */
export function pinyinQuery(q: string): string | null {
  const typed = q.toLowerCase().replace(/[\s']/g, '');
  return /^[a-z0-9]+$/.test(typed) && /[a-z]/.test(typed) ? typed : null;
}

/** A LIKE pattern that finds `q` anywhere, its own %, _ and \ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
