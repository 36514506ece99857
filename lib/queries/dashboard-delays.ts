import { and, eq } from 'drizzle-orm';
import { parks, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { planChangeCountSql, slippedSql, totalDelayDaysSql } from './plan-state';
import { PROJECT_ORDER } from './projects';
import { zoneScope } from './scope';

/**
 * 延期最多的项目: the `limit` projects in reach with the most 累计延期天数, with their 调整次数. In the project
 * list's own order for `sort=delay&slipped=1`, so they are the first rows of the list the dashboard links to.
 */
export function mostDelayedProjects(db: DbOrTx, viewer: Viewer, limit = 5) {
  return db
    .select({
      id: projects.id,
      name: projects.name,
      parkName: parks.name,
      delayDays: totalDelayDaysSql,
      planChanges: planChangeCountSql,
    })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .where(and(zoneScope(viewer, projects.zoneId), slippedSql))
    .orderBy(...PROJECT_ORDER.delay)
    .limit(limit);
}
