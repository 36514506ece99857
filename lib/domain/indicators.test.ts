import { describe, expect, it } from 'vitest';
import {
  comparisonZh,
  formatQuantity,
  hundredthsText,
  type IndicatorDef,
  parseQuantity,
  parseRate,
  pointsDifference,
  quantityText,
  quarterTable,
  rateText,
  sharePercent,
  sumQuantities,
  yoyRate,
} from './indicators';

const q = (text: string) => {
  const v = parseQuantity(text);
  if (v === null) throw new Error(text);
  return v;
};

describe('quantities', () => {
  it.each([
    ['36.3135', 363_135],
    ['38.83', 388_300],
    ['712.327', 7_123_270],
    ['116', 1_160_000],
    ['0', 0],
    [' 7.87 ', 78_700],
  ])('parses %s exactly', (text, value) => expect(parseQuantity(text)).toBe(value));

  it.each(['', 'abc', '1.23456', '1e3', '0x10', '1,5', '.5'])('refuses %j', (text) =>
    expect(parseQuantity(text)).toBeNull(),
  );

  it('writes the database form back', () => {
    expect(quantityText(363_135)).toBe('36.3135');
    expect(quantityText(1_160_000)).toBe('116.0000');
  });

  it('shows a value with its decimals, rounded half away from zero', () => {
    expect(formatQuantity(q('36.927'), 1)).toBe('36.9');
    expect(formatQuantity(q('116.12'), 2)).toBe('116.12');
    expect(formatQuantity(q('712.327'), 3)).toBe('712.327');
    expect(formatQuantity(q('116'), 0)).toBe('116');
    expect(formatQuantity(q('0.05'), 1)).toBe('0.1');
    expect(formatQuantity(q('-0.05'), 1)).toBe('-0.1');
  });

  it('sums exactly where floats would not', () => {
    expect(sumQuantities([q('0.1'), q('0.2')])).toBe(q('0.3'));
    expect(sumQuantities([null, undefined])).toBeNull();
    expect(sumQuantities([null, q('2')])).toBe(q('2'));
  });
});

describe('rates', () => {
  it("gives the report's +6.93 % from 36.3135 亿 (万元 precision) a year before", () => {
    expect(yoyRate(q('38.83'), q('36.3135'))).toBe(693);
    // carried at 亿元 with two decimals the base would give another rate: why the seed keeps 万元
    expect(yoyRate(q('38.83'), q('36.31'))).toBe(694);
  });

  it('has no 同比 without last year, or from zero', () => {
    expect(yoyRate(q('1'), null)).toBeNull();
    expect(yoyRate(q('1'), 0)).toBeNull();
    expect(yoyRate(null, q('1'))).toBeNull();
  });

  it('rounds half away from zero, once', () => {
    expect(yoyRate(q('1.0001'), q('2'))).toBe(-5000); // -49.995 % → -50.00
    expect(sharePercent(1, 8)).toBe(1250); // 12.5 % exactly
    expect(sharePercent(1, 3)).toBe(3333);
    expect(sharePercent(2, 3)).toBe(6667);
    expect(yoyRate(q('0.5'), q('1'))).toBe(-5000);
    expect(yoyRate(1, 200_000)).toBe(-10_000); // -99.9995 % → -100.00
  });

  it('reads 95.1 % from the report as 36.927 / 38.83', () => {
    expect(sharePercent(q('36.927'), q('38.83'))).toBe(9510);
    // 36.9 exactly would be 95.03 %: the report's 36.9 is rounded to one decimal
    expect(sharePercent(q('36.9'), q('38.83'))).toBe(9503);
  });

  it('parses an entered rate', () => {
    expect(parseRate('20.80')).toBe(2080);
    expect(parseRate('10.93')).toBe(1093);
    expect(parseRate('-3.5')).toBe(-350);
    expect(parseRate('1.234')).toBeNull();
    expect(parseRate('')).toBeNull();
  });

  it('writes rates and points', () => {
    expect(rateText(2080)).toBe('20.80');
    expect(rateText(-350)).toBe('-3.50');
    expect(hundredthsText(1387)).toBe('13.87');
    expect(hundredthsText(400)).toBe('4');
    expect(hundredthsText(1350)).toBe('13.5');
    expect(hundredthsText(5)).toBe('0.05');
  });
});

describe('comparisons in percentage points', () => {
  it('words them as the report does', () => {
    expect(comparisonZh(693 - 2080, '全市')).toBe('低于全市13.87个百分点');
    expect(comparisonZh(693 - 1093, '全省开发区')).toBe('低于全省开发区4个百分点');
    expect(comparisonZh(1093 - 693, '全市')).toBe('高于全市4个百分点');
    expect(comparisonZh(0, '全市')).toBe('与全市持平');
  });

  it('is null when either rate is missing', () => {
    expect(pointsDifference(null, 100)).toBeNull();
    expect(pointsDifference(100, null)).toBeNull();
    expect(pointsDifference(693, 2080)).toBe(-1387);
  });
});

