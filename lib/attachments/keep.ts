import { inArray, sql } from 'drizzle-orm';
import { attachments } from '@/db/schema';
import type { Tx } from '@/db/types';
import { ZONE_TIME_ZONE } from '@/lib/domain/dates';

/**
 * A milestone taken out of the plan keeps its site photos and files with the project: they move to the
 * report week they were uploaded in, in the removal's own transaction. (The foreign key refuses a milestone
 * removed with attachments still on it, so no path can drop them unnoticed.)
 */
export async function keepAttachmentsOf(tx: Tx, milestoneIds: readonly number[]): Promise<void> {
  if (milestoneIds.length === 0) return;
  await tx
    .update(attachments)
    .set({
      target: 'week',
      milestoneId: null,
      // ISO weeks start on Monday, as report weeks do.
      weekStart: sql`(date_trunc('week', ${attachments.uploadedAt} at time zone ${ZONE_TIME_ZONE}))::date`,
    })
    .where(inArray(attachments.milestoneId, [...milestoneIds]));
}
