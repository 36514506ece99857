import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  indicatorDefinitions,
  indicatorFilings,
  indicatorQuarters,
  indicatorValues,
  zones,
} from '@/db/schema';
import type { Tx } from '@/db/types';
import { zoneScope } from '@/lib/queries/scope';
import { indicatorFilingSchema } from '@/lib/validation/indicators';
import { defineAction } from './define-action';
import { ActionFailure, invalidField, refusal } from './result';

/**
 * The quarter's row, made if missing and held for share: a lock (which updates it) waits for this filing, and a
 * filing waits for a lock under way, so no figure slips into a quarter the moment it is locked.
 */
export async function quarterRowFor(tx: Tx, year: number, quarter: number, lock: 'share' | 'update') {
  await tx.insert(indicatorQuarters).values({ year, quarter }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(indicatorQuarters)
    .where(and(eq(indicatorQuarters.year, year), eq(indicatorQuarters.quarter, quarter)))
    .for(lock);
  if (!row) throw new Error('quarter row missing after insert');
  return row;
}

/** A filing's values as the audit log keeps them: indicator id → the figure as stored. */
async function valuesOf(tx: Tx, filingId: number): Promise<Record<string, string>> {
  const rows = await tx
    .select({ id: indicatorValues.indicatorId, value: indicatorValues.value })
    .from(indicatorValues)
    .where(eq(indicatorValues.filingId, filingId));
  return Object.fromEntries(rows.map((r) => [String(r.id), r.value]));
}

/**
 * A zone's figures of one quarter (开发区季度指标), all indicators in one form. The first filing creates the row
 * (version 0 → 1); each correction replaces the active indicators' values and bumps the version. A locked
 * quarter refuses both, whoever files.
 */
export const fileIndicatorsAction = defineAction({
  name: 'indicator.file',
  schema: indicatorFilingSchema,
  permission: 'indicator.file',
  async load(tx, input, viewer) {
    const [zone] = await tx
      .select({ id: zones.id })
      .from(zones)
      .where(and(eq(zones.id, input.zoneId), zoneScope(viewer, zones.id)));
    if (!zone) return null;
    const [filing] = await tx
      .select()
      .from(indicatorFilings)
      .where(
        and(
          eq(indicatorFilings.zoneId, zone.id),
          eq(indicatorFilings.year, input.year),
          eq(indicatorFilings.quarter, input.quarter),
        ),
      )
      .for('update');
    return {
      zoneId: zone.id,
      filing: filing ?? null,
      version: filing?.version ?? 0,
      access: { zoneId: zone.id },
    };
  },
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const quarter = await quarterRowFor(tx, input.year, input.quarter, 'share');
    if (quarter.locked) throw refusal('conflict', 'indicatorWork.locked');

    const active = await tx
      .select({ id: indicatorDefinitions.id })
      .from(indicatorDefinitions)
      .where(eq(indicatorDefinitions.active, true));
    const activeIds = new Set(active.map((d) => d.id));
    if (input.values.some((v) => !activeIds.has(v.indicatorId))) {
      throw invalidField('values', 'indicatorValidation.unknownIndicator');
    }

    const { filing } = target;
    const before = filing ? await valuesOf(tx, filing.id) : null;
    const [saved] = filing
      ? await tx
          .update(indicatorFilings)
          .set({ version: filing.version + 1, filedBy: viewer.id, filedAt: sql`now()` })
          .where(and(eq(indicatorFilings.id, filing.id), eq(indicatorFilings.version, filing.version)))
          .returning()
      : await tx
          .insert(indicatorFilings)
          .values({ zoneId: target.zoneId, year: input.year, quarter: input.quarter, filedBy: viewer.id })
          .returning();
    if (!saved) throw new ActionFailure('conflict');

    // Values of indicators since deactivated stay as filed; the active ones are what the form showed.
    if (activeIds.size > 0) {
      await tx
        .delete(indicatorValues)
        .where(
          and(eq(indicatorValues.filingId, saved.id), inArray(indicatorValues.indicatorId, [...activeIds])),
        );
    }
    const filled = input.values.filter((v) => v.value !== '');
    if (filled.length > 0) {
      await tx
        .insert(indicatorValues)
        .values(filled.map((v) => ({ filingId: saved.id, indicatorId: v.indicatorId, value: v.value })));
    }
    const after = await valuesOf(tx, saved.id);
    const key = { zoneId: target.zoneId, year: input.year, quarter: input.quarter };
    return {
      data: { filingId: saved.id, version: saved.version },
      audit: {
        entity: 'indicator_filing',
        entityId: saved.id,
        before: before === null ? null : { ...key, values: before },
        after: { ...key, values: after },
      },
    };
  },
});
