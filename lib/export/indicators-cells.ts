import {
  type Cell,
  comparisonOf,
  formatQuantity,
  hundredthsText,
  type IndicatorDef,
  rateText,
} from '@/lib/domain/indicators';

// One cell of the quarter's table as words, the same on the page, on paper and in the workbook.

/** A translator as both next-intl's server `getTranslations()` and `translatorFor()` give it. */
export type Say = (key: string, values?: Record<string, string | number>) => string;

export interface CellNote {
  text: string;
  /** Behind the rate compared with: shown in red. */
  behind: boolean;
}

export interface CellText {
  value: string;
  notes: CellNote[];
}

/** The value, then 同比, the share and the comparisons in percentage points, as the report words them. */
export function cellText(
  def: IndicatorDef,
  cell: Cell | undefined,
  defsById: ReadonlyMap<number, IndicatorDef>,
  say: Say,
): CellText {
  if (!cell || cell.value === null) return { value: '—', notes: [] };
  const notes: CellNote[] = [];
  if (cell.yoy !== null) {
    notes.push({
      text: `${say('indicators.yoy')} ${cell.yoy > 0 ? '+' : ''}${rateText(cell.yoy)}%`,
      behind: cell.yoy < 0,
    });
  }
  if (cell.share !== null) {
    const base = def.shareOfId === null ? undefined : defsById.get(def.shareOfId);
    notes.push({
      text: `${say('indicators.share', { base: base?.name ?? '' })} ${hundredthsText(cell.share)}%`,
      behind: false,
    });
  }
  const compare = (difference: number | null, scope: string) => {
    if (difference === null) return;
    const { kind, points } = comparisonOf(difference);
    notes.push({ text: say(`indicators.compare.${kind}`, { scope, points }), behind: kind === 'below' });
  };
  compare(cell.vsZones, say('indicators.zonesScope'));
  compare(cell.vsCity, say('indicators.cityScope'));
  compare(cell.vsProvince, say('indicators.provinceScope'));
  return { value: formatQuantity(cell.value, def.decimals), notes };
}
