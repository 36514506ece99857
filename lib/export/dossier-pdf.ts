import { PassThrough } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/messages';
import type { Dossier } from '@/lib/queries/project-dossier';
import type { DossierFont } from './dossier-font';
import {
  attachmentLine,
  type Block,
  blockerBlock,
  contactTable,
  factPairs,
  filingBlock,
  milestoneTable,
  type Pair,
  photoCaption,
  stageLines,
  type TableText,
  titleLines,
} from './dossier-text';
import { drained, nodeToWeb, ReaderGone } from './streams';

const FACE = 'dossier';
const INK = '#0f172a';
const MUTED = '#475569';
const RULE = '#cbd5e1';
const HEADER_FILL = '#f1f5f9';
const SIZE = { title: 18, heading: 13, block: 10.5, body: 9.5, small: 8 } as const;
const LABEL_WIDTH = 96;
const GAP = 8;
/** Photos a row of the attachments section, each thumbnail in a 4:3 box. */
const PHOTOS_PER_ROW = 3;
const PHOTO_ASPECT = 3 / 4;

/** A photo as the grid draws it. */
interface PhotoCell {
  thumb: Uint8Array;
  caption: string;
}

export interface DossierOptions {
  /** The font's bytes and the face inside a collection: see dossier-font.ts. */
  font: { bytes: Buffer; face: DossierFont['face'] };
  /** Who downloads it (printed under the title, as a paper file says who drew it). */
  who: string;
  now: Date;
  locale: Locale;
}

/**
 * The dossier as a PDF (A4, the CJK font embedded as a subset), written page by page: pdfkit writes a page's
 * objects when the next page starts, and the writer waits for the reader after every block, so memory holds
 * the page being drawn and the font, not the document. Weekly filings, blockers and attachments (with their
 * photos' thumbnails) are read from their sources only as the writer reaches them.
 */
export function dossierPdf(
  dossier: Dossier,
  t: Translator,
  options: DossierOptions,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  void write(dossier, t, options, out).catch((err: Error) => {
    if (!(err instanceof ReaderGone)) out.destroy(err);
  });
  return nodeToWeb(out);
}

async function write(dossier: Dossier, t: Translator, options: DossierOptions, out: PassThrough) {
  const { head } = dossier;
  const top = titleLines(head, t, options.who, options.now);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 56, left: 50, right: 50 },
    compress: true,
    lang: options.locale,
    displayTitle: true,
    info: {
      Title: t('dossier.documentTitle', { project: head.project.name }),
      Creator: t('dossier.heading'),
      // The file's own date is the moment it was drawn, like the date printed under the title.
      CreationDate: options.now,
    },
    autoFirstPage: false,
  });
  doc.pipe(out);
  doc.registerFont(FACE, options.font.bytes, options.font.face);
  const pages = new Pager(doc, `${head.project.name} · `, (page) => t('dossier.page', { page }));
  doc.on('pageAdded', () => pages.footer());
  doc.addPage();
  doc.font(FACE);

  doc.fillColor(INK).fontSize(SIZE.small).text(t('dossier.heading'), { characterSpacing: 1 });
  doc.fontSize(SIZE.title).text(top.title);
  doc.fillColor(MUTED).fontSize(SIZE.body).text(top.subtitle);
  if (head.project.summary) doc.moveDown(0.3).fillColor(INK).text(head.project.summary);

  const layout = new Layout(doc);
  layout.heading(t('dossier.sections.facts'));
  layout.pairs(factPairs(head, t));
  layout.heading(t('dossier.sections.contacts'));
  layout.table(contactTable(head, t), t('dossier.none'));
  layout.heading(t('dossier.sections.stages'));
  layout.lines(stageLines(head, t), t('dossier.none'));
  layout.heading(t('dossier.sections.milestones'));
  layout.table(milestoneTable(head, t), t('project.noMilestones'));
  await drained(out);

  layout.heading(t('dossier.sections.filings', { year: head.year }));
  let filings = 0;
  for await (const filing of dossier.filings) {
    layout.block(filingBlock(filing, t));
    filings++;
    await drained(out);
  }
  if (filings === 0) layout.lines([], t('dossier.noFilings'));

  layout.heading(t('dossier.sections.blockers'));
  let raised = 0;
  for await (const blocker of dossier.blockers) {
    layout.block(blockerBlock(blocker, t));
    raised++;
    await drained(out);
  }
  if (raised === 0) layout.lines([], t('dossier.noBlockers'));

  // A photo row is about 140 pt high: the heading moves on with the first one.
  layout.heading(t('dossier.sections.attachments'), 200);
  await writeAttachments(dossier, t, layout, out);

  const ended = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  doc.end();
  await ended;
}