describe('quarterTable', () => {
  const defs: IndicatorDef[] = [
    {
      id: 1,
      code: 'inv',
      name: '工业投资',
      unit: '亿元',
      decimals: 2,
      yoy: true,
      summed: true,
      shareOfId: null,
    },
    {
      id: 2,
      code: 'tr',
      name: '转型项目投资',
      unit: '亿元',
      decimals: 1,
      yoy: false,
      summed: true,
      shareOfId: 1,
    },
    {
      id: 3,
      code: 'ppl',
      name: '领代办人员',
      unit: '人',
      decimals: 0,
      yoy: false,
      summed: false,
      shareOfId: null,
    },
  ];
  const zone = (zoneId: number, entries: [number, string][]) => ({
    zoneId,
    filed: entries.length > 0,
    values: new Map(entries.map(([id, v]) => [id, q(v)])),
  });

  const table = quarterTable(
    defs,
    [
      zone(1, [
        [1, '20'],
        [2, '19'],
        [3, '10'],
      ]),
      zone(2, [
        [1, '18.83'],
        [2, '17.927'],
      ]),
      zone(3, []),
    ],
    [zone(1, [[1, '16']]), zone(2, [[1, '20.3135']])],
    { city: new Map([[1, 2080]]), province: new Map([[1, 1093]]) },
  );

  it('sums the summed indicators over the zones that filed', () => {
    expect(table.city.cells.get(1)?.value).toBe(q('38.83'));
    expect(table.city.cells.get(2)?.value).toBe(q('36.927'));
    expect(table.city.cells.get(3)?.value).toBeNull();
  });

  it("computes the city's 同比 from the zones' totals, and its distance to the entered rates", () => {
    const inv = table.city.cells.get(1);
    expect(inv?.yoy).toBe(693);
    expect(inv?.vsCity).toBe(-1387);
    expect(inv?.vsProvince).toBe(-400);
    expect(table.city.cells.get(2)?.share).toBe(9510);
  });

  it("compares a zone's rate with the zones' aggregate", () => {
    const z1 = table.zones[0]?.cells.get(1);
    expect(z1?.yoy).toBe(2500); // 20 / 16
    expect(z1?.vsZones).toBe(2500 - 693);
    expect(z1?.vsCity).toBeNull();
    expect(z1?.vsProvince).toBe(2500 - 1093);
    const z2 = table.zones[1]?.cells.get(1);
    expect(z2?.yoy).toBe(yoyRate(q('18.83'), q('20.3135')));
    expect(z2?.vsZones).toBe((z2?.yoy ?? 0) - 693);
  });

  it('gives no share of an indicator no longer in the set', () => {
    const without = quarterTable(
      defs.filter((d) => d.id !== 1),
      [
        zone(1, [
          [1, '20'],
          [2, '19'],
        ]),
      ],
      [],
      { city: new Map(), province: new Map() },
    );
    expect(without.zones[0]?.cells.get(2)?.share).toBeNull();
    expect(without.city.cells.get(2)?.share).toBeNull();
    expect(table.zones[0]?.cells.get(2)?.share).toBe(9500);
  });

  it("computes the city's 同比 and shares only over zones that have both figures", () => {
    // zone 3 filed last year but not yet this year; zone 4 is new this year and gave no 转型项目投资
    const partial = quarterTable(
      defs,
      [
        zone(1, [
          [1, '20'],
          [2, '19'],
        ]),
        zone(3, []),
        zone(4, [[1, '5']]),
      ],
      [zone(1, [[1, '16']]), zone(3, [[1, '30']])],
      { city: new Map(), province: new Map() },
    );
    const inv = partial.city.cells.get(1);
    expect(inv?.value).toBe(q('25'));
    expect(inv?.yoy).toBe(2500); // zone 1 alone: 20 / 16, not 25 / 46
    expect(partial.city.cells.get(2)?.share).toBe(sharePercent(q('19'), q('20')));
    expect([partial.city.filedZones, partial.city.zoneCount]).toEqual([2, 3]);
  });

  it('leaves a zone without a filing empty', () => {
    expect(table.zones[2]?.filed).toBe(false);
    expect(table.zones[2]?.cells.get(1)).toEqual({
      value: null,
      yoy: null,
      share: null,
      vsZones: null,
      vsCity: null,
      vsProvince: null,
    });
  });
});

describe('quarters', () => {
  it('finds the quarter of a date and orders quarters', async () => {
    const { quarterAfter, quarterOfDate } = await import('./indicators');
    expect(quarterOfDate('2024-03-31')).toEqual({ year: 2024, quarter: 1 });
    expect(quarterOfDate('2024-04-01')).toEqual({ year: 2024, quarter: 2 });
    expect(quarterOfDate('2024-12-31')).toEqual({ year: 2024, quarter: 4 });
    expect(quarterAfter({ year: 2024, quarter: 2 }, { year: 2024, quarter: 1 })).toBe(true);
    expect(quarterAfter({ year: 2023, quarter: 4 }, { year: 2024, quarter: 1 })).toBe(false);
    expect(quarterAfter({ year: 2024, quarter: 1 }, { year: 2024, quarter: 1 })).toBe(false);
  });
});
