import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type auditLog, planVersions, users, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { importLedgerAction } from '@/lib/actions/ledger-import';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { reportXlsx } from '@/lib/export/xlsx';
import { translatorFor } from '@/lib/i18n/messages';
import { loadZoneBook } from '@/lib/queries/ledger-book';
import { weeklyReport } from '@/lib/queries/weekly-report';
import type { LedgerOptions } from '@/lib/validation/ledger-import';
import { readLedgerFile } from './ledger-file';
import type { BookProject } from './ledger-plan';
import { planLedger } from './plan-ledger';

// Issue 15's ledger import against the demo: a ledger of 上党's 27 projects, made here the way a zone's office
// keeps one (a merged title line, 总投资 in 亿元 beside 万元 columns, dates as dates and as text), imported
// into an empty zone, then again; and a ledger with three bad rows.

const h = actionHarness();
const t = translatorFor('zh-CN');

const zoneIdOf = async (code: string) =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, code)))[0]?.id ?? 0;

const HEADER = [
  '项目名称',
  '建设单位',
  '园区',
  '建设性质',
  '总投资（亿元）',
  '年度计划投资（万元）',
  '已完成投资(万元)',
  '计划开工',
  '计划竣工',
  '项目阶段',
  '包联领导',
  '专职推进',
  '常驻联络',
  '联系人',
  '电话',
  '备注',
];
const KIND = { continuing: '续建', new: '新建', pipeline: '谋划' } as const;
const STAGE = {
  negotiating: '洽谈',
  signed: '签约',
  under_construction: '开工',
  in_production: '投产',
  at_capacity: '达效',
} as const;

/** The zone's projects as a ledger: the year to date as 已完成, 总投资 in 亿元, start dates as Excel dates. */
async function ledgerOf(projects: readonly BookProject[], edit?: (rows: unknown[][]) => void) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(['上党经开区重点项目台账']);
  sheet.mergeCells(1, 1, 1, HEADER.length);
  sheet.addRow(HEADER);
  const rows = projects.map((p) => [
    p.name,
    p.enterprise,
    p.park,
    KIND[p.kind],
    p.total / 10_000,
    p.annual,
    p.completedBase + p.filed,
    p.plannedStart ? new Date(`${p.plannedStart}T00:00:00Z`) : '',
    p.plannedFinish?.replaceAll('-', '/') ?? '',
    STAGE[p.stage],
    p.holders.leader?.name ?? '',
    p.holders.cadre?.name ?? '',
    p.holders.liaison?.name ?? '',
    p.contactPerson,
    p.contactPhone,
    p.summary,
  ]);
  edit?.(rows);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A project as the import is held to: every fact a ledger carries, the year to date, the holders' names. */
const facts = (p: BookProject) => ({
  name: p.name,
  enterprise: p.enterprise,
  park: p.park,
  kind: p.kind,
  stage: p.stage,
  total: p.total,
  annual: p.annual,
  yearToDate: p.completedBase + p.filed,
  plannedStart: p.plannedStart,
  plannedFinish: p.plannedFinish,
  contactPerson: p.contactPerson,
  contactPhone: p.contactPhone,
  summary: p.summary,
  holders: Object.fromEntries(Object.entries(p.holders).map(([role, held]) => [role, held?.name])),
});

/** An empty zone with officials of the demo zone's names: where a zone adopting the app starts. */
async function emptyZone() {
  const [zone] = await h.db.insert(zones).values({ code: 'newzone', name: '新开发区' }).returning();
  const sd = await zoneIdOf('shangdang');
  const officials = await h.db.select().from(users).where(eq(users.zoneId, sd));
  await h.db.insert(users).values(
    officials
      .filter((u) => u.role === 'official')
      .map((u) => ({
        ...u,
        id: undefined,
        username: `new-${u.username}`,
        zoneId: zone?.id,
        disabled: false,
      })),
  );
  return zone?.id ?? 0;
}

