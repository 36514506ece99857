import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { WeeklyReport } from '@/lib/domain/weekly-report';
import type { Translator } from '@/lib/i18n/messages';
import {
  CITY_SUMMARY_COLUMNS,
  citySummaryFigures,
  summaryCells,
  summaryHeader,
  zoneSummaryFigures,
} from './city-summary';
import { COLUMNS, type ColumnKind } from './columns';
import { drained, nodeToWeb } from './streams';
import { headerCells, type ReportSource, reportsOf, tableRows, titleLines } from './table';

const WAN_FORMAT = '#,##0';
/** Each kind's cell style: 万元 with thousands separators, counts as plain whole numbers, long text wrapped. */
const STYLE: Record<ColumnKind, Partial<ExcelJS.Style>> = {
  seq: {},
  text: {},
  longText: { alignment: { wrapText: true, vertical: 'top' } },
  money: { numFmt: WAN_FORMAT },
  count: { numFmt: '0' },
};
const TITLE_ROWS = 2;
const PHOTO_WIDTH = 12;
/** How a spreadsheet shows a link, so the 现场照片 cell reads as one. */
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
const BOLD = { bold: true };
const ROWS_PER_DRAIN = 100;

/** A project's photos of the report's week: how many, and the app's page of that week that shows them. */
export interface PhotoLink {
  count: number;
  url: string;
}
/** Reads the photo links of one zone's report, as the writer reaches its sheet; projects without photos absent. */
export type PhotoLinks = (report: WeeklyReport) => Promise<ReadonlyMap<number, PhotoLink>>;

export interface XlsxOptions {
  /** The city's whole workbook: a 全市汇总 sheet first, from a second pass over the same reports. */
  citySummary?: ReportSource;
  /** Adds a last column, 现场照片, linking each project with photos that week to its week page. */
  photos?: PhotoLinks;
}

/**
 * A sheet's name by Excel's rules: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end,
 * and unique in the workbook ignoring case (two zones of one name get "(2)").
 */
export function sheetName(zone: string, taken: Set<string>): string {
  const base =
    zone
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * The report as an xlsx, a sheet per zone, written by exceljs's streaming writer: each row is committed as
 * soon as it is written, so memory holds one row, not the sheet, however many projects there are.
 * `citySummary` (the city's whole workbook) puts a 全市汇总 sheet first, one line per zone and the city's total,
 * from a first pass over a second source of the same reports. The sheet must be complete before the zones':
 * exceljs opens a sheet's zip entry when the sheet is added, and the zip writes entries one after another, so a
 * summary left open would hold every zone sheet in memory until it closed.
 */
export function reportXlsx(
  source: ReportSource,
  t: Translator,
  options: XlsxOptions = {},
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  void (async () => {
    const names = new Set<string>();
    if (options.citySummary) await writeCitySummary(workbook, options.citySummary, names, t);
    let first = true;
    for await (const report of reportsOf(source)) {
      if (first) {
        // The file's own dates are the report's: exporting one closed week twice gives the same workbook.
        workbook.created = new Date(report.asOf);
        workbook.modified = workbook.created;
        first = false;
      }
      const links = options.photos ? await options.photos(report) : undefined;
      await writeSheet(workbook, sheetName(report.zone, names), { report, links }, t, out);
      await drained(out);
    }
    await workbook.commit();
  })().catch((err: Error) => out.destroy(err));
  return nodeToWeb(out);
}

/**
 * The 全市汇总 sheet: a title, the week, one line per zone (in the zone sheets' order) and the city's total.
 * Each zone's report is read, reduced to its line and let go.
 */
async function writeCitySummary(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  source: ReportSource,
  names: Set<string>,
  t: Translator,
) {
  const lines: { zone: string; figures: ReturnType<typeof zoneSummaryFigures> }[] = [];
  let first: WeeklyReport | null = null;
  for await (const report of reportsOf(source)) {
    first ??= report;
    lines.push({ zone: report.zone, figures: zoneSummaryFigures(report) });
  }
  if (!first) return;
  const sheet = workbook.addWorksheet(sheetName(t('weeklyReport.citySummary.sheet'), names), {
    views: [{ state: 'frozen', ySplit: TITLE_ROWS + 1, xSplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = CITY_SUMMARY_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.kind === 'money' ? STYLE.money : c.kind === 'count' ? STYLE.count : STYLE.text,
  }));
  const week = first.week;
  [
    t('weeklyReport.citySummary.title'),
    t('weeklyReport.citySummary.weekLine', {
      year: week.year,
      number: week.number,
      start: week.start,
      end: week.end,
    }),
  ].forEach((line, i) => {
    const row = sheet.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 14 };
    sheet.mergeCells(i + 1, 1, i + 1, CITY_SUMMARY_COLUMNS.length);
    row.commit();
  });
  const header = sheet.addRow(summaryHeader(t));
  header.font = BOLD;
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.commit();
  for (const line of lines) sheet.addRow(summaryCells(line.zone, line.figures)).commit();
  const total = sheet.addRow(
    summaryCells(t('weeklyReport.citySummary.total'), citySummaryFigures(lines.map((l) => l.figures))),
  );
  total.font = BOLD;
  total.commit();
  sheet.commit();
}

/** One zone's sheet. Rows go out as the client takes them: every few rows the writer waits for the stream to drain. */
async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  { report, links }: { report: WeeklyReport; links?: ReadonlyMap<number, PhotoLink> },
  t: Translator,
  out: PassThrough,
): Promise<void> {
  const sheet = workbook.addWorksheet(name, {
    // The title lines and the header stay in view while scrolling.
    views: [{ state: 'frozen', ySplit: TITLE_ROWS + 1, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    ...COLUMNS.map((c) => ({ key: c.key, width: c.width, style: STYLE[c.kind] })),
    ...(links ? [{ key: 'photos', width: PHOTO_WIDTH, style: STYLE.text }] : []),
  ];
  const width = COLUMNS.length + (links ? 1 : 0);

  // Title lines span the table; merged before their rows are committed (a committed row is gone from memory).
  titleLines(report, t).forEach((line, i) => {
    const row = sheet.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 14 };
    sheet.mergeCells(i + 1, 1, i + 1, width);
    row.commit();
  });

  const header = sheet.addRow([...headerCells(t), ...(links ? [t('attachments.photosColumn')] : [])]);
  header.font = BOLD;
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  let written = 0;
  for (const line of tableRows(report, t)) {
    const row = sheet.addRow(line.cells);
    if (line.kind !== 'row') row.font = BOLD;
    const link = line.kind === 'row' && line.projectId !== undefined ? links?.get(line.projectId) : undefined;
    if (link) photoCell(row.getCell(width), link, t);
    row.commit();
    if (++written % ROWS_PER_DRAIN === 0) await drained(out);
  }
  sheet.commit();
}

/** The 现场照片 cell: "照片 3 张", a link to the project's week page (a project without photos keeps it empty). */
function photoCell(cell: ExcelJS.Cell, link: PhotoLink, t: Translator) {
  cell.value = { text: t('attachments.photoCount', { count: link.count }), hyperlink: link.url };
  cell.font = LINK_FONT;
}
