import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { addAttachmentAction } from '@/lib/actions/attachment-add';
import { prepareUpload } from '@/lib/attachments/prepare';
import { reportWeekContaining, reportWeekOf } from '@/lib/domain/report-weeks';
import type { WeeklyReport } from '@/lib/domain/weekly-report';
import { translatorFor } from '@/lib/i18n/messages';
import { readLedgerFile } from '@/lib/import/ledger-file';
import { planLedger } from '@/lib/import/plan-ledger';
import { weeklyReport } from '@/lib/queries/weekly-report';
import { requestOrigin, weekPageUrl, weekPhotoLinks } from './photo-links';
import { type PhotoLink, reportXlsx } from './xlsx';

// The weekly xlsx's 现场照片 column: a link to the project's week page where it has photos that week, an empty
// cell where not; the ledger import, reading the app's own export back, ignores the column.

const h = actionHarness();
const t = translatorFor('zh-CN');
const PROJECT = '日盛达光伏玻璃生产线（二期）';
const ORIGIN = 'https://kp.example.cn';

const shangdang = async () =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'shangdang')))[0]?.id ?? 0;

async function sheetOf(report: WeeklyReport, links: ReadonlyMap<number, PhotoLink>) {
  const bytes = new Uint8Array(
    await new Response(reportXlsx(report, t, { photos: async () => links })).arrayBuffer(),
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { bytes, sheet };
}

describe('the weekly xlsx’s photo column', () => {
  it('links a project with photos that week to its week page, counts them, and leaves others empty', async () => {
    const projectId = await h.projectId(PROJECT);
    const week = reportWeekOf(new Date());
    const file = await prepareUpload(
      new Uint8Array(
        await sharp({ create: { width: 800, height: 600, channels: 3, background: '#4a7' } })
          .jpeg()
          .toBuffer(),
      ),
      '现场.jpg',
      null,
    );
    const target = { on: 'week' as const, projectId, weekStart: week.start };
    for (let i = 0; i < 2; i++)
      expect(await h.run(addAttachmentAction, 'xu', { target, clientKey: randomUUID(), file })).toMatchObject(
        { ok: true },
      );

    const report = await weeklyReport(h.db, await shangdang(), week, new Date());
    const links = await weekPhotoLinks(h.db, ORIGIN)(report);
    expect([...links]).toEqual([
      [projectId, { count: 2, url: `${ORIGIN}/projects/${projectId}/week?week=${week.start}` }],
    ]);

    const { sheet } = await sheetOf(report, links);
    const last = sheet.getRow(3).cellCount;
    expect(sheet.getRow(3).getCell(last).value).toBe('现场照片');
    const cells = new Map<string, ExcelJS.CellValue>();
    sheet.eachRow((row, n) => {
      if (n > 3 && typeof row.getCell(1).value === 'number')
        cells.set(String(row.getCell(2).value), row.getCell(last).value);
    });
    expect(cells.get(PROJECT)).toEqual({
      text: '照片 2 张',
      hyperlink: weekPageUrl(ORIGIN, projectId, week.start),
    });
    expect([...cells].filter(([name, v]) => name !== PROJECT && v !== null)).toEqual([]);
  });

  it('is ignored by the ledger import: the demo week’s export still re-imports as 27 unchanged rows', async () => {
    const sd = await shangdang();
    const report = await weeklyReport(
      h.db,
      sd,
      reportWeekContaining('2024-04-15'),
      new Date('2024-04-19T04:00:00Z'),
    );
    const ids = report.groups.flatMap((g) => g.rows.map((r) => r.projectId)).slice(0, 3);
    const links = new Map(
      ids.map((id) => [id, { count: 3, url: weekPageUrl(ORIGIN, id, report.week.start) }]),
    );
    const { bytes } = await sheetOf(report, links);
    const options = {
      zoneId: sd,
      planYear: 2024,
      createMissing: false,
      mapping: { columns: {}, units: {} },
      choices: {},
    };
    const reading = await planLedger(h.db, await readLedgerFile(bytes), options);
    expect(reading?.plan.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(reading?.plan.counts).toEqual({ create: 0, update: 0, same: 27, invalid: 0 });
  });
});

describe('the origin a link in a download points at', () => {
  const request = (headers: Record<string, string>) =>
    new Request('http://localhost:3000/api/reports/weekly/xlsx', { headers });

  it('is the address the browser used, or a trusted proxy’s, never an untrusted one’s', () => {
    expect(requestOrigin(request({ host: 'kp.example.cn' }), false)).toBe('http://kp.example.cn');
    const proxied = { host: 'app:3000', 'x-forwarded-host': 'kp.example.cn', 'x-forwarded-proto': 'https' };
    expect(requestOrigin(request(proxied), true)).toBe('https://kp.example.cn');
    expect(requestOrigin(request(proxied), false)).toBe('http://app:3000');
  });
});
