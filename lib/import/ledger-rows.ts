import { isInDateWindow, isIsoDate } from '@/lib/domain/dates';
import { STAGES, type Stage } from '@/lib/domain/stages';
import { PROJECT_KINDS, type ProjectKind } from '@/lib/domain/vocabulary';
import { hasControlChar } from '@/lib/validation/fields';
import { FIELD_BY_KEY, LEDGER_FIELD_KEYS, type LedgerFieldKey, type MoneyKey, unitOf } from './ledger-fields';
import { cellAddress, type Grid } from './ledger-file';
import type { ColumnMap } from './ledger-header';

// One ledger row read into the project's terms, with each problem tied to its cell. Pure: no database here;
// what the zone knows (parks, people, projects) is checked by the plan.

/** A problem in words of the i18n layer (ledgerImport.problems.*), at a cell such as "F7". */
export interface Problem {
  cell: string;
  key: string;
  params?: Record<string, string | number>;
}

export interface LedgerValues {
  code?: string;
  name: string;
  enterprise?: string;
  park?: string;
  kind?: ProjectKind;
  /** 万元 */
  total?: number;
  annual?: number;
  completed?: number;
  plannedStart?: string;
  plannedFinish?: string;
  stage?: Stage;
  leader?: string;
  cadre?: string;
  liaison?: string;
  contactPerson?: string;
  contactPhone?: string;
  summary?: string;
}

export interface LedgerRow {
  /** Index in the grid: the sheet's row number less one. */
  index: number;
  values: LedgerValues;
  /** Each field's cell address, for problems found later. */
  cells: Partial<Record<LedgerFieldKey, string>>;
  problems: Problem[];
}

/** Words ledgers use for the kinds and stages besides the app's own labels. */
const KIND_WORDS: Record<string, ProjectKind> = {
  续建: 'continuing',
  续建项目: 'continuing',
  新建: 'new',
  新建项目: 'new',
  新开工: 'new',
  谋划: 'pipeline',
  谋划项目: 'pipeline',
  洽谈: 'pipeline',
  谋划洽谈: 'pipeline',
};
const STAGE_WORDS: Record<string, Stage> = {
  洽谈: 'negotiating',
  谋划: 'negotiating',
  签约: 'signed',
  已签约: 'signed',
  开工: 'under_construction',
  在建: 'under_construction',
  已开工: 'under_construction',
  投产: 'in_production',
  已投产: 'in_production',
  达效: 'at_capacity',
  达产: 'at_capacity',
  达产达效: 'at_capacity',
};

const word = (s: string) => s.normalize('NFKC').replace(/[\s()]/g, '');
/** The table's own entry only: a cell reading "constructor" is no kind. */
const ownWord = <V>(table: Record<string, V>, raw: string): V | undefined =>
  Object.hasOwn(table, word(raw)) ? table[word(raw)] : undefined;

