import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  indicatorDefinitions,
  indicatorFilings,
  indicatorQuarters,
  indicatorValues,
  users,
  zones,
} from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { comparisonZh, formatQuantity, hundredthsText, rateText } from '@/lib/domain/indicators';
import { indicatorTable, zoneFiling } from '@/lib/queries/indicators';
import { saveIndicatorDefinitionAction } from './indicator-definition';
import { fileIndicatorsAction } from './indicator-filing';
import { setQuarterLockAction, setReferenceRatesAction } from './indicator-quarter';

const h = actionHarness();
const Q1 = { year: 2024, quarter: 1 };
const Q2 = { year: 2024, quarter: 2 };

const zoneId = async (code: string) =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, code)))[0]?.id ?? 0;
const viewerOf = async (username: string) => {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(`no viewer ${username}`);
  return v;
};
const defs = () => h.db.select().from(indicatorDefinitions).orderBy(indicatorDefinitions.sortOrder);
const defId = async (code: string) => (await defs()).find((d) => d.code === code)?.id ?? 0;

/** A zone's filing of a quarter, as stored: its version and values by indicator code. */
async function storedFiling(zone: number, q: { year: number; quarter: number }) {
  const rows = await h.db
    .select({
      version: indicatorFilings.version,
      code: indicatorDefinitions.code,
      value: indicatorValues.value,
    })
    .from(indicatorFilings)
    .leftJoin(indicatorValues, eq(indicatorValues.filingId, indicatorFilings.id))
    .leftJoin(indicatorDefinitions, eq(indicatorDefinitions.id, indicatorValues.indicatorId))
    .where(
      and(
        eq(indicatorFilings.zoneId, zone),
        eq(indicatorFilings.year, q.year),
        eq(indicatorFilings.quarter, q.quarter),
      ),
    );
  return {
    version: rows[0]?.version ?? 0,
    values: Object.fromEntries(rows.flatMap((r) => (r.code ? [[r.code, r.value]] : []))),
  };
}

/** Every indicator of the set with a figure: i + 1, and 12.3456 for 工业投资. */
async function filingInput(zone: number, q: { year: number; quarter: number }, version: number) {
  return {
    zoneId: zone,
    ...q,
    version,
    values: (await defs()).map((d, i) => ({
      indicatorId: d.id,
      value: d.code === 'industrial_investment' ? '12.3456' : String(i + 1),
    })),
  };
}

describe('the 2024 Q1 table reproduces the report', () => {
  it("has the city's figures of the report, its +6.93 % and the report's words against 全市 and 全省开发区", async () => {
    const table = await indicatorTable(h.db, await viewerOf('shangwu'), Q1);
    expect(table.zones).toHaveLength(10);
    const city = table.city;
    if (!city) throw new Error('the city sees its row');
    const shown = Object.fromEntries(
      table.defs.map((d) => [d.code, formatQuantity(city.cells.get(d.id)?.value ?? Number.NaN, d.decimals)]),
    );
    expect(shown).toEqual({
      industrial_value_added: '116.12',
      industrial_investment: '38.83',
      transformation_investment: '36.9',
      filed_projects: '116',
      commitment_projects: '50',
      standard_land_parcels: '8',
      standard_land_area: '712.327',
      agent_staff: '308',
      agent_projects: '101',
      agent_matters: '126',
      platform_projects: '7',
      platform_investment: '21.1',
      platform_infrastructure: '7.87',
    });
    const investment = city.cells.get(await defId('industrial_investment'));
    expect(investment?.yoy).toBe(693);
    expect(rateText(investment?.yoy ?? 0)).toBe('6.93');
    expect(hundredthsText(city.cells.get(await defId('transformation_investment'))?.share ?? 0)).toBe('95.1');
    expect(comparisonZh(investment?.vsCity ?? 0, '全市')).toBe('低于全市13.87个百分点');
    expect(comparisonZh(investment?.vsProvince ?? 0, '全省开发区')).toBe('低于全省开发区4个百分点');
  });

  it('compares in percentage points exactly as an independent computation from the stored figures', async () => {
    // Straight from the tables, in SQL's exact numeric, without the app's domain code.
    const sums = await h.db.execute(sql`
      select f.year, f.zone_id, z.code, sum(v.value)::text as total
      from indicator_values v
      join indicator_filings f on f.id = v.filing_id
      join indicator_definitions d on d.id = v.indicator_id
      join zones z on z.id = f.zone_id
      where d.code = 'industrial_investment' and f.quarter = 1 and f.year in (2023, 2024)
      group by rollup ((f.year), (f.zone_id, z.code))`);
    const rows = (sums as unknown as { rows: { year: number | null; code: string | null; total: string }[] })
      .rows;
    const total = (year: number, code: string | null) =>
      Number(rows.find((r) => r.year === year && r.code === code)?.total);
    const percent = (now: number, then: number) => Math.round((now / then - 1) * 10_000) / 100;
    const cityRate = percent(total(2024, null), total(2023, null));
    expect(total(2024, null)).toBe(38.83);
    expect(cityRate).toBe(6.93);

    const table = await indicatorTable(h.db, await viewerOf('shangwu'), Q1);
    const inv = await defId('industrial_investment');
    expect((table.city?.cells.get(inv)?.vsCity ?? 0) / 100).toBeCloseTo(cityRate - 20.8, 10);
    for (const zone of table.zones) {
      const [code] = (
        await h.db.select({ code: zones.code }).from(zones).where(eq(zones.id, zone.zoneId))
      ).map((z) => z.code);
      const zoneRate = percent(total(2024, code ?? ''), total(2023, code ?? ''));
      const cell = zone.row.cells.get(inv);
      expect(cell?.yoy, code).toBe(Math.round(zoneRate * 100));
      expect((cell?.vsZones ?? 0) / 100, code).toBeCloseTo(zoneRate - cityRate, 10);
      expect((cell?.vsProvince ?? 0) / 100, code).toBeCloseTo(zoneRate - 10.93, 10);
    }
  });
});

