// npm run bench:import — issue 15's goal: a 5,000-row 项目台账 imported in ≤ 10 s. A fresh demo database on
// PostgreSQL and on the embedded PGlite; the ledger is an xlsx made here (5,000 new projects over the demo
// zone's parks and officials, 总投资 in 亿元). Times the read, the preview and the import, then the same file
// again (5,000 unchanged rows). Prints figures; never fails on a time.
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { migrateDatabase, openPglite, openPostgres } from '@/db/drivers';
import { parks, users, zones } from '@/db/schema';
import { seedDemoData } from '@/db/seed/seed';
import { assertLocalDatabase, withDatabase } from '@/db/testing/local-only';
import { sessionOf } from '@/db/testing/test-db';
import type { DbHandle } from '@/db/types';
import { importLedgerAction } from '@/lib/actions/ledger-import';
import { zoneDateOf } from '@/lib/domain/dates';
import { readLedgerFile } from '@/lib/import/ledger-file';
import { planLedger } from '@/lib/import/plan-ledger';

const SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = 5_000;

async function ledger(handle: DbHandle): Promise<{ bytes: Uint8Array; zoneId: number }> {
  const [zone] = await handle.db.select().from(zones).where(eq(zones.code, 'shangdang'));
  const zoneId = zone?.id ?? 0;
  const parkNames = (await handle.db.select().from(parks).where(eq(parks.zoneId, zoneId))).map((p) => p.name);
  const people = (await handle.db.select().from(users).where(eq(users.zoneId, zoneId)))
    .filter((u) => u.role === 'official' && !u.disabled)
    .map((u) => u.name);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(['压力测试台账']);
  sheet.mergeCells(1, 1, 1, 12);
  sheet.addRow([
    '项目编号',
    '项目名称',
    '建设单位',
    '园区',
    '建设性质',
    '总投资（亿元）',
    '年度计划投资（万元）',
    '已完成投资（万元）',
    '计划开工',
    '计划竣工',
    '包联领导',
    '专职推进',
  ]);
  for (let i = 0; i < ROWS; i++) {
    sheet.addRow([
      `BENCH-${i}`,
      `压测项目${i}`,
      `压测企业${i % 700}`,
      parkNames[i % parkNames.length],
      ['续建', '新建', '谋划'][i % 3],
      (1 + (i % 50)) / 10,
      500 + (i % 5) * 100,
      i % 500,
      '2024-03-01',
      '2026-06-30',
      people[i % people.length],
      people[(i + 1) % people.length],
    ]);
  }
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), zoneId };
}

async function measure(label: string, handle: DbHandle) {
  await migrateDatabase(handle);
  await seedDemoData(handle.db, { asOf: zoneDateOf(new Date()) });
  const { bytes, zoneId } = await ledger(handle);
  const options = {
    zoneId,
    planYear: 2024,
    createMissing: true,
    mapping: { columns: {}, units: {} },
    choices: {},
  };
  const ctx = {
    db: handle.db,
    session: await sessionOf(handle.db, 'duban'),
    ip: null,
    locale: 'zh-CN' as const,
  };
  for (const round of ['first import (5,000 new)', 'same file again (5,000 unchanged)']) {
    const t0 = performance.now();
    const sheets = await readLedgerFile(bytes);
    const t1 = performance.now();
    const reading = await planLedger(handle.db, sheets, options);
    const t2 = performance.now();
    const { result } = await importLedgerAction.run(ctx, {
      ...options,
      fileName: 'bench.xlsx',
      grid: sheets[0],
      fingerprint: reading?.plan.fingerprint,
    });
    const t3 = performance.now();
    if (!result.ok) throw new Error(`import refused: ${result.message}`);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    // The page's two steps each send and read the file: preview = read + plan, import = read + plan + write.
    console.log(
      `${label}, ${round}: read ${s(t1 - t0)}, plan ${s(t2 - t1)}, import (plan again, write) ${s(t3 - t2)}; ` +
        `preview step ${s(t2 - t0)}, import step ${s(t1 - t0 + (t3 - t2))}`,
    );
  }
  await handle.close();
}

async function main() {
  console.log(`Ledger import benchmark: ${ROWS} rows, ${(await ledgerSize()).toFixed(2)} MB xlsx`);
  assertLocalDatabase(SERVER);
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS kp_bench_import WITH (FORCE)');
  await admin.query('CREATE DATABASE kp_bench_import');
  await measure('PostgreSQL', openPostgres(withDatabase(SERVER, 'kp_bench_import')));
  await admin.query('DROP DATABASE IF EXISTS kp_bench_import WITH (FORCE)');
  await admin.end();
  await measure('PGlite', await openPglite());
}

async function ledgerSize(): Promise<number> {
  const handle = await openPglite();
  await migrateDatabase(handle);
  await seedDemoData(handle.db, { asOf: zoneDateOf(new Date()) });
  const { bytes } = await ledger(handle);
  await handle.close();
  return bytes.byteLength / 1024 / 1024;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
