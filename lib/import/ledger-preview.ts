import type { Translator } from '@/lib/i18n/messages';
import { LEDGER_FIELD_KEYS } from './ledger-fields';
import type { Problem } from './ledger-rows';
import type { LedgerReading } from './plan-ledger';
import type { LedgerPreview } from './preview-shape';

// The preview as the import page shows it: every row with what it would do, each problem in words with its
// cell, the columns as mapped. Plain JSON, in the reader's language.

type T = (key: string, values?: Record<string, string | number>) => string;

export function problemText(t: T, p: Problem): string {
  const params = { ...p.params };
  if (typeof params.field === 'string') params.field = t(`ledgerImport.fields.${params.field}`);
  return t('ledgerImport.at', { cell: p.cell, text: t(`ledgerImport.problems.${p.key}`, params) });
}

export function describeReading(reading: LedgerReading, translator: Translator): LedgerPreview {
  const t = translator as unknown as T;
  const { header, map, plan } = reading;
  return {
    sheet: header.sheet,
    headerRow: header.row + 1,
    labels: header.labels,
    columns: Object.fromEntries(
      LEDGER_FIELD_KEYS.filter((k) => map.columns[k] !== undefined).map((k) => [k, map.columns[k]]),
    ),
    units: map.units,
    rows: plan.rows.map((r) => ({
      line: r.line,
      name: r.name,
      action: r.action,
      projectId: r.projectId,
      changes: r.changes.map((c) =>
        t('ledgerImport.change', {
          field: t(`ledgerImport.fields.${c.field}`),
          from: c.from || '—',
          to: c.to || '—',
        }),
      ),
      notes: r.notes.map((n) => problemText(t, n)),
      problems: r.problems.map((p) => problemText(t, p)),
    })),
    counts: plan.counts,
    problemCount: plan.problemCount,
    newParks: plan.newParks,
    newEnterprises: plan.newEnterprises,
    ambiguities: plan.ambiguities.map((a) => ({
      name: a.name,
      candidates: a.candidates.map((c) => ({ id: c.id, label: `${c.name}（${c.title || c.username}）` })),
    })),
    fingerprint: plan.fingerprint,
  };
}