async function importFile(username: string, bytes: Uint8Array, options: LedgerOptions) {
  const sheets = await readLedgerFile(bytes);
  const reading = await planLedger(h.db, sheets, options);
  if (!reading) throw new Error('no header');
  const grid = sheets.find((s) => s.sheet === reading.header.sheet);
  const input = { ...options, fileName: '台账.xlsx', grid, fingerprint: reading.plan.fingerprint };
  return { reading, input, result: await h.run(importLedgerAction, username, input) };
}

const options = (zoneId: number, more: Partial<LedgerOptions> = {}): LedgerOptions => ({
  zoneId,
  planYear: 2024,
  createMissing: false,
  mapping: { columns: {}, units: {} },
  choices: {},
  ...more,
});

describe('ledger import', () => {
  it('a ledger of the demo zone imports into an empty zone to exactly its figures, and a second import changes nothing', async () => {
    const sd = await zoneIdOf('shangdang');
    const demo = (await loadZoneBook(h.db, sd)).projects;
    expect(demo).toHaveLength(27);
    const bytes = await ledgerOf(demo);
    const zone = await emptyZone();

    const first = await importFile('shiguan', bytes, options(zone, { createMissing: true }));
    expect(first.reading.plan.problemCount).toBe(0);
    expect(first.result).toMatchObject({ ok: true, data: { create: 27, update: 0, same: 0, invalid: 0 } });
    const imported = (await loadZoneBook(h.db, zone)).projects;
    expect(imported.map(facts)).toEqual(demo.map(facts));
    expect(imported.reduce((s, p) => s + p.total, 0)).toBe(1_036_000);
    const [audit] = (await h.audit()).filter((a) => a.action === 'project.import_ledger');
    expect(audit?.after).toMatchObject({ fileName: '台账.xlsx', rows: 27, counts: { create: 27 } });

    const before = await h.snapshot();
    const second = await importFile('shiguan', bytes, options(zone, { createMissing: true }));
    expect(second.reading.plan.counts).toEqual({ create: 0, update: 0, same: 27, invalid: 0 });
    expect(second.result).toMatchObject({ ok: true, data: { create: 0, update: 0, same: 27 } });
    const after = await h.snapshot();
    const audits = after.audit_log as (typeof auditLog.$inferSelect)[];
    expect({ ...after, audit_log: audits.slice(0, -1) }).toEqual(before);
  });

  it('the demo zone’s own ledger and its weekly export re-import as unchanged', async () => {
    const sd = await zoneIdOf('shangdang');
    const book = await loadZoneBook(h.db, sd);
    const own = await planLedger(h.db, await readLedgerFile(await ledgerOf(book.projects)), options(sd));
    expect(own?.plan.counts).toEqual({ create: 0, update: 0, same: 27, invalid: 0 });

    // the demo's week (the test database is seeded as of the report's date)
    const report = await weeklyReport(
      h.db,
      sd,
      reportWeekContaining('2024-04-15'),
      new Date('2024-04-19T04:00:00Z'),
    );
    const exported = new Uint8Array(await new Response(reportXlsx(report, t)).arrayBuffer());
    const reading = await planLedger(h.db, await readLedgerFile(exported), options(sd));
    expect(reading?.plan.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(reading?.plan.counts).toEqual({ create: 0, update: 0, same: 27, invalid: 0 });
  });

  it('a ledger with three bad rows names each problem by its cell and writes nothing', async () => {
    const sd = await zoneIdOf('shangdang');
    const demo = (await loadZoneBook(h.db, sd)).projects;
    const bytes = await ledgerOf(demo, (rows) => {
      (rows[0] as unknown[])[4] = '二十亿'; // E3: not an amount
      (rows[4] as unknown[])[8] = '2024-13-45'; // I7: not a date
      (rows[9] as unknown[])[2] = '不存在的园区'; // C12: no such park
    });
    const sheets = await readLedgerFile(bytes);
    const reading = await planLedger(h.db, sheets, options(sd));
    const problems = reading?.plan.rows.flatMap((r) => r.problems.map((p) => `${p.cell} ${p.key}`));
    expect(problems).toEqual(['E3 notAmount', 'I7 notDate', 'C12 unknownPark']);
    const grid = sheets[0];
    await h.expectRefused(
      importLedgerAction,
      'duban',
      { ...options(sd), fileName: 'bad.xlsx', grid, fingerprint: reading?.plan.fingerprint },
      'invalid',
    );
  });

  it('changed rows are updated and reported; a stale preview is a conflict', async () => {
    const sd = await zoneIdOf('shangdang');
    const demo = (await loadZoneBook(h.db, sd)).projects;
    const bytes = await ledgerOf(demo, (rows) => {
      (rows[0] as unknown[])[5] = 65_000; // 年度计划投资
      (rows[1] as unknown[])[10] = '李某'; // 包联领导
    });
    const sheets = await readLedgerFile(bytes);
    const reading = await planLedger(h.db, sheets, options(sd));
    expect(reading?.plan.counts).toEqual({ create: 0, update: 2, same: 25, invalid: 0 });
    const input = { ...options(sd), fileName: 'x.xlsx', grid: sheets[0] };
    await h.expectRefused(importLedgerAction, 'duban', { ...input, fingerprint: '00000000' }, 'conflict');
    const result = await h.run(importLedgerAction, 'duban', {
      ...input,
      fingerprint: reading?.plan.fingerprint,
    });
    expect(result).toMatchObject({ ok: true, data: { update: 2, same: 25 } });
    const now = (await loadZoneBook(h.db, sd)).projects;
    expect(now[0]?.annual).toBe(65_000);
    expect(now[1]?.holders.leader?.name).toBe('李某');
    // each project's history has its change; an approved plan's annual figure changed is a correction version
    const rows = (await h.audit()).filter(
      (a) => a.action === 'project.import_ledger' && a.entity === 'project',
    );
    expect(rows.map((a) => a.projectId).sort()).toEqual([demo[0]?.id, demo[1]?.id].sort());
    const first = demo[0]?.id ?? 0;
    const versions = await h.db.select().from(planVersions).where(eq(planVersions.projectId, first));
    expect(versions.at(-1)?.kind).toBe('correction');
  });

  it('refuses rows that would write what the preview did not show', async () => {
    const sd = await zoneIdOf('shangdang');
    const demo = (await loadZoneBook(h.db, sd)).projects;
    const bytes = await ledgerOf(demo.slice(0, 3), (rows) => {
      (rows[0] as unknown[])[3] = 'constructor'; // A3…: a word every object has is no kind
      rows.push([...(rows[1] as unknown[])]); // the second project twice
    });
    const reading = await planLedger(h.db, await readLedgerFile(bytes), options(sd));
    expect(reading?.plan.rows.flatMap((r) => r.problems.map((p) => `${p.cell} ${p.key}`))).toEqual([
      'D3 unknownKind',
      'A6 duplicateRow',
      'A6 sameProject',
    ]);
    const otherYear = await planLedger(h.db, await readLedgerFile(bytes), options(sd, { planYear: 2025 }));
    expect(otherYear?.plan.rows[2]?.problems.map((p) => p.key)).toEqual(['otherPlanYear']);
  });

  it('refuses an official and another zone’s supervisor, changing nothing', async () => {
    const sd = await zoneIdOf('shangdang');
    const sheets = await readLedgerFile(await ledgerOf((await loadZoneBook(h.db, sd)).projects));
    const reading = await planLedger(h.db, sheets, options(sd));
    const input = {
      ...options(sd),
      fileName: 'x.xlsx',
      grid: sheets[0],
      fingerprint: reading?.plan.fingerprint,
    };
    await h.expectRefused(importLedgerAction, 'xu', input, 'forbidden');
    await h.expectRefused(importLedgerAction, 'gaoxin', input, 'not_found');
    await h.expectRefused(importLedgerAction, null, input, 'unauthenticated');
  });
});
