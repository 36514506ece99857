import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { milestones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { addAttachmentAction } from '@/lib/actions/attachment-add';
import { prepareUpload } from '@/lib/attachments/prepare';
import { loadViewer } from '@/lib/auth/viewer';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { translatorFor } from '@/lib/i18n/messages';
import { type Dossier, type DossierFiling, projectDossier } from '@/lib/queries/project-dossier';
import { settled } from '@/lib/testing/settled';
import { findDossierFont, fontBytes } from './dossier-font';
import { type DossierOptions, dossierPdf } from './dossier-pdf';

// 一项目一档 (issue 15): the demo project's dossier read back with pdf.js, a real PDF reader, so the test
// holds the file to what a reader gets (it opens, its text is the project's and extracts as Chinese), not to
// the code that drew it.

const h = actionHarness();
const t = translatorFor('zh-CN');
const NOW = new Date('2024-04-19T04:00:00Z');
const PROJECT = '日盛达光伏玻璃生产线（二期）';
let font: DossierOptions['font'];

beforeAll(async () => {
  const found = await findDossierFont();
  if (!found) throw new Error('no CJK font: install fonts-noto-cjk or set DOSSIER_FONT');
  font = { bytes: await fontBytes(found), face: found.face };
});

async function viewerOf(username: string) {
  const viewer = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!viewer) throw new Error(username);
  return viewer;
}

const options = (who: string): DossierOptions => ({ font, who, now: NOW, locale: 'zh-CN' });

/** Every page's text as pdf.js extracts it (through each font's ToUnicode map), pages joined. */
async function pdfText(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  await pdf.destroy();
  return { pages: pdf.numPages, text: pages.join('\n') };
}

async function dossierOf(username: string, projectName = PROJECT): Promise<Dossier> {
  const dossier = await projectDossier(h.db, await viewerOf(username), await h.projectId(projectName));
  if (!dossier) throw new Error(`no dossier for ${username}`);
  return dossier;
}

describe('the project dossier PDF', () => {
  it('opens, and holds the project’s name, every milestone and its blockers, as Chinese text', async () => {
    const dossier = await dossierOf('duban');
    const bytes = new Uint8Array(
      await new Response(dossierPdf(dossier, t, options('督办员 郑某'))).arrayBuffer(),
    );
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');

    const { text, pages } = await pdfText(bytes);
    const names = await h.db
      .select({ name: milestones.name })
      .from(milestones)
      .where(eq(milestones.projectId, await h.projectId(PROJECT)))
      .orderBy(asc(milestones.sortOrder));
    expect(names.length).toBeGreaterThan(3);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(PROJECT);
    for (const { name } of names) expect(flat, name).toContain(name.replace(/\s+/g, ''));
    // the contacts, a blocker with its timeline, this year's filings and the seam for attachments
    for (const part of [
      '二、“三个一”包联',
      '张某',
      '窑炉点火用能指标待落实',
      '五、2024年周调度',
      '七、照片和附件',
    ])
      expect(flat).toContain(part);
    expect(flat).toContain('暂无照片和附件');
    expect(pages).toBeGreaterThanOrEqual(1);
    // The font is embedded as a subset: the whole collection is ~19 MB.
    expect(bytes.length).toBeLessThan(1024 * 1024);
    if (process.env.DOSSIER_SAMPLE)
      await import('node:fs').then((fs) => fs.writeFileSync(process.env.DOSSIER_SAMPLE as string, bytes));
  });

  it('is in the reader’s language', async () => {
    const en = translatorFor('en');
    const stream = dossierPdf(await dossierOf('duban'), en, { ...options('Zheng'), locale: 'en' });
    const { text } = await pdfText(new Uint8Array(await new Response(stream).arrayBuffer()));
    expect(text).toContain('1. Facts');
    expect(text.replace(/\s+/g, '')).toContain(PROJECT);
  });

  it('is not given to another zone’s accounts, and is to whoever reads the project', async () => {
    const id = await h.projectId(PROJECT);
    expect(await projectDossier(h.db, await viewerOf('gaoxin1'), id)).toBeNull();
    expect(await projectDossier(h.db, await viewerOf('gaoxin'), id)).toBeNull();
    expect(await projectDossier(h.db, await viewerOf('duban'), 2_000_000_000)).toBeNull();
    for (const reader of ['chakan', 'zhang', 'wu', 'shangwu'])
      expect(await projectDossier(h.db, await viewerOf(reader), id), reader).not.toBeNull();
  });

  it('sends its pages while it is still being written: most of the file is out before the last section is read', async () => {
    const dossier = await dossierOf('duban');
    // A year of long weekly filings, so the dossier has many pages before its blockers.
    const long =
      '现场施工有序推进，窑炉砌筑、设备安装和调试同步开展，协调解决施工用电、用水和道路问题。'.repeat(6);
    async function* year(): AsyncGenerator<DossierFiling> {
      for (let week = 0; week < 52; week++)
        yield {
          weekStart: `2024-W${week}`,
          progress: long,
          nextPlan: long,
          investment: 100,
          filedBy: '徐某',
        };
    }
    let received = 0;
    const chunks: Uint8Array[] = [];
    let atLastSection: { bytes: number; pages: number } | null = null;
    const blockers = dossier.blockers;
    async function* watched() {
      const bytes = await settled(() => received);
      atLastSection = { bytes, pages: pageObjects(chunks) };
      yield* blockers;
    }
    const reader = dossierPdf(
      { ...dossier, filings: year(), blockers: watched() },
      t,
      options('督办员 郑某'),
    ).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      chunks.push(value);
    }
    const { pages } = await pdfText(new Uint8Array(Buffer.concat(chunks)));
    expect(pages).toBeGreaterThan(12);
    const before = atLastSection as { bytes: number; pages: number } | null;
    // Every page finished before the blockers (all but the one being drawn) has been sent, not held.
    expect(before?.pages).toBeGreaterThanOrEqual(pages - 3);
    expect(before?.bytes).toBeGreaterThan(0);
  });
});

