import { and, eq, inArray } from 'drizzle-orm';
import { indicatorDefinitions, indicatorQuarters, indicatorReferenceRates } from '@/db/schema';
import type { Tx } from '@/db/types';
import { quarterLockSchema, referenceRatesSchema } from '@/lib/validation/indicators';
import { defineAction } from './define-action';
import { quarterRowFor } from './indicator-filing';
import { ActionFailure, invalidField } from './result';

/**
 * The city locks a quarter (no zone may file or correct it) or opens it again. Locking a locked quarter is
 * the same lock, so it needs no version: the audit row records who changed the state and when.
 */
export const setQuarterLockAction = defineAction({
  name: 'indicator.lock',
  schema: quarterLockSchema,
  permission: 'indicator.lock',
  async load(tx, input) {
    const row = await quarterRowFor(tx, input.year, input.quarter, 'update');
    return { row, access: { year: input.year, quarter: input.quarter } };
  },
  unversioned: 'idempotent',
  async write(tx, { input, target, viewer }) {
    const { row } = target;
    if (row.locked === input.locked) {
      return { data: { locked: row.locked, version: row.version }, audit: null };
    }
    const [saved] = await tx
      .update(indicatorQuarters)
      .set({ locked: input.locked, changedBy: viewer.id, changedAt: new Date(), version: row.version + 1 })
      .where(and(eq(indicatorQuarters.year, row.year), eq(indicatorQuarters.quarter, row.quarter)))
      .returning();
    if (!saved) throw new ActionFailure('conflict');
    return {
      data: { locked: saved.locked, version: saved.version },
      audit: {
        entity: 'indicator_quarter',
        entityId: `${row.year}-Q${row.quarter}`,
        before: { locked: row.locked },
        after: { locked: saved.locked },
      },
    };
  },
});

async function ratesOf(tx: Tx, year: number, quarter: number) {
  const rows = await tx
    .select()
    .from(indicatorReferenceRates)
    .where(and(eq(indicatorReferenceRates.year, year), eq(indicatorReferenceRates.quarter, quarter)));
  return Object.fromEntries(rows.map((r) => [`${r.indicatorId}:${r.scope}`, r.rate]));
}

/**
 * The quarter's reference rates (全市 and 全省开发区 growth, in percent), entered by the city for the quarter as a
 * whole: the form's rows replace the stored ones, checked against the quarter's version.
 */
export const setReferenceRatesAction = defineAction({
  name: 'indicator.reference',
  schema: referenceRatesSchema,
  permission: 'indicator.reference',
  async load(tx, input) {
    const [row] = await tx
      .select()
      .from(indicatorQuarters)
      .where(and(eq(indicatorQuarters.year, input.year), eq(indicatorQuarters.quarter, input.quarter)))
      .for('update');
    return {
      row: row ?? null,
      version: row?.version ?? 0,
      access: { year: input.year, quarter: input.quarter },
    };
  },
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const ids = input.rates.map((r) => r.indicatorId);
    if (ids.length > 0) {
      const known = await tx
        .select({ id: indicatorDefinitions.id })
        .from(indicatorDefinitions)
        .where(inArray(indicatorDefinitions.id, ids));
      if (known.length !== ids.length) throw invalidField('rates', 'indicatorValidation.unknownIndicator');
    }
    const { year, quarter } = input;
    const { row } = target;
    const before = await ratesOf(tx, year, quarter);
    const [saved] = row
      ? await tx
          .update(indicatorQuarters)
          .set({ version: row.version + 1, changedBy: viewer.id, changedAt: new Date() })
          .where(
            and(
              eq(indicatorQuarters.year, year),
              eq(indicatorQuarters.quarter, quarter),
              eq(indicatorQuarters.version, row.version),
            ),
          )
          .returning()
      : await tx.insert(indicatorQuarters).values({ year, quarter, changedBy: viewer.id }).returning();
    if (!saved) throw new ActionFailure('conflict');
    if (ids.length > 0) {
      await tx
        .delete(indicatorReferenceRates)
        .where(
          and(
            eq(indicatorReferenceRates.year, year),
            eq(indicatorReferenceRates.quarter, quarter),
            inArray(indicatorReferenceRates.indicatorId, ids),
          ),
        );
    }
    const values = input.rates.flatMap((r) =>
      (['city', 'province'] as const).flatMap((scope) =>
        r[scope] === '' ? [] : [{ year, quarter, indicatorId: r.indicatorId, scope, rate: r[scope] }],
      ),
    );
    if (values.length > 0) await tx.insert(indicatorReferenceRates).values(values);
    return {
      data: { version: saved.version },
      audit: {
        entity: 'indicator_quarter',
        entityId: `${year}-Q${quarter}`,
        before: { rates: before },
        after: { rates: await ratesOf(tx, year, quarter) },
      },
    };
  },
});
