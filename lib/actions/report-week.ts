import { and, eq } from 'drizzle-orm';
import { reportWeeks, zones } from '@/db/schema';
import type { Tx } from '@/db/types';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { readWeeklyReport } from '@/lib/queries/weekly-report';
import { closeReportWeekSchema, reopenReportWeekSchema } from '@/lib/validation/report-week';
import { defineAction } from './define-action';
import { ActionFailure, refusal } from './result';

async function loadWeek(tx: Tx, zoneId: number, weekStart: string) {
  // The zone row, exclusively: filings of the zone wait until the week is closed (see closedOnOrAfter).
  const [zone] = await tx.select({ id: zones.id }).from(zones).where(eq(zones.id, zoneId)).for('update');
  // No such zone: nothing to close, and the foreign key would otherwise fail the insert as a generic error.
  if (!zone) return null;
  const [row] = await tx
    .select()
    .from(reportWeeks)
    .where(and(eq(reportWeeks.zoneId, zoneId), eq(reportWeeks.weekStart, weekStart)))
    .for('update');
  // The zone itself is the object: a supervisor of another zone is refused by the permission.
  return { row: row ?? null, access: { zoneId }, version: row?.version ?? 0 };
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadWeek>>>;

/** Writes the week's closure row (the first one, or the next version of it). */
async function saveWeek(
  tx: Tx,
  target: Loaded,
  zoneId: number,
  weekStart: string,
  values: Partial<typeof reportWeeks.$inferInsert>,
) {
  const [after] = target.row
    ? await tx
        .update(reportWeeks)
        .set({ ...values, version: target.row.version + 1, updatedAt: new Date() })
        .where(and(eq(reportWeeks.id, target.row.id), eq(reportWeeks.version, target.row.version)))
        .returning()
    : await tx
        .insert(reportWeeks)
        .values({ zoneId, weekStart, status: 'open', ...values })
        .returning();
  if (!after) throw new ActionFailure('conflict');
  const summary = (r: typeof after | null) =>
    r && { status: r.status, closedAt: r.closedAt, reopenReason: r.reopenReason, version: r.version };
  return {
    data: summary(after),
    audit: { entity: 'report_week', entityId: after.id, before: summary(target.row), after: summary(after) },
  };
}

/** Freezes the week: the report as it stands now becomes the week's report, for the page and every export. */
export const closeReportWeekAction = defineAction({
  name: 'report_week.close',
  schema: closeReportWeekSchema,
  permission: 'report.close',
  load: (tx, input) => loadWeek(tx, input.zoneId, input.weekStart),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    if (target.row?.status === 'closed') throw refusal('invalid', 'weeklyReport.alreadyClosed');
    const now = new Date();
    const snapshot = {
      ...(await readWeeklyReport(tx, input.zoneId, reportWeekContaining(input.weekStart), now)),
      closed: true,
    };
    return saveWeek(tx, target, input.zoneId, input.weekStart, {
      status: 'closed',
      snapshot,
      closedAt: now,
      closedBy: viewer.id,
    });
  },
});

/** Opens a closed week again, with a reason: its report is read afresh, and officials may edit again. */
export const reopenReportWeekAction = defineAction({
  name: 'report_week.reopen',
  schema: reopenReportWeekSchema,
  permission: 'report.close',
  load: (tx, input) => loadWeek(tx, input.zoneId, input.weekStart),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target }) {
    if (target.row?.status !== 'closed') throw refusal('invalid', 'weeklyReport.notClosed');
    return saveWeek(tx, target, input.zoneId, input.weekStart, {
      status: 'open',
      snapshot: null,
      reopenReason: input.reason,
    });
  },
});