describe("a zone's filing", () => {
  it('a zone supervisor files their zone’s quarter, audited, and sees only their row', async () => {
    const sd = await zoneId('shangdang');
    const result = await h.run(fileIndicatorsAction, 'duban', await filingInput(sd, Q2, 0));
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const stored = await storedFiling(sd, Q2);
    expect(stored.version).toBe(1);
    expect(stored.values.industrial_investment).toBe('12.3456');
    expect(Object.keys(stored.values)).toHaveLength(13);
    expect(await h.audit()).toMatchObject([
      { action: 'indicator.file', entity: 'indicator_filing', before: null, after: { zoneId: sd, ...Q2 } },
    ]);

    // A correction: the next version, an emptied field is no longer reported.
    const again = await filingInput(sd, Q2, 1);
    again.values = again.values.map((v, i) => (i === 0 ? { ...v, value: '' } : v));
    expect(await h.run(fileIndicatorsAction, 'duban', again)).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(Object.keys((await storedFiling(sd, Q2)).values)).toHaveLength(12);

    const table = await indicatorTable(h.db, await viewerOf('duban'), Q2);
    expect(table.zones.map((z) => z.zoneId)).toEqual([sd]);
    expect(table.city).toBeNull();
    const q1 = await indicatorTable(h.db, await viewerOf('duban'), Q1);
    expect(q1.zones.map((z) => z.zoneId)).toEqual([sd]);
    // …compared with the zones' aggregate all the same
    expect(q1.zones[0]?.row.cells.get(await defId('industrial_investment'))?.vsZones).not.toBeNull();
  });

  it("refuses another zone's filing and changes nothing", async () => {
    const gx = await zoneId('gaoxin');
    await h.expectRefused(fileIndicatorsAction, 'duban', await filingInput(gx, Q2, 0), 'not_found');
    await h.expectRefused(fileIndicatorsAction, 'admin', await filingInput(gx, Q1, 1), 'not_found');
    // nor may an official or a viewer file their own zone's
    const sd = await zoneId('shangdang');
    await h.expectRefused(fileIndicatorsAction, 'xu', await filingInput(sd, Q2, 0), 'forbidden');
    await h.expectRefused(fileIndicatorsAction, 'chakan', await filingInput(sd, Q2, 0), 'forbidden');
    await h.expectRefused(fileIndicatorsAction, null, await filingInput(sd, Q2, 0), 'unauthenticated');
    expect(await zoneFiling(h.db, await viewerOf('duban'), gx, Q1)).toBeNull();
  });

  it('the city corrects any zone', async () => {
    const gx = await zoneId('gaoxin');
    const { version } = await storedFiling(gx, Q1);
    expect(await h.run(fileIndicatorsAction, 'shangwu', await filingInput(gx, Q1, version))).toMatchObject({
      ok: true,
      data: { version: version + 1 },
    });
  });

  it('refuses a stale version as a conflict and changes nothing', async () => {
    const sd = await zoneId('shangdang');
    const { version } = await storedFiling(sd, Q1);
    expect(version).toBe(1);
    await h.expectRefused(fileIndicatorsAction, 'duban', await filingInput(sd, Q1, 0), 'conflict');
    await h.run(fileIndicatorsAction, 'duban', await filingInput(sd, Q2, 0));
    await h.expectRefused(fileIndicatorsAction, 'admin', await filingInput(sd, Q2, 0), 'conflict');
  });

  it('refuses figures that are not numbers with at most four decimals', async () => {
    const sd = await zoneId('shangdang');
    for (const bad of ['-1', '1.23456', 'abc', '1e3'])
      await h.expectRefused(
        fileIndicatorsAction,
        'duban',
        {
          zoneId: sd,
          ...Q2,
          version: 0,
          values: [{ indicatorId: await defId('filed_projects'), value: bad }],
        },
        'invalid',
      );
  });
});

