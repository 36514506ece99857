import { and, eq } from 'drizzle-orm';
import { indicatorDefinitions } from '@/db/schema';
import { indicatorDefinitionSchema } from '@/lib/validation/indicators';
import { defineAction } from './define-action';
import { ActionFailure, invalidField } from './result';

const fieldsOf = (d: typeof indicatorDefinitions.$inferSelect) => ({
  code: d.code,
  name: d.name,
  unit: d.unit,
  decimals: d.decimals,
  yoy: d.yoy,
  summed: d.summed,
  shareOfId: d.shareOfId,
  sortOrder: d.sortOrder,
  active: d.active,
});

/**
 * The city's admin adds an indicator (no id, version 0) or edits one (its version); deactivating is an edit
 * (`active` false): the indicator leaves the forms and the table, its filed values stay.
 */
export const saveIndicatorDefinitionAction = defineAction({
  name: 'indicator.define',
  schema: indicatorDefinitionSchema,
  permission: 'indicator.define',
  async load(tx, input) {
    if (input.id === null) return { row: null, version: 0, access: { id: null } };
    const [row] = await tx
      .select()
      .from(indicatorDefinitions)
      .where(eq(indicatorDefinitions.id, input.id))
      .for('update');
    return row ? { row, version: row.version, access: { id: row.id } } : null;
  },
  expectedVersion: (input) => input.version,
  async write(tx, { input, target }) {
    const { row } = target;
    if (input.shareOfId !== null) {
      if (row && input.shareOfId === row.id)
        throw invalidField('shareOfId', 'indicatorValidation.shareOfSelf');
      const [base] = await tx
        .select({ id: indicatorDefinitions.id, shareOfId: indicatorDefinitions.shareOfId })
        .from(indicatorDefinitions)
        .where(eq(indicatorDefinitions.id, input.shareOfId));
      // one level only: a share of a share would read as nothing anyone reports
      if (!base || base.shareOfId !== null) throw invalidField('shareOfId', 'indicatorValidation.shareOf');
    }
    const [clash] = await tx
      .select({ id: indicatorDefinitions.id })
      .from(indicatorDefinitions)
      .where(eq(indicatorDefinitions.code, input.code));
    if (clash && clash.id !== row?.id) throw invalidField('code', 'indicatorValidation.codeTaken');

    const fields = {
      code: input.code,
      name: input.name,
      unit: input.unit,
      decimals: input.decimals,
      yoy: input.yoy,
      summed: input.summed,
      shareOfId: input.shareOfId,
      sortOrder: input.sortOrder,
      active: input.active,
    };
    const [saved] = row
      ? await tx
          .update(indicatorDefinitions)
          .set({ ...fields, version: row.version + 1 })
          .where(and(eq(indicatorDefinitions.id, row.id), eq(indicatorDefinitions.version, row.version)))
          .returning()
      : await tx.insert(indicatorDefinitions).values(fields).returning();
    if (!saved) throw new ActionFailure('conflict');
    return {
      data: { id: saved.id, version: saved.version },
      audit: {
        entity: 'indicator_definition',
        entityId: saved.id,
        before: row ? fieldsOf(row) : null,
        after: fieldsOf(saved),
      },
    };
  },
});
