// Rules of the weekly progress report (周调度).

/** Whitespace and punctuation width do not make a report new; the words do. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** "与上周雷同": this week's progress repeats last week's word for word. */
export function repeatsLastWeek(
  current: string | null | undefined,
  previous: string | null | undefined,
): boolean {
  if (!current || !previous) return false;
  const a = normalise(current);
  return a !== '' && a === normalise(previous);
}