/**
 * The photos as a grid of thumbnails with captions, a row drawn (and let go) as soon as it is full, then the
 * other files by name. Thumbnails arrive with their batch, so memory holds a batch and a row, not the album.
 */
async function writeAttachments(dossier: Dossier, t: Translator, layout: Layout, out: PassThrough) {
  const files: string[] = [];
  let row: PhotoCell[] = [];
  let photos = 0;
  for await (const a of dossier.attachments) {
    if (!a.thumb) {
      files.push(attachmentLine(a, t));
      continue;
    }
    row.push({ thumb: a.thumb, caption: photoCaption(a, t) });
    photos++;
    if (row.length === PHOTOS_PER_ROW) {
      layout.photoRow(row);
      row = [];
      await drained(out);
    }
  }
  if (row.length > 0) layout.photoRow(row);
  if (files.length > 0 || photos === 0) layout.lines(files, t('dossier.noAttachments'));
}

/** Numbers each page as it starts (the total is unknown while pages stream out). */
class Pager {
  private count = 0;
  constructor(
    private doc: PDFKit.PDFDocument,
    private prefix: string,
    private label: (page: number) => string,
  ) {}

  footer() {
    const { doc } = this;
    this.count++;
    const { x, y } = doc;
    // A page can start inside a text that flows on (a long weekly report): it goes on at its own size and
    // colour (pdfkit keeps the size in the document, the colour is the PDF's graphics state).
    const size = (doc as unknown as { _fontSize: number })._fontSize;
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would start a new page: the margin is lifted while the footer is drawn.
    doc.page.margins.bottom = 0;
    doc.save();
    doc
      .font(FACE)
      .fontSize(SIZE.small)
      .fillColor(MUTED)
      .text(this.prefix + this.label(this.count), doc.page.margins.left, doc.page.height - 36, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.restore();
    doc.page.margins.bottom = bottom;
    doc.x = x;
    doc.y = y;
    doc.fontSize(size);
  }
}

/** The few shapes the dossier is made of, each keeping a row or a block's head on one page where it fits. */
class Layout {
  constructor(private doc: PDFKit.PDFDocument) {}

  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    const { page } = this.doc;
    return page.width - page.margins.left - page.margins.right;
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page unless `height` fits below the cursor (a taller thing starts a page and flows on). */
  private room(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** `keep`: the room the heading needs below it, so that it never ends a page alone. */
  heading(text: string, keep = 60) {
    const { doc } = this;
    this.room(keep);
    doc
      .moveDown(0.8)
      .fontSize(SIZE.heading)
      .fillColor(INK)
      .text(text, this.left, doc.y, { width: this.width });
    const y = doc.y + 2;
    doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 6;
    doc.fontSize(SIZE.body);
  }

  pairs(pairs: readonly Pair[]) {
    const { doc } = this;
    const valueWidth = this.width - LABEL_WIDTH - GAP;
    doc.fontSize(SIZE.body);
    for (const [label, value] of pairs) {
      const height = Math.max(
        doc.heightOfString(label, { width: LABEL_WIDTH }),
        doc.heightOfString(value, { width: valueWidth }),
      );
      this.room(Math.min(height, 120));
      const y = doc.y;
      doc.fillColor(MUTED).text(label, this.left, y, { width: LABEL_WIDTH });
      const labelEnd = doc.y;
      doc.fillColor(INK).text(value, this.left + LABEL_WIDTH + GAP, y, { width: valueWidth });
      // A value that flowed onto a new page leaves the cursor there; otherwise the taller column wins.
      if (doc.y >= y) doc.y = Math.max(doc.y, labelEnd);
      doc.y += 3;
    }
  }

  table(table: TableText, empty: string) {
    if (table.rows.length === 0) return this.lines([], empty);
    const { doc } = this;
    const widths = table.widths.map((w) => w * this.width);
    const inner = (i: number) => (widths[i] ?? 0) - 6;
    const heightOf = (cells: readonly string[]) =>
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: inner(i) }))) + 6;
    const draw = (cells: readonly string[], height: number, fill: string | null) => {
      const y = doc.y;
      if (fill) doc.rect(this.left, y, this.width, height).fill(fill);
      let x = this.left;
      cells.forEach((c, i) => {
        doc.fillColor(INK).text(c, x + 3, y + 3, { width: inner(i) });
        x += widths[i] ?? 0;
      });
      const line = y + height;
      doc
        .moveTo(this.left, line)
        .lineTo(this.left + this.width, line)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      doc.x = this.left;
      doc.y = line;
    };
    doc.fontSize(SIZE.body);
    const headerHeight = heightOf(table.header);
    this.room(headerHeight + 30);
    draw(table.header, headerHeight, HEADER_FILL);
    for (const row of table.rows) {
      const height = heightOf(row);
      // A row that has to start a page gets the header above it again.
      if (doc.y + height > this.bottom) {
        doc.addPage();
        draw(table.header, headerHeight, HEADER_FILL);
      }
      draw(row, height, null);
    }
  }

  lines(lines: readonly string[], empty: string) {
    const { doc } = this;
    doc.fontSize(SIZE.body);
    if (lines.length === 0) {
      doc.fillColor(MUTED).text(empty, this.left, doc.y, { width: this.width });
      return;
    }
    for (const line of lines) {
      this.room(doc.heightOfString(line, { width: this.width - 10 }));
      doc.fillColor(INK).text(`· ${line}`, this.left, doc.y, { width: this.width, indent: 0 });
    }
  }

  /** One row of the photo grid: thumbnails fitted into equal boxes, each caption under its photo. */
  photoRow(cells: readonly PhotoCell[]) {
    const { doc } = this;
    const cellWidth = (this.width - GAP * (PHOTOS_PER_ROW - 1)) / PHOTOS_PER_ROW;
    const imageHeight = cellWidth * PHOTO_ASPECT;
    doc.fontSize(SIZE.small);
    const captionHeight = Math.max(...cells.map((c) => doc.heightOfString(c.caption, { width: cellWidth })));
    this.room(imageHeight + 3 + captionHeight);
    const y = doc.y;
    cells.forEach((cell, i) => {
      const x = this.left + i * (cellWidth + GAP);
      doc.rect(x, y, cellWidth, imageHeight).fill(HEADER_FILL);
      const bytes = Buffer.from(cell.thumb.buffer, cell.thumb.byteOffset, cell.thumb.byteLength);
      doc.image(bytes, x, y, { fit: [cellWidth, imageHeight], align: 'center', valign: 'center' });
      doc.fillColor(MUTED).text(cell.caption, x, y + imageHeight + 3, { width: cellWidth });
    });
    doc.x = this.left;
    doc.y = y + imageHeight + 3 + captionHeight + GAP;
  }

  block(block: Block) {
    const { doc } = this;
    this.room(70);
    doc.moveDown(0.4).fontSize(SIZE.block).fillColor(INK).text(block.heading, this.left, doc.y, {
      width: this.width,
    });
    if (block.sub) doc.fontSize(SIZE.small).fillColor(MUTED).text(block.sub, { width: this.width });
    doc.moveDown(0.2);
    this.pairs(block.pairs);
    if (block.lines.length > 0) {
      doc.fontSize(SIZE.small);
      for (const line of block.lines) {
        this.room(doc.heightOfString(line, { width: this.width - 12 }));
        doc.fillColor(MUTED).text(line, this.left + 12, doc.y, { width: this.width - 12 });
      }
    }
  }
}
