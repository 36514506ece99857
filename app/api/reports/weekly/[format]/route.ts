import { cookies } from 'next/headers';
import { getDb } from '@/db';
import { getViewer } from '@/lib/auth/session';
import { filterReport } from '@/lib/domain/weekly-report';
import { contentDisposition } from '@/lib/export/content-disposition';
import { reportCsv } from '@/lib/export/csv';
import { requestOrigin, weekPhotoLinks } from '@/lib/export/photo-links';
import { resolveExportRequest } from '@/lib/export/request';
import { reportXlsx } from '@/lib/export/xlsx';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { weeklyReport } from '@/lib/queries/weekly-report';
import { reportParamsSchema } from '@/lib/validation/report-params';
import { parseSearchParams } from '@/lib/validation/request-params';
import { z } from '@/lib/validation/zod';

const FORMATS = {
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: reportXlsx },
  csv: { type: 'text/csv; charset=utf-8', write: reportCsv },
} as const;

// An own key only: `constructor` is a key of every object, not a format.
const formatSchema = z.enum(['xlsx', 'csv']);
const notFound = () => new Response('Not found', { status: 404 });

/** The weekly report as a file: the same permission and the same report as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const asked = formatSchema.safeParse((await params).format);
  if (!asked.success) return notFound();
  const format = asked.data;
  const kind = FORMATS[format];
  const viewer = await getViewer();
  if (!viewer) return new Response('Unauthorized', { status: 401 });
  const query = parseSearchParams(reportParamsSchema, new URL(request.url).searchParams);
  if (!query) return notFound();
  const db = await getDb();
  const req = await resolveExportRequest(db, viewer, query);
  if (!req) return notFound();

  const { zoneIds, week, filter } = req;
  const now = new Date();
  const read = async (zoneId: number) => filterReport(await weeklyReport(db, zoneId, week, now), filter);
  const [firstZone, ...rest] = zoneIds;
  if (firstZone === undefined) return notFound();
  const first = await read(firstZone);
  // Zone after zone, each read only when the writer reaches it (the city's file never holds all at once).
  async function* reports() {
    yield first;
    for (const zoneId of rest) yield await read(zoneId);
  }
  const t = translatorFor(resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value));
  const zone = req.allZones ? t('weeklyReport.allZones') : first.zone;
  const name = `${t('weeklyReport.documentTitle', { zone })}-${req.week.start}.${format}`;
  // The city's whole workbook opens with its 全市汇总 sheet, from a first pass over the zones (each report
  // reduced to one line); the CSV stays one section per zone.
  async function* again() {
    for (const zoneId of zoneIds) yield await read(zoneId);
  }
  // The xlsx links each project's photos of the week to its week page (the CSV stays plain text).
  const options =
    format === 'xlsx'
      ? {
          photos: weekPhotoLinks(db, requestOrigin(request)),
          ...(req.allZones ? { citySummary: again() } : {}),
        }
      : {};
  return new Response(kind.write(reports(), t, options), {
    headers: {
      'Content-Type': kind.type,
      'Content-Disposition': contentDisposition(
        'attachment',
        `weekly-${req.allZones ? 'all-' : ''}${req.week.start}.${format}`,
        name,
      ),
      'Cache-Control': 'no-store',
    },
  });
}
