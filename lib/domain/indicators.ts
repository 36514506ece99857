// 开发区季度指标: the arithmetic of the city's quarterly table, on exact integers.
//
// A value is held as whole ten-thousandths (1 = 0.0001 of its unit: 1 万元 on a figure in 亿元), parsed from the
// database's numeric(18,4) text and never from a float, so a city total is exactly the sum of its zones.
// A rate (同比, 占比) or a difference of rates is held as whole hundredths of a percent (693 = 6.93 %). Each rate
// is rounded once, half away from zero, from the exact quotient of two integers; a difference in percentage
// points subtracts two rates as they are shown (6.93 − 20.80 = −13.87), so it needs no rounding of its own and
// matches what a reader computes from the printed figures.

/** Ten-thousandths of the indicator's unit. */
export type Quantity = number;
/** Hundredths of a percent (or of a percentage point). */
export type Hundredths = number;

export const QUANTITY_SCALE = 4;
const SCALE = 10_000;
const QUANTITY_PATTERN = /^(-?)([0-9]{1,14})(?:\.([0-9]{1,4}))?$/;

/** "36.3135" → 363135; null when the text is not a plain decimal with at most four decimals. */
export function parseQuantity(text: string): Quantity | null {
  const match = QUANTITY_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const value = Number(whole) * SCALE + Number(fraction.padEnd(QUANTITY_SCALE, '0'));
  return sign === '-' && value !== 0 ? -value : value;
}

/** 363135 → "36.3135": the form the database takes. */
export function quantityText(q: Quantity): string {
  const sign = q < 0 ? '-' : '';
  const abs = Math.abs(q);
  const fraction = String(abs % SCALE).padStart(QUANTITY_SCALE, '0');
  return `${sign}${Math.floor(abs / SCALE)}.${fraction}`;
}

/** Integer division rounded half away from zero (BigInt: a value × 10 000 can pass 2^53). */
function divRound(numerator: bigint, denominator: bigint): number {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return Number(negative ? -q : q);
}

