import type { LedgerFieldKey } from './ledger-fields';

// The preview the import route answers with, as the import page reads it. Types only, apart from the code
// that builds it (ledger-preview.ts), so the page's bundle and message set carry none of the server's parts.

export interface PreviewRow {
  line: number;
  name: string;
  action: 'create' | 'update' | 'same' | 'invalid';
  projectId: number | null;
  changes: string[];
  notes: string[];
  problems: string[];
}

export interface LedgerPreview {
  sheet: string;
  headerRow: number;
  labels: string[];
  columns: Partial<Record<LedgerFieldKey, number>>;
  /** Power of ten to 万元 of each money column (4: 亿元, 0: 万元, -4: 元). */
  units: Record<string, number>;
  rows: PreviewRow[];
  counts: Record<PreviewRow['action'], number>;
  problemCount: number;
  newParks: string[];
  newEnterprises: string[];
  ambiguities: { name: string; candidates: { id: number; label: string }[] }[];
  fingerprint: string;
}
