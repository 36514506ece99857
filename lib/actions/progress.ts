import { and, eq } from 'drizzle-orm';
import { progressReports } from '@/db/schema';
import { closedOnOrAfter } from '@/lib/queries/weekly-report';
import { fileProgressSchema } from '@/lib/validation/progress';
import { defineAction } from './define-action';
import { loadProject } from './load-target';
import { ActionFailure, refusal } from './result';

/**
 * Files or edits a project's report for one week (周调度). One report per project per week: the first filing
 * expects no report (version 0), later edits the version they saw; a replayed first filing is a conflict.
 */
export const fileProgressAction = defineAction({
  name: 'progress.file',
  schema: fileProgressSchema,
  permission: 'progress.file',
  async load(tx, input, viewer) {
    const found = await loadProject(tx, input.projectId, viewer);
    if (!found) return null;
    const [existing] = await tx
      .select()
      .from(progressReports)
      .where(
        and(eq(progressReports.projectId, input.projectId), eq(progressReports.weekStart, input.weekStart)),
      )
      .for('update');
    return { ...found, existing: existing ?? null, version: existing?.version ?? 0 };
  },
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const { existing, project } = target;
    // A closed week's report is fixed, and so are the weeks before it (a late filing would change the
    // year-to-date that the closed report shows).
    if (await closedOnOrAfter(tx, project.zoneId, input.weekStart))
      throw refusal('invalid', 'progressWork.weekClosed');
    const content = { progress: input.progress, nextPlan: input.nextPlan, investment: input.investment };
    const [after] = existing
      ? await tx
          .update(progressReports)
          .set({ ...content, updatedBy: viewer.id, updatedAt: new Date(), version: existing.version + 1 })
          .where(and(eq(progressReports.id, existing.id), eq(progressReports.version, existing.version)))
          .returning()
      : await tx
          .insert(progressReports)
          .values({
            ...content,
            projectId: project.id,
            weekStart: input.weekStart,
            filedBy: viewer.id,
            updatedBy: viewer.id,
          })
          .returning();
    if (!after) throw new ActionFailure('conflict');
    return {
      data: after,
      audit: {
        entity: 'progress_report',
        entityId: after.id,
        before: existing,
        after,
        projectId: project.id,
      },
    };
  },
});
