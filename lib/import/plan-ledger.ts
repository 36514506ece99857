import type { DbOrTx } from '@/db/types';
import { loadZoneBook } from '@/lib/queries/ledger-book';
import type { LedgerOptions } from '@/lib/validation/ledger-import';
import type { Grid } from './ledger-file';
import { applyOverride, type ColumnMap, findHeader, type Header } from './ledger-header';
import { type ImportPlan, planImport } from './ledger-plan';
import { readRows } from './ledger-rows';

export interface LedgerReading {
  header: Header;
  map: ColumnMap;
  plan: ImportPlan;
}

/**
 * A ledger read against its zone: the header found, the user's mapping applied, every row planned. The same
 * for the preview and, inside the import's transaction with the zone's projects locked, for the import.
 */
export async function planLedger(
  db: DbOrTx,
  sheets: Grid[],
  options: LedgerOptions,
  lock = false,
): Promise<LedgerReading | null> {
  const header = findHeader(sheets);
  if (!header) return null;
  const grid = sheets.find((s) => s.sheet === header.sheet) ?? sheets[0];
  if (!grid) return null;
  const map = applyOverride(header.detected, options.mapping, header.labels.length);
  const rows = readRows(grid, header.row, map);
  const book = await loadZoneBook(db, options.zoneId, lock);
  return { header, map, plan: planImport(rows, book, options) };
}
