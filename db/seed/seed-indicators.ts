import { quantityText } from '@/lib/domain/indicators';
import * as s from '../schema';
import type { Tx } from '../types';
import {
  demo2023q1,
  demo2024q1,
  demoIndicators,
  demoReferenceRates,
  laterQuarter,
  type ZoneQuarterValues,
} from './demo-indicators';

/** Who filed a zone's figures in the demo: its own supervisor where the demo has one, else the city's. */
const FILERS: Record<string, string> = { shangdang: 'duban', gaoxin: 'gaoxin' };

/**
 * The default indicator set and the demo zones' filings: 2023 (four quarters, locked by the city) and 2024 Q1
 * (open), the report's 2024 Q1 reference rates. Years are the report's own, not moved with `asOf`: they are
 * the figures the report prints, and a quarter is not a week that falls due.
 */
export async function seedIndicators(
  tx: Tx,
  ctx: { zones: Map<string, { id: number }>; users: Map<string, { id: number }> },
): Promise<void> {
  const ids = new Map<string, number>();
  for (const [i, ind] of demoIndicators.entries()) {
    const [row] = await tx
      .insert(s.indicatorDefinitions)
      .values({
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        decimals: ind.decimals,
        yoy: ind.yoy ?? false,
        shareOfId: ind.shareOf ? ids.get(ind.shareOf) : null,
        sortOrder: (i + 1) * 10,
      })
      .returning({ id: s.indicatorDefinitions.id });
    if (!row) throw new Error('insert returned nothing');
    ids.set(ind.code, row.id);
  }
  const city = ctx.users.get('shangwu')?.id ?? null;

  const q2024 = demo2024q1();
  const q2023 = demo2023q1(q2024);
  const quarters: [number, number, ZoneQuarterValues, string][] = [
    [2023, 1, q2023, '2023-04-10'],
    [2023, 2, laterQuarter(q2023, 2.2), '2023-07-10'],
    [2023, 3, laterQuarter(q2023, 3.4), '2023-10-10'],
    [2023, 4, laterQuarter(q2023, 4.7), '2024-01-10'],
    [2024, 1, q2024, '2024-04-10'],
  ];
  for (const [year, quarter, byZone, filedOn] of quarters) {
    for (const [code, values] of byZone) {
      const zone = ctx.zones.get(code);
      if (!zone) throw new Error(`demo indicators name unknown zone ${code}`);
      const filer = FILERS[code];
      const [filing] = await tx
        .insert(s.indicatorFilings)
        .values({
          zoneId: zone.id,
          year,
          quarter,
          filedBy: (filer ? ctx.users.get(filer)?.id : null) ?? city,
          filedAt: new Date(`${filedOn}T02:00:00Z`),
        })
        .returning({ id: s.indicatorFilings.id });
      if (!filing) throw new Error('insert returned nothing');
      await tx.insert(s.indicatorValues).values(
        [...values].map(([indicator, value]) => ({
          filingId: filing.id,
          indicatorId: ids.get(indicator) ?? 0,
          value: quantityText(value),
        })),
      );
    }
    if (year === 2023) {
      await tx.insert(s.indicatorQuarters).values({
        year,
        quarter,
        locked: true,
        changedBy: city,
        changedAt: new Date(`${filedOn}T08:00:00Z`),
      });
    }
  }
  const indicatorId = ids.get(demoReferenceRates.indicator) ?? 0;
  // 2024 Q1 stays open; its row holds the reference rates the city entered when the report was written.
  await tx
    .insert(s.indicatorQuarters)
    .values({ year: 2024, quarter: 1, changedBy: city, changedAt: new Date('2024-04-12T08:00:00Z') });
  await tx.insert(s.indicatorReferenceRates).values([
    { year: 2024, quarter: 1, indicatorId, scope: 'city', rate: demoReferenceRates.city },
    { year: 2024, quarter: 1, indicatorId, scope: 'province', rate: demoReferenceRates.province },
  ]);
}