describe('the quarter lock', () => {
  it('a locked quarter refuses filing, with a clear message, and changes nothing; unlocked it files again', async () => {
    const sd = await zoneId('shangdang');
    expect(await h.run(setQuarterLockAction, 'shangwu', { ...Q1, locked: true })).toMatchObject({
      ok: true,
      data: { locked: true },
    });
    const refused = await h.expectRefused(
      fileIndicatorsAction,
      'duban',
      await filingInput(sd, Q1, 1),
      'conflict',
    );
    expect(refused).toMatchObject({ message: expect.stringContaining('锁定') });
    // the city too: a lock is for everyone until it is lifted
    await h.expectRefused(fileIndicatorsAction, 'shangwu', await filingInput(sd, Q1, 1), 'conflict');

    expect(await h.run(setQuarterLockAction, 'shangwu', { ...Q1, locked: false })).toMatchObject({
      ok: true,
    });
    expect(await h.run(fileIndicatorsAction, 'duban', await filingInput(sd, Q1, 1))).toMatchObject({
      ok: true,
    });
    expect((await h.audit()).map((a) => a.action)).toEqual([
      'indicator.lock',
      'indicator.lock',
      'indicator.file',
    ]);
  });

  it('is the city’s: a zone’s supervisor and admin are refused', async () => {
    await h.expectRefused(setQuarterLockAction, 'duban', { ...Q1, locked: true }, 'forbidden');
    await h.expectRefused(setQuarterLockAction, 'admin', { ...Q1, locked: true }, 'forbidden');
    const [row] = await h.db
      .select()
      .from(indicatorQuarters)
      .where(and(eq(indicatorQuarters.year, 2024), eq(indicatorQuarters.quarter, 1)));
    expect(row?.locked).toBe(false);
  });
});

describe('reference rates and definitions', () => {
  it('the city enters the rates against the quarter’s version; a zone may not', async () => {
    const inv = await defId('industrial_investment');
    const [row] = await h.db
      .select()
      .from(indicatorQuarters)
      .where(and(eq(indicatorQuarters.year, 2024), eq(indicatorQuarters.quarter, 1)));
    const input = {
      ...Q1,
      version: row?.version,
      rates: [{ indicatorId: inv, city: '15', province: '6.93' }],
    };
    await h.expectRefused(setReferenceRatesAction, 'duban', input, 'forbidden');
    expect(await h.run(setReferenceRatesAction, 'shangwu', input)).toMatchObject({ ok: true });
    await h.expectRefused(setReferenceRatesAction, 'shangwu', input, 'conflict');
    const table = await indicatorTable(h.db, await viewerOf('shangwu'), Q1);
    expect(comparisonZh(table.city?.cells.get(inv)?.vsCity ?? 0, '全市')).toBe('低于全市8.07个百分点');
    expect(comparisonZh(table.city?.cells.get(inv)?.vsProvince ?? 0, '全省开发区')).toBe('与全省开发区持平');
  });

  it('the city admin defines an indicator; a city supervisor may not', async () => {
    const [cityAdmin] = await h.db
      .insert(users)
      .values({ username: 'shiadmin', name: '市级管理员', role: 'admin', zoneId: null, passwordHash: 'x' })
      .returning();
    expect(cityAdmin).toBeDefined();
    const input = {
      id: '',
      version: 0,
      code: 'export_value',
      name: '进出口额',
      unit: '亿元',
      decimals: 2,
      yoy: true,
      summed: true,
      shareOfId: '',
      sortOrder: 200,
      active: true,
    };
    await h.expectRefused(saveIndicatorDefinitionAction, 'shangwu', input, 'forbidden');
    const saved = await h.run(saveIndicatorDefinitionAction, 'shiadmin', input);
    expect(saved).toMatchObject({ ok: true, data: { version: 1 } });
    await h.expectRefused(saveIndicatorDefinitionAction, 'shiadmin', input, 'invalid'); // code taken
    if (!saved.ok) return;
    expect(
      await h.run(saveIndicatorDefinitionAction, 'shiadmin', {
        ...input,
        id: saved.data.id,
        version: 1,
        active: false,
      }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await indicatorTable(h.db, await viewerOf('shangwu'), Q1)).defs.map((d) => d.code)).not.toContain(
      'export_value',
    );
  });
});
