// How long active blockers have waited, in the dashboard's buckets: the point is to solve problems "at once"
// (第一时间发现解决), so a week, a month and older are the steps a supervisor reads. Days count from the day
// the blocker was raised (its age on the queue, lib/queries/blockers.ts).

export const BLOCKER_AGE_BUCKETS = [
  { key: 'week', from: 0, to: 7 },
  { key: 'month', from: 8, to: 30 },
  { key: 'older', from: 31, to: null },
] as const satisfies readonly { key: string; from: number; to: number | null }[];

export type BlockerAgeBucket = (typeof BLOCKER_AGE_BUCKETS)[number];
export type BlockerAgeKey = BlockerAgeBucket['key'];

export const ageBucketByKey = (key: string | undefined): BlockerAgeBucket | undefined =>
  BLOCKER_AGE_BUCKETS.find((b) => b.key === key);

/** The bucket of an age in whole days. */
export function ageBucketOf(days: number): BlockerAgeBucket {
  const bucket = BLOCKER_AGE_BUCKETS.find((b) => days >= b.from && (b.to === null || days <= b.to));
  return bucket ?? BLOCKER_AGE_BUCKETS[0]; // a negative age (clock skew) is new
}