/** A value shown with the indicator's decimals (half away from zero): 369270 with 1 decimal → "36.9". */
export function formatQuantity(q: Quantity, decimals: number): string {
  const places = Math.max(0, Math.min(QUANTITY_SCALE, decimals));
  const rounded = divRound(BigInt(q), BigInt(10 ** (QUANTITY_SCALE - places)));
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  if (places === 0) return `${sign}${abs}`;
  const unit = 10 ** places;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(places, '0')}`;
}

/** Hundredths as text, trailing zeros dropped as the report writes them: 1387 → "13.87", 400 → "4", 1350 → "13.5". */
export function hundredthsText(h: Hundredths): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  const fraction = abs % 100;
  const whole = Math.floor(abs / 100);
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}

/** Hundredths with both decimals, as a rate is shown in a table column: 693 → "6.93", 2080 → "20.80". */
export function rateText(h: Hundredths): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "20.8" or "-4" (a rate the city enters, at most two decimals) → hundredths; null when malformed. */
export function parseRate(text: string): Hundredths | null {
  const match = /^(-?)([0-9]{1,6})(?:\.([0-9]{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' && value !== 0 ? -value : value;
}

/** 同比: growth over last year's same quarter, in hundredths of a percent; null without a base to grow from. */
export function yoyRate(current: Quantity | null, lastYear: Quantity | null): Hundredths | null {
  if (current === null || lastYear === null || lastYear === 0) return null;
  return divRound(BigInt(current - lastYear) * 10_000n, BigInt(lastYear));
}

/** 占比: part of whole, in hundredths of a percent; null when either is missing or the whole is zero. */
export function sharePercent(part: Quantity | null, whole: Quantity | null): Hundredths | null {
  if (part === null || whole === null || whole === 0) return null;
  return divRound(BigInt(part) * 10_000n, BigInt(whole));
}

/** The sum of the values given; null when none is (no zone reported it). */
export function sumQuantities(values: readonly (Quantity | null | undefined)[]): Quantity | null {
  let total: Quantity | null = null;
  for (const v of values) if (v !== null && v !== undefined) total = (total ?? 0) + v;
  return total;
}

/** A rate against a reference, in percentage points (hundredths); null when either is missing. */
export function pointsDifference(rate: Hundredths | null, reference: Hundredths | null): Hundredths | null {
  return rate === null || reference === null ? null : rate - reference;
}

export type ComparisonKind = 'below' | 'above' | 'level';

export interface Comparison {
  kind: ComparisonKind;
  /** The distance as the report writes it: "13.87", "4". */
  points: string;
}

export function comparisonOf(difference: Hundredths): Comparison {
  const kind: ComparisonKind = difference < 0 ? 'below' : difference > 0 ? 'above' : 'level';
  return { kind, points: hundredthsText(Math.abs(difference)) };
}

/** The report's own words: "低于全市13.87个百分点", "高于全省开发区4个百分点", "与全市持平". */
export function comparisonZh(difference: Hundredths, against: string): string {
  const { kind, points } = comparisonOf(difference);
  if (kind === 'level') return `与${against}持平`;
  return `${kind === 'below' ? '低于' : '高于'}${against}${points}个百分点`;
}

// ---- the quarter's table ----

export interface IndicatorDef {
  id: number;
  code: string;
  name: string;
  unit: string;
  decimals: number;
  yoy: boolean;
  summed: boolean;
  shareOfId: number | null;
}

/** One zone's values of a quarter, by indicator id; `filed` false when the zone has no filing. */
export interface ZoneFigures {
  zoneId: number;
  filed: boolean;
  values: ReadonlyMap<number, Quantity>;
}

export interface ReferenceRates {
  /** 全市 (the whole city, entered by the city), by indicator id. */
  city: ReadonlyMap<number, Hundredths>;
  /** 全省开发区, by indicator id. */
  province: ReadonlyMap<number, Hundredths>;
}

export interface Cell {
  value: Quantity | null;
  yoy: Hundredths | null;
  share: Hundredths | null;
  /** A zone's row: against the zones' combined rate (全市开发区), the figure the bureau publishes. */
  vsZones: Hundredths | null;
  /** The city's row: against the 全市 (全口径) rate the city entered. */
  vsCity: Hundredths | null;
  vsProvince: Hundredths | null;
}

export interface TableRow {
  zoneId: number | null;
  filed: boolean;
  cells: Map<number, Cell>;
}

/** The city's row also says how many zones its figures stand on. */
export interface CityRow extends TableRow {
  filedZones: number;
  zoneCount: number;
}

/** The sums of two indicators over the zones that have both, so a zone still to file moves neither. */
function pairedSums(pairs: readonly [Quantity | undefined, Quantity | undefined][]) {
  const both = pairs.filter((p): p is [Quantity, Quantity] => p[0] !== undefined && p[1] !== undefined);
  if (both.length === 0) return [null, null] as const;
  return [sumQuantities(both.map((p) => p[0])), sumQuantities(both.map((p) => p[1]))] as const;
}

/**
 * The quarter's table: a row per zone and the city's row. The city's value of a summed indicator is the sum
 * over the zones that filed it; its 同比 and shares are computed over the zones that have both figures (this
 * year's and last year's, or part and whole), so a zone that has not filed yet, or is new, reads as neither
 * growth nor fall. A zone's rate is compared with the zones' combined rate; the city row's with the 全市 rate
 * the city entered; every row with the 全省开发区 rate.
 */
export function quarterTable(
  defs: readonly IndicatorDef[],
  current: readonly ZoneFigures[],
  lastYear: readonly ZoneFigures[],
  references: ReferenceRates,
): { zones: TableRow[]; city: CityRow } {
  const lastByZone = new Map(lastYear.map((z) => [z.zoneId, z.values]));
  // A share of an indicator no longer in the set (deactivated) would name a base the table does not show.
  const shown = new Set(defs.map((d) => d.id));
  const baseOf = (def: IndicatorDef) =>
    def.shareOfId !== null && shown.has(def.shareOfId) ? def.shareOfId : null;
  const province = (def: IndicatorDef, yoy: Hundredths | null) =>
    pointsDifference(yoy, references.province.get(def.id) ?? null);

  const cityCells = new Map<number, Cell>();
  for (const def of defs) {
    if (!def.summed) {
      // A count of people held in two zones at once is not the city's: no total, and so no rates.
      cityCells.set(def.id, {
        value: null,
        yoy: null,
        share: null,
        vsZones: null,
        vsCity: null,
        vsProvince: null,
      });
      continue;
    }
    const value = sumQuantities(current.map((z) => z.values.get(def.id)));
    const yoy = def.yoy
      ? yoyRate(
          ...pairedSums(current.map((z) => [z.values.get(def.id), lastByZone.get(z.zoneId)?.get(def.id)])),
        )
      : null;
    const shareOf = baseOf(def);
    const share =
      shareOf === null
        ? null
        : sharePercent(...pairedSums(current.map((z) => [z.values.get(def.id), z.values.get(shareOf)])));
    cityCells.set(def.id, {
      value,
      yoy,
      share,
      vsZones: null,
      vsCity: pointsDifference(yoy, references.city.get(def.id) ?? null),
      vsProvince: province(def, yoy),
    });
  }
  const city: CityRow = {
    zoneId: null,
    filed: current.some((z) => z.filed),
    cells: cityCells,
    filedZones: current.filter((z) => z.filed).length,
    zoneCount: current.length,
  };

  const zones = current.map((z) => {
    const then = lastByZone.get(z.zoneId);
    const cells = new Map<number, Cell>();
    for (const def of defs) {
      const value = z.values.get(def.id) ?? null;
      const yoy = def.yoy ? yoyRate(value, then?.get(def.id) ?? null) : null;
      const base = baseOf(def);
      const share = base === null ? null : sharePercent(value, z.values.get(base) ?? null);
      cells.set(def.id, {
        value,
        yoy,
        share,
        vsZones: pointsDifference(yoy, cityCells.get(def.id)?.yoy ?? null),
        vsCity: null,
        vsProvince: province(def, yoy),
      });
    }
    return { zoneId: z.zoneId, filed: z.filed, cells };
  });
  return { zones, city };
}

/** "2024年第1季度" is the i18n layer's; this is the key a quarter sorts and links by: 2024-Q1. */
export interface QuarterKey {
  year: number;
  quarter: number;
}

/** The quarter a date (YYYY-MM-DD) falls in. */
export const quarterOfDate = (date: string): QuarterKey => ({
  year: Number(date.slice(0, 4)),
  quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1,
});

/** Whether `a` comes after `b`. */
export const quarterAfter = (a: QuarterKey, b: QuarterKey) =>
  a.year > b.year || (a.year === b.year && a.quarter > b.quarter);

/** The same quarter a year before: what 同比 compares with. */
export const sameQuarterLastYear = (q: QuarterKey): QuarterKey => ({ year: q.year - 1, quarter: q.quarter });
