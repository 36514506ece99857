import { parseQuantity, type Quantity } from '@/lib/domain/indicators';

// The report's 2024 Q1 indicators of the city's ten industrial zones (its paragraphs on 一季度指标, 三化三制 and
// 承诺制+标准地+全代办), split over the demo zones so that the city's totals are exactly the report's, and a 2023
// that reproduces its +6.93 % 工业投资 同比. The report gives only city totals: every zone's figure is invented,
// weighted by a plausible size (长治高新区 the largest) and perturbed per indicator, then apportioned by largest
// remainder at the precision the report prints, so the totals cannot drift.
//
// Two figures needed a choice (docs/decisions.md):
// - 2023 Q1 工业投资 is 36.3135 亿元, at 万元 precision: 38.83 / 36.3135 − 1 = 6.929 % → 6.93 %. Rounded to
//   0.01 亿 (36.31) it would give 6.94 %.
// - 转型项目投资 "36.9 亿元, 95.1 %": 36.9 / 38.83 is 95.03 %, so the report's 36.9 must be a rounded figure.
//   Both printed figures hold for any total in [36.908, 36.946]; the seed uses 36.927 亿元, which the table
//   shows as 36.9 (one decimal, as the report prints it) and whose share is 95.10 %.

export interface DemoIndicator {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  yoy?: boolean;
  shareOf?: string;
  /** A count held at the quarter's end (people on duty), not accumulated over the year. */
  stock?: boolean;
  /** The city's 2024 Q1 total, as the report gives it (transformation investment: see above). */
  total2024q1: string;
}

export const demoIndicators: readonly DemoIndicator[] = [
  {
    code: 'industrial_value_added',
    name: '规上工业增加值',
    unit: '亿元',
    decimals: 2,
    total2024q1: '116.12',
  },
  {
    code: 'industrial_investment',
    name: '工业投资',
    unit: '亿元',
    decimals: 2,
    yoy: true,
    total2024q1: '38.83',
  },
  {
    code: 'transformation_investment',
    name: '转型项目投资',
    unit: '亿元',
    decimals: 1,
    shareOf: 'industrial_investment',
    total2024q1: '36.927',
  },
  { code: 'filed_projects', name: '备案项目数', unit: '个', decimals: 0, total2024q1: '116' },
  { code: 'commitment_projects', name: '承诺制项目数', unit: '个', decimals: 0, total2024q1: '50' },
  { code: 'standard_land_parcels', name: '标准地出让宗数', unit: '宗', decimals: 0, total2024q1: '8' },
  { code: 'standard_land_area', name: '标准地出让面积', unit: '亩', decimals: 3, total2024q1: '712.327' },
  { code: 'agent_staff', name: '领代办人员', unit: '人', decimals: 0, stock: true, total2024q1: '308' },
  { code: 'agent_projects', name: '领代办项目', unit: '个', decimals: 0, total2024q1: '101' },
  { code: 'agent_matters', name: '领办代办事项', unit: '件', decimals: 0, total2024q1: '126' },
  { code: 'platform_projects', name: '平台公司招引项目', unit: '个', decimals: 0, total2024q1: '7' },
  { code: 'platform_investment', name: '平台公司招引投资', unit: '亿元', decimals: 1, total2024q1: '21.1' },
  {
    code: 'platform_infrastructure',
    name: '平台公司基础设施投资',
    unit: '亿元',
    decimals: 2,
    total2024q1: '7.87',
  },
];

/** 2023 Q1 工业投资 of the ten zones together: 38.83 / 1.0693 at 万元 precision. */
export const INDUSTRIAL_INVESTMENT_2023Q1 = '36.3135';

/** 2024 Q1 reference rates of 工业投资 the city enters: 全市 and 全省开发区 (6.93 − 20.80 = −13.87; − 10.93 = −4). */
export const demoReferenceRates = { indicator: 'industrial_investment', city: '20.80', province: '10.93' };

/** The demo zones' codes in demo-people.ts order, with a relative size. */
const ZONE_WEIGHTS: readonly [string, number][] = [
  ['shangdang', 16],
  ['gaoxin', 22],
  ['lucheng', 12],
  ['tunliu', 10],
  ['zhangzi', 9],
  ['qinyuan', 8],
  ['wuxiang', 7],
  ['zone8', 6],
  ['zone9', 5],
  ['zone10', 5],
];

