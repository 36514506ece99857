import { describe, expect, it } from 'vitest';
import { parseQuantity, sharePercent, yoyRate } from '@/lib/domain/indicators';
import {
  apportion,
  demo2023q1,
  demo2024q1,
  demoIndicators,
  INDUSTRIAL_INVESTMENT_2023Q1,
  laterQuarter,
} from './demo-indicators';
import { demoZones } from './demo-people';

const total = (byZone: ReturnType<typeof demo2024q1>, code: string) =>
  [...byZone.values()].reduce((sum, values) => sum + (values.get(code) ?? 0), 0);

describe('the demo indicators', () => {
  const q1 = demo2024q1();
  const last = demo2023q1(q1);

  it('cover every demo zone', () => {
    expect([...q1.keys()].sort()).toEqual(demoZones.map((z) => z.code).sort());
  });

  it("sum to the report's 2024 Q1 city figures exactly", () => {
    for (const ind of demoIndicators)
      expect(total(q1, ind.code), ind.code).toBe(parseQuantity(ind.total2024q1));
  });

  it('give +6.93 % 工业投资 on 2023 Q1 (36.3135 亿元) and 95.10 % 转型项目投资', () => {
    expect(total(last, 'industrial_investment')).toBe(parseQuantity(INDUSTRIAL_INVESTMENT_2023Q1));
    expect(yoyRate(total(q1, 'industrial_investment'), total(last, 'industrial_investment'))).toBe(693);
    expect(sharePercent(total(q1, 'transformation_investment'), total(q1, 'industrial_investment'))).toBe(
      9510,
    );
  });

  it('keep each zone plausible: transformation within investment, land only with parcels, nothing negative', () => {
    for (const [zone, v] of q1) {
      expect(v.get('transformation_investment') ?? 0, zone).toBeLessThanOrEqual(
        v.get('industrial_investment') ?? 0,
      );
      if ((v.get('standard_land_parcels') ?? 0) === 0) expect(v.get('standard_land_area'), zone).toBe(0);
      if ((v.get('platform_projects') ?? 0) === 0) expect(v.get('platform_investment'), zone).toBe(0);
      for (const [code, value] of v) expect(value, `${zone} ${code}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('grow later quarters cumulatively and keep stocks', () => {
    const q4 = laterQuarter(last, 4.7);
    expect(total(q4, 'industrial_investment')).toBeGreaterThan(total(last, 'industrial_investment'));
    expect(total(q4, 'agent_staff')).toBe(total(last, 'agent_staff'));
  });

  it('apportions by largest remainder, every unit placed when any weight is', () => {
    expect(apportion(7, [1, 1, 1])).toEqual([3, 2, 2]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});
