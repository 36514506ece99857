import { and, eq } from 'drizzle-orm';
import { zones } from '@/db/schema';
import { zoneDateOf } from '@/lib/domain/dates';
import { planLedger } from '@/lib/import/plan-ledger';
import { zoneScope } from '@/lib/queries/scope';
import { ledgerImportSchema } from '@/lib/validation/ledger-import';
import { defineAction } from './define-action';
import { applyPlan } from './ledger-apply';
import { invalidField, refusal } from './result';

/**
 * Imports a zone's 项目台账, all or nothing: the ledger is planned again inside the transaction, with the zone
 * row and its projects locked, and written only when it has no problem left and is the plan the preview
 * showed (its fingerprint). Importing the same ledger twice changes nothing the second time, so the action
 * is idempotent; the fingerprint stands in for a version.
 */
export const importLedgerAction = defineAction({
  name: 'project.import_ledger',
  schema: ledgerImportSchema,
  permission: 'ledger.import',
  unversioned: 'idempotent',
  async load(tx, input, viewer) {
    const [zone] = await tx
      .select({ id: zones.id })
      .from(zones)
      .where(and(eq(zones.id, input.zoneId), zoneScope(viewer, zones.id)))
      .for('update');
    return zone ? { access: { zoneId: zone.id } } : null;
  },
  async write(tx, { input, viewer }) {
    const { grid, fileName, fingerprint, ...options } = input;
    const reading = await planLedger(tx, [grid], options, true);
    if (!reading) throw invalidField('file', 'ledgerImport.file.noHeader');
    const { plan } = reading;
    if (plan.problemCount > 0) throw refusal('invalid', 'ledgerImport.hasProblems');
    if (plan.fingerprint !== fingerprint) throw refusal('conflict', 'ledgerImport.stale');
    const { audit, ...written } = await applyPlan(
      tx,
      input.zoneId,
      plan,
      input.planYear,
      zoneDateOf(new Date()),
      viewer,
    );
    // One row for the import as a whole, and one per project it made or changed (its history shows it).
    const summary = {
      entity: 'ledger_import',
      entityId: input.zoneId,
      before: null,
      after: {
        fileName,
        sheet: grid.sheet,
        rows: plan.rows.length,
        counts: plan.counts,
        newParks: plan.newParks,
        newEnterprises: plan.newEnterprises,
        ...written,
      },
    };
    return { data: { ...plan.counts, created: written.created }, audit: [summary, ...audit] };
  },
});