/** Each zone's 工业投资 growth on 2023 Q1 before the apportioning to the report's total, in percent. */
const ZONE_GROWTH = [9, 4, 12, -3, 15, 6, 2, 18, -8, 10];

/** Apportions `total` units over `weights` by largest remainder (ties: the earlier zone). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

const quantity = (text: string): Quantity => {
  const q = parseQuantity(text);
  if (q === null) throw new Error(`bad demo figure ${text}`);
  return q;
};

/** The step a figure is apportioned in: the report's precision (0.01 亿元, 1 个, 0.001 亩). */
const stepOf = (ind: DemoIndicator) => {
  const decimals = ind.total2024q1.split('.')[1]?.length ?? 0;
  return 10 ** (4 - decimals);
};

/** A zone's weight for one indicator: its size, perturbed so that the zones do not rank alike everywhere. */
const weightOf = (zone: number, indicator: number) => {
  const base = ZONE_WEIGHTS[zone]?.[1] ?? 1;
  return base * (100 + (((zone + 3) * (indicator + 5) * 37) % 61) - 30);
};

export type ZoneQuarterValues = Map<string, Map<string, Quantity>>;

/** 2024 Q1: zone code → indicator code → value, summing to the report's totals. */
export function demo2024q1(): ZoneQuarterValues {
  const byZone: ZoneQuarterValues = new Map(ZONE_WEIGHTS.map(([code]) => [code, new Map()]));
  const zoneCodes = ZONE_WEIGHTS.map(([code]) => code);
  const put = (ind: DemoIndicator, units: number[], step: number) =>
    units.forEach((u, z) => {
      byZone.get(zoneCodes[z] ?? '')?.set(ind.code, u * step);
    });
  const column = (code: string) => zoneCodes.map((z) => byZone.get(z)?.get(code) ?? 0);
  for (const [i, ind] of demoIndicators.entries()) {
    const step = stepOf(ind);
    const units = quantity(ind.total2024q1) / step;
    // What depends on another figure is apportioned by it: transformation by the zone's 工业投资 (so no
    // zone's share passes 100 %), land area by parcels, platform investment by platform projects.
    const basis =
      ind.code === 'transformation_investment'
        ? column('industrial_investment')
        : ind.code === 'standard_land_area'
          ? column('standard_land_parcels').map((p, z) => p * weightOf(z, i))
          : ind.code === 'platform_investment'
            ? column('platform_projects').map((p, z) => p * weightOf(z, i))
            : zoneCodes.map((_, z) => weightOf(z, i));
    put(ind, apportion(units, basis), step);
  }
  return byZone;
}

/** 2023 Q1: each zone's 工业投资 before its growth, apportioned to 36.3135 亿元; the rest a tenth lower. */
export function demo2023q1(current: ZoneQuarterValues): ZoneQuarterValues {
  const zoneCodes = ZONE_WEIGHTS.map(([code]) => code);
  const investment = zoneCodes.map((z, i) => {
    const now = current.get(z)?.get('industrial_investment') ?? 0;
    return (now * 100) / (100 + (ZONE_GROWTH[i] ?? 0));
  });
  const invested = apportion(quantity(INDUSTRIAL_INVESTMENT_2023Q1), investment);
  return new Map(
    zoneCodes.map((z, i) => {
      const values = new Map<string, Quantity>();
      for (const ind of demoIndicators) {
        const now = current.get(z)?.get(ind.code) ?? 0;
        if (ind.code === 'industrial_investment') values.set(ind.code, invested[i] ?? 0);
        else if (ind.code === 'transformation_investment')
          values.set(ind.code, roundTo(((invested[i] ?? 0) * 93) / 100, stepOf(ind)));
        else values.set(ind.code, roundTo(ind.stock ? now : (now * 9) / 10, stepOf(ind)));
      }
      return [z, values];
    }),
  );
}

/** A year's later quarter, cumulative: the first quarter's flows grown by `factor`, stocks as they are. */
export function laterQuarter(first: ZoneQuarterValues, factor: number): ZoneQuarterValues {
  return new Map(
    [...first].map(([z, values]) => [
      z,
      new Map(
        demoIndicators.map((ind) => {
          const v = values.get(ind.code) ?? 0;
          return [ind.code, roundTo(ind.stock ? v : v * factor, stepOf(ind))];
        }),
      ),
    ]),
  );
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
