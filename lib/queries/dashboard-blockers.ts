import { and, asc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { blockers, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { BLOCKER_AGE_BUCKETS, type BlockerAgeBucket, type BlockerAgeKey } from '@/lib/domain/blocker-ages';
import type { IsoDate } from '@/lib/domain/dates';
import { BLOCKER_CATEGORIES, type BlockerCategory } from '@/lib/domain/vocabulary';
import { QUEUE_LIMIT } from './blockers';
import { zoneScope } from './scope';

// Active blockers (not yet 销号, as the project lists count them) by category and by age. The counts and the
// list behind each count use the same conditions, so a figure and its rows cannot disagree.

/** Days since the blocker was raised, on the zone's calendar (as the queue shows its age). */
const ageDays = (today: IsoDate) =>
  sql<number>`(${today}::date - (${blockers.raisedAt} at time zone 'Asia/Shanghai')::date)`;

/** The bucket's range; the first also takes a negative age (a clock ahead), as `ageBucketOf` does. */
function inAgeBucket(bucket: BlockerAgeBucket, today: IsoDate): SQL {
  const age = ageDays(today);
  const from = bucket.from === 0 ? undefined : sql`${age} >= ${bucket.from}`;
  const to = bucket.to === null ? undefined : sql`${age} <= ${bucket.to}`;
  return and(from, to) ?? sql`true`;
}

const activeInReach = (viewer: Viewer) =>
  and(ne(blockers.status, 'closed'), zoneScope(viewer, projects.zoneId));

/** Active blockers per category, split by age bucket. */
export async function blockerFigures(db: DbOrTx, viewer: Viewer, today: IsoDate) {
  const perBucket = Object.fromEntries(
    BLOCKER_AGE_BUCKETS.map((b) => [
      b.key,
      sql<number>`(count(*) filter (where ${inAgeBucket(b, today)}))::int`,
    ]),
  ) as Record<BlockerAgeKey, SQL<number>>;
  const rows = await db
    .select({ category: blockers.category, ...perBucket })
    .from(blockers)
    .innerJoin(projects, eq(projects.id, blockers.projectId))
    .where(activeInReach(viewer))
    .groupBy(blockers.category);
  const zero = () =>
    Object.fromEntries(BLOCKER_AGE_BUCKETS.map((b) => [b.key, 0])) as Record<BlockerAgeKey, number>;
  const byCategory = Object.fromEntries(BLOCKER_CATEGORIES.map((c) => [c, 0])) as Record<
    BlockerCategory,
    number
  >;
  const byAge = zero();
  for (const r of rows) {
    for (const b of BLOCKER_AGE_BUCKETS) {
      byCategory[r.category] += r[b.key];
      byAge[b.key] += r[b.key];
    }
  }
  return { byCategory, byAge, active: Object.values(byAge).reduce((a, b) => a + b, 0) };
}

/** The active blockers behind a figure: of one category and/or age bucket, oldest first. */
export function activeBlockerRows(
  db: DbOrTx,
  viewer: Viewer,
  today: IsoDate,
  filter: { category?: BlockerCategory; age?: BlockerAgeBucket },
) {
  return db
    .select({
      id: blockers.id,
      title: blockers.title,
      category: blockers.category,
      status: blockers.status,
      ageDays: ageDays(today).mapWith(Number),
      projectId: projects.id,
      projectName: projects.name,
    })
    .from(blockers)
    .innerJoin(projects, eq(projects.id, blockers.projectId))
    .where(
      and(
        activeInReach(viewer),
        filter.category ? eq(blockers.category, filter.category) : undefined,
        filter.age ? inAgeBucket(filter.age, today) : undefined,
      ),
    )
    .orderBy(asc(blockers.raisedAt), asc(blockers.id))
    .limit(QUEUE_LIMIT);
}