/** A money cell in 万元, exact to the 万: the decimal point moved by the unit's power of ten, then rounded. */
export function parseMoney(text: string, unit: number): number | null {
  const t = text.normalize('NFKC').replace(/[,\s]/g, '');
  const cellUnit = unitOf(t);
  const m = /^(\d+)(?:\.(\d+))?(?:亿元|万元|亿|万|元)?$/.exec(t);
  if (!m) return null;
  const power = cellUnit ?? unit;
  const digits = (m[1] ?? '') + (m[2] ?? '');
  const point = (m[1] ?? '').length + power;
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const rest = point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  const value = Number(whole) + (rest !== '' && Number(rest[0]) >= 5 ? 1 : 0);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * A date as ledgers write it: 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, or a month alone (2024年6月,
 * 2024-06), read as the month's first day for a start and its last for a finish; an Excel day number too.
 */
export function parseDate(text: string, monthEnd: boolean): string | null {
  const t = text.normalize('NFKC').trim();
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    // Excel's day 25569 is 1970-01-01 (its 1900 leap-year bug is behind every date a ledger holds).
    const d = new Date((Math.floor(Number(t)) - 25_569) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?)?$/.exec(t);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  const day = m[3] ? Number(m[3]) : monthEnd ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 1;
  const iso = `${m[1]}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** A cell as the form would take it: one line (a line break in a cell becomes a space), inside the length. */
function cleanText(raw: string, max: number, multiline: boolean): string | null {
  const text = multiline ? raw : raw.replace(/\s+/g, ' ').trim();
  if (text.length > max || hasControlChar(text, multiline)) return null;
  return text;
}

/** A person's name as compared: no spaces at all (ledgers pad two-character names: 王　伟). */
export const personKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/** The project form's phone rule (lib/validation/fields.ts phone): what the edit form will accept later. */
const PHONE = /^[0-9+\-\s()#]*$/;

/** A total or subtotal line, or a section heading (一、续建项目（15个）), which is no project. */
const isSummaryLine = (name: string) =>
  /(^|\s)(合计|总计)$|小计$/.test(name.trim()) ||
  /^[一二三四五六七八九十]+[、.．]|^[(（][一二三四五六七八九十]+[)）]/.test(name.trim());

export function readRows(grid: Grid, headerRow: number, map: ColumnMap): LedgerRow[] {
  const out: LedgerRow[] = [];
  for (let index = headerRow + 1; index < grid.rows.length; index++) {
    const cells = grid.rows[index] ?? [];
    const nameColumn = map.columns.name;
    const name = nameColumn === undefined ? '' : (cells[nameColumn] ?? '');
    if (cells.every((c) => c === '') || isSummaryLine(name)) continue;
    out.push(readRow(index, cells, map));
  }
  return out;
}

function readRow(index: number, cells: string[], map: ColumnMap): LedgerRow {
  const row: LedgerRow = { index, values: { name: '' }, cells: {}, problems: [] };
  const values = row.values as unknown as Record<string, unknown>;
  for (const key of LEDGER_FIELD_KEYS) {
    const column = map.columns[key];
    if (column === undefined) continue;
    const cell = cellAddress(index, column);
    row.cells[key] = cell;
    const raw = cells[column] ?? '';
    if (raw === '') {
      if (key === 'name') row.problems.push({ cell, key: 'required' });
      continue;
    }
    const problem = (k: string, params?: Problem['params']) => row.problems.push({ cell, key: k, params });
    const field = FIELD_BY_KEY[key];
    switch (field.kind) {
      case 'text':
      case 'person': {
        const text = cleanText(raw, field.max ?? 40, key === 'summary');
        if (text === null) problem('textTooLong', { max: field.max ?? 40 });
        else if (key === 'contactPhone' && !PHONE.test(text)) problem('notPhone', { value: text });
        else if ((key === 'name' || key === 'enterprise') && text.length < 2)
          problem('tooShort', { value: text });
        else values[key] = text;
        break;
      }
      case 'money': {
        const wan = parseMoney(raw, map.units[key as MoneyKey]);
        if (wan === null || wan > 1_000_000_000) problem('notAmount', { value: raw });
        else values[key] = wan;
        break;
      }
      case 'date': {
        const date = parseDate(raw, key === 'plannedFinish');
        if (date === null || !isInDateWindow(date)) problem('notDate', { value: raw });
        else values[key] = date;
        break;
      }
      case 'kind': {
        const kind = ownWord(KIND_WORDS, raw) ?? PROJECT_KINDS.find((k) => k === raw);
        if (!kind) problem('unknownKind', { value: raw });
        else values[key] = kind;
        break;
      }
      case 'stage': {
        const stage = ownWord(STAGE_WORDS, raw) ?? STAGES.find((s) => s === raw);
        if (!stage) problem('unknownStage', { value: raw });
        else values[key] = stage;
        break;
      }
    }
  }
  const v = row.values;
  if (v.annual !== undefined && v.total !== undefined && v.annual > v.total)
    row.problems.push({ cell: row.cells.annual ?? '', key: 'exceedsTotal' });
  if (v.completed !== undefined && v.total !== undefined && v.completed > v.total)
    row.problems.push({ cell: row.cells.completed ?? '', key: 'exceedsTotal' });
  if (v.plannedStart && v.plannedFinish && v.plannedFinish < v.plannedStart)
    row.problems.push({ cell: row.cells.plannedFinish ?? '', key: 'finishBeforeStart' });
  return row;
}
