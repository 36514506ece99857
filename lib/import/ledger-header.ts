import {
  fieldOfHeader,
  LEDGER_FIELD_KEYS,
  type LedgerFieldKey,
  MONEY_KEYS,
  type MoneyKey,
  unitOf,
} from './ledger-fields';
import { type Grid, HEADER_SEARCH_ROWS } from './ledger-file';

/** Power of ten to 万元: 4 for 亿元, 0 for 万元, -4 for 元. */
export type MoneyUnit = 4 | 0 | -4;

/** Which column holds each field (absent: not in the file), and the unit of each money column. */
export interface ColumnMap {
  columns: Partial<Record<LedgerFieldKey, number>>;
  units: Record<MoneyKey, MoneyUnit>;
}

export interface Header {
  sheet: string;
  /** Index of the header row in the grid. */
  row: number;
  /** The header cells as written, for the mapping form. */
  labels: string[];
  detected: ColumnMap;
}

/** A column counts only once, for the first field that claims it, and a field takes its first column. */
function mapRow(cells: string[]): ColumnMap {
  const columns: Partial<Record<LedgerFieldKey, number>> = {};
  const units: Record<MoneyKey, MoneyUnit> = { total: 0, annual: 0, completed: 0 };
  cells.forEach((cell, i) => {
    const field = fieldOfHeader(cell);
    if (field && columns[field] === undefined) {
      columns[field] = i;
      if ((MONEY_KEYS as readonly string[]).includes(field)) {
        units[field as MoneyKey] = (unitOf(cell) ?? 0) as MoneyUnit;
      }
    }
  });
  return { columns, units };
}

/**
 * The header: among the first rows of each sheet, the row naming the most known columns, which must include
 * the project's name and at least two more. Title lines (a merged 台账 title, a unit line) come before it.
 */
export function findHeader(sheets: Grid[]): Header | null {
  let best: (Header & { score: number }) | null = null;
  for (const grid of sheets) {
    grid.rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, row) => {
      const detected = mapRow(cells);
      const score = Object.keys(detected.columns).length;
      if (detected.columns.name === undefined || score < 3) return;
      if (!best || score > best.score) best = { sheet: grid.sheet, row, labels: cells, detected, score };
    });
    if (best) break;
  }
  if (!best) return null;
  const { score: _, ...header } = best as Header & { score: number };
  return header;
}

/** The user's corrections over what was detected: a column for a field, -1 to ignore it, a money unit. */
export interface MapOverride {
  columns?: Partial<Record<LedgerFieldKey, number>>;
  units?: Partial<Record<MoneyKey, MoneyUnit>>;
}

export function applyOverride(
  detected: ColumnMap,
  override: MapOverride | undefined,
  width: number,
): ColumnMap {
  const columns = { ...detected.columns };
  for (const key of LEDGER_FIELD_KEYS) {
    const chosen = override?.columns?.[key];
    if (chosen === undefined) continue;
    if (chosen < 0 || chosen >= width) delete columns[key];
    else columns[key] = chosen;
  }
  return { columns, units: { ...detected.units, ...override?.units } };
}