describe('the dossier’s photos and files', () => {
  /** A site photo whose camera says when it was taken. */
  const photo = () =>
    sharp({ create: { width: 1200, height: 900, channels: 3, background: '#4a7' } })
      .jpeg()
      .withExif({ IFD2: { DateTimeOriginal: '2026:11:30 09:41:07' } })
      .toBuffer()
      .then((b) => new Uint8Array(b));

  async function uploadPhoto(name: string) {
    const target = {
      on: 'week' as const,
      projectId: await h.projectId(PROJECT),
      weekStart: reportWeekOf(new Date()).start,
    };
    const file = await prepareUpload(await photo(), name, null);
    expect(await h.run(addAttachmentAction, 'xu', { target, clientKey: randomUUID(), file })).toMatchObject({
      ok: true,
    });
  }

  /** How many images pdf.js paints, over every page. */
  async function paintedImages(bytes: Uint8Array) {
    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
    let images = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const ops = await (await pdf.getPage(n)).getOperatorList();
      images += ops.fnArray.filter((op) => op === OPS.paintImageXObject).length;
    }
    await pdf.destroy();
    return images;
  }

  it('shows each photo as a thumbnail captioned with where it hangs and when it was taken', async () => {
    for (const name of ['窑炉.jpg', '厂房.jpg', '道路.jpg', '料场.jpg']) await uploadPhoto(name);
    const bytes = new Uint8Array(
      await new Response(dossierPdf(await dossierOf('duban'), t, options('督办员 郑某'))).arrayBuffer(),
    );
    // four photos: a full row of three and a row of one
    expect(await paintedImages(bytes)).toBe(4);
    const flat = (await pdfText(bytes)).text.replace(/\s+/g, '');
    const week = reportWeekOf(new Date());
    expect(flat).toContain(`${week.year}年第${week.number}周周报·拍摄于2026-11-3009:41`);
    expect(flat).not.toContain('暂无照片和附件');
  });
});

/** Page objects in the bytes so far: pdfkit writes a page's dictionary when the page is done. */
function pageObjects(chunks: readonly Uint8Array[]): number {
  const text = Buffer.concat(chunks).toString('latin1');
  return text.match(/\/Type \/Page\b/g)?.length ?? 0;
}
