import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import {
  indicatorDefinitions,
  indicatorFilings,
  indicatorQuarters,
  indicatorReferenceRates,
  indicatorValues,
  users,
  zones,
} from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { reachesZone } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneDateOf } from '@/lib/domain/dates';
import {
  type Hundredths,
  type IndicatorDef,
  parseQuantity,
  parseRate,
  type Quantity,
  type QuarterKey,
  quarterOfDate,
  quarterTable,
  sameQuarterLastYear,
  type TableRow,
  type ZoneFigures,
} from '@/lib/domain/indicators';
import { zoneScope } from './scope';

// 开发区季度指标, read for the signed-in viewer. The city's aggregate (the zones' total and its 同比) is what a
// zone's rate is compared with, so the table is computed over every zone; a zone's account then gets its own
// row only, never another zone's figures nor the city's row. Its comparison "较全市开发区" does tell it the
// zones' combined rate: the figure the bureau publishes, as the report does.

const defColumns = {
  id: indicatorDefinitions.id,
  code: indicatorDefinitions.code,
  name: indicatorDefinitions.name,
  unit: indicatorDefinitions.unit,
  decimals: indicatorDefinitions.decimals,
  yoy: indicatorDefinitions.yoy,
  summed: indicatorDefinitions.summed,
  shareOfId: indicatorDefinitions.shareOfId,
  sortOrder: indicatorDefinitions.sortOrder,
  active: indicatorDefinitions.active,
  version: indicatorDefinitions.version,
};

/** The whole set, in its order: the admin page. */
export async function indicatorDefinitionList(db: DbOrTx) {
  return db
    .select(defColumns)
    .from(indicatorDefinitions)
    .orderBy(asc(indicatorDefinitions.sortOrder), asc(indicatorDefinitions.id));
}
export type IndicatorDefinitionRow = Awaited<ReturnType<typeof indicatorDefinitionList>>[number];

/** The active indicators, in order: the forms, the table and the exports. */
export async function activeIndicators(db: DbOrTx): Promise<(IndicatorDef & { sortOrder: number })[]> {
  const rows = await indicatorDefinitionList(db);
  return rows.filter((d) => d.active);
}

/** The quarter that holds today (Asia/Shanghai). */
export function currentQuarter(now = new Date()): QuarterKey {
  return quarterOfDate(zoneDateOf(now));
}

/** The latest quarter with a filing the viewer may read; this quarter when there is none. */
export async function latestFiledQuarter(db: DbOrTx, viewer: Viewer): Promise<QuarterKey> {
  const [row] = await db
    .select({ year: indicatorFilings.year, quarter: indicatorFilings.quarter })
    .from(indicatorFilings)
    .where(zoneScope(viewer, indicatorFilings.zoneId))
    .orderBy(desc(indicatorFilings.year), desc(indicatorFilings.quarter))
    .limit(1);
  return row ?? currentQuarter();
}

/** Each zone's values of the quarters given, by zone and indicator. */
async function figuresOf(db: DbOrTx, quarters: QuarterKey[]) {
  const rows = await db
    .select({
      zoneId: indicatorFilings.zoneId,
      year: indicatorFilings.year,
      quarter: indicatorFilings.quarter,
      indicatorId: indicatorValues.indicatorId,
      value: indicatorValues.value,
    })
    .from(indicatorFilings)
    .innerJoin(indicatorValues, eq(indicatorValues.filingId, indicatorFilings.id))
    .where(
      or(
        ...quarters.map((q) =>
          and(eq(indicatorFilings.year, q.year), eq(indicatorFilings.quarter, q.quarter)),
        ),
      ),
    );
  const out = new Map<string, Map<number, Map<number, Quantity>>>();
  for (const r of rows) {
    const key = `${r.year}-${r.quarter}`;
    const byZone = out.get(key) ?? new Map<number, Map<number, Quantity>>();
    out.set(key, byZone);
    const values = byZone.get(r.zoneId) ?? new Map<number, Quantity>();
    byZone.set(r.zoneId, values);
    const q = parseQuantity(r.value);
    if (q !== null) values.set(r.indicatorId, q);
  }
  return out;
}

/** The quarter's lock and reference rates. */
export async function quarterState(db: DbOrTx, q: QuarterKey) {
  const [row] = await db
    .select()
    .from(indicatorQuarters)
    .where(and(eq(indicatorQuarters.year, q.year), eq(indicatorQuarters.quarter, q.quarter)));
  const rates = await db
    .select()
    .from(indicatorReferenceRates)
    .where(and(eq(indicatorReferenceRates.year, q.year), eq(indicatorReferenceRates.quarter, q.quarter)));
  const city = new Map<number, Hundredths>();
  const province = new Map<number, Hundredths>();
  for (const r of rates) {
    const rate = parseRate(r.rate);
    if (rate !== null) (r.scope === 'city' ? city : province).set(r.indicatorId, rate);
  }
  return { locked: row?.locked ?? false, version: row?.version ?? 0, references: { city, province } };
}

export interface IndicatorTableZone {
  zoneId: number;
  name: string;
  filing: { version: number; filedAt: Date; filedBy: string | null } | null;
  row: TableRow;
}

/**
 * The quarter's table for the viewer: the active indicators, a row per zone it reaches (every zone for the
 * city's accounts), the city's row for the city's accounts only, the lock and the reference rates.
 */
