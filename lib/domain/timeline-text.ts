import type { TimelineEntry, TimelineLine, TimelineValue } from './timeline';

/**
 * What the text needs of a translator: next-intl's, from getTranslations() or translatorFor(), fits as it is
 * (their keys are typed by the catalogue; a line's key is checked against it by the catalogue tests instead).
 */
export interface LineTranslator {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

function valueText(t: LineTranslator, value: TimelineValue): string | number {
  if (typeof value !== 'object') return value;
  if ('wan' in value) return t('money.wan' as never, { amount: value.wan } as never);
  // The project's field names are the timeline's own words; the other vocabularies are the app's.
  const key = value.term === 'fields' ? `timeline.fields.${value.code}` : `${value.term}.${value.code}`;
  // A code the catalogue does not know (an older row's) is shown as it was recorded.
  return t.has(key as never) ? t(key as never) : value.code;
}

export function lineText(t: LineTranslator, line: TimelineLine): string {
  const values = Object.fromEntries(Object.entries(line.values).map(([k, v]) => [k, valueText(t, v)]));
  return t(line.key as never, values as never);
}

/** An entry in the reader's language: its headline and the lines under it. */
export function entryText(t: LineTranslator, entry: TimelineEntry): { headline: string; details: string[] } {
  return { headline: lineText(t, entry), details: entry.details.map((d) => lineText(t, d)) };
}
