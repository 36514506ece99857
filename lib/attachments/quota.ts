import { and, count, eq, sql } from 'drizzle-orm';
import { attachments } from '@/db/schema';
import type { Tx } from '@/db/types';
import { ATTACHMENTS_PER_TARGET } from './kinds';

/** Stored bytes a project may hold: 500 MB by default, about 1,500 site photos; ATTACHMENT_PROJECT_QUOTA_MB. */
export function projectQuotaBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.ATTACHMENT_PROJECT_QUOTA_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 500) * 1024 * 1024;
}

export type QuotaProblem = 'projectFull' | 'targetFull';

/** What stops one more file of `size` bytes, if anything; run with the project row locked. */
export async function quotaProblem(
  tx: Tx,
  projectId: number,
  columns: { weekStart: string | null; milestoneId: number | null; blockerId: number | null },
  size: number,
): Promise<QuotaProblem | null> {
  const [used] = await tx
    .select({
      bytes: sql<number>`coalesce(sum(${attachments.byteSize}), 0)::float8`,
      onTarget: count(
        sql`case when ${attachments.weekStart} is not distinct from ${columns.weekStart}::date
          and ${attachments.milestoneId} is not distinct from ${columns.milestoneId}::int
          and ${attachments.blockerId} is not distinct from ${columns.blockerId}::int then 1 end`,
      ),
    })
    .from(attachments)
    .where(and(eq(attachments.projectId, projectId)));
  if (Number(used?.bytes ?? 0) + size > projectQuotaBytes()) return 'projectFull';
  if (Number(used?.onTarget ?? 0) >= ATTACHMENTS_PER_TARGET) return 'targetFull';
  return null;
}