export async function indicatorTable(db: DbOrTx, viewer: Viewer, q: QuarterKey) {
  const defs = await activeIndicators(db);
  const last = sameQuarterLastYear(q);
  const [allZones, figures, state, filings] = await Promise.all([
    db.select({ id: zones.id, name: zones.name }).from(zones).orderBy(asc(zones.id)),
    figuresOf(db, [q, last]),
    quarterState(db, q),
    db
      .select({
        zoneId: indicatorFilings.zoneId,
        version: indicatorFilings.version,
        filedAt: indicatorFilings.filedAt,
        filedBy: users.name,
      })
      .from(indicatorFilings)
      .leftJoin(users, eq(users.id, indicatorFilings.filedBy))
      .where(and(eq(indicatorFilings.year, q.year), eq(indicatorFilings.quarter, q.quarter))),
  ]);
  const filingOf = new Map(filings.map((f) => [f.zoneId, f]));
  const now = figures.get(`${q.year}-${q.quarter}`);
  const then = figures.get(`${last.year}-${last.quarter}`);
  const figuresFor = (byZone: typeof now, filed: (zoneId: number) => boolean): ZoneFigures[] =>
    allZones.map((z) => ({ zoneId: z.id, filed: filed(z.id), values: byZone?.get(z.id) ?? new Map() }));
  const table = quarterTable(
    defs,
    figuresFor(now, (id) => filingOf.has(id)),
    figuresFor(then, (id) => then?.has(id) ?? false),
    state.references,
  );
  const cityViewer = viewer.zoneId === null && (viewer.role === 'admin' || viewer.role === 'supervisor');
  const zoneRows: IndicatorTableZone[] = allZones.flatMap((z, i) => {
    const row = table.zones[i];
    if (!row || !reachesZone(viewer, z.id)) return [];
    const f = filingOf.get(z.id);
    return [
      {
        zoneId: z.id,
        name: z.name,
        filing: f ? { version: f.version, filedAt: f.filedAt, filedBy: f.filedBy } : null,
        row,
      },
    ];
  });
  return {
    ...q,
    defs,
    zones: zoneRows,
    city: cityViewer ? table.city : null,
    locked: state.locked,
    quarterVersion: state.version,
    references: state.references,
  };
}
export type IndicatorTable = Awaited<ReturnType<typeof indicatorTable>>;

/** One zone's filing of a quarter as its form starts from it; null when the zone is out of the viewer's reach. */
export async function zoneFiling(db: DbOrTx, viewer: Viewer, zoneId: number, q: QuarterKey) {
  const [zone] = await db
    .select({ id: zones.id, name: zones.name })
    .from(zones)
    .where(and(eq(zones.id, zoneId), zoneScope(viewer, zones.id)));
  if (!zone) return null;
  const defs = await activeIndicators(db);
  const [filing] = await db
    .select()
    .from(indicatorFilings)
    .where(
      and(
        eq(indicatorFilings.zoneId, zone.id),
        eq(indicatorFilings.year, q.year),
        eq(indicatorFilings.quarter, q.quarter),
      ),
    );
  const values = filing
    ? await db.select().from(indicatorValues).where(eq(indicatorValues.filingId, filing.id))
    : [];
  const byId = new Map(values.map((v) => [v.indicatorId, v.value]));
  const state = await quarterState(db, q);
  return {
    zone,
    ...q,
    version: filing?.version ?? 0,
    locked: state.locked,
    defs,
    /** The stored figure without trailing zeros ("36.3135", "116"), as the form shows it. */
    values: defs.map((d) => ({ indicatorId: d.id, value: trimFigure(byId.get(d.id) ?? '') })),
  };
}

/** "116.0000" → "116", "36.9270" → "36.927". */
export function trimFigure(stored: string): string {
  if (!stored.includes('.')) return stored;
  return stored.replace(/0+$/, '').replace(/\.$/, '');
}

/** A zone's figures over every quarter it filed, oldest first, for its own page; null when out of reach. */
export async function zoneSeries(db: DbOrTx, viewer: Viewer, zoneId: number) {
  const [zone] = await db
    .select({ id: zones.id, name: zones.name })
    .from(zones)
    .where(and(eq(zones.id, zoneId), zoneScope(viewer, zones.id)));
  if (!zone) return null;
  const defs = await activeIndicators(db);
  const filings = await db
    .select({ id: indicatorFilings.id, year: indicatorFilings.year, quarter: indicatorFilings.quarter })
    .from(indicatorFilings)
    .where(eq(indicatorFilings.zoneId, zone.id))
    .orderBy(asc(indicatorFilings.year), asc(indicatorFilings.quarter));
  const values =
    filings.length === 0
      ? []
      : await db
          .select()
          .from(indicatorValues)
          .where(
            inArray(
              indicatorValues.filingId,
              filings.map((f) => f.id),
            ),
          );
  const byFiling = new Map<number, Map<number, Quantity>>();
  for (const v of values) {
    const m = byFiling.get(v.filingId) ?? new Map<number, Quantity>();
    byFiling.set(v.filingId, m);
    const q = parseQuantity(v.value);
    if (q !== null) m.set(v.indicatorId, q);
  }
  return {
    zone,
    defs,
    quarters: filings.map((f) => ({
      year: f.year,
      quarter: f.quarter,
      values: byFiling.get(f.id) ?? new Map(),
    })),
  };
}

/** The years with a filing the viewer may read, newest first, and this year: the picker's choices. */
export async function indicatorYears(db: DbOrTx, viewer: Viewer): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: indicatorFilings.year })
    .from(indicatorFilings)
    .where(zoneScope(viewer, indicatorFilings.zoneId));
  const years = new Set([...rows.map((r) => r.year), currentQuarter().year]);
  return [...years].sort((a, b) => b - a);
}
