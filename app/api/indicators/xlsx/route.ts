import { cookies } from 'next/headers';
import { getDb } from '@/db';
import { getViewer } from '@/lib/auth/session';
import { contentDisposition } from '@/lib/export/content-disposition';
import type { Say } from '@/lib/export/indicators-cells';
import { indicatorsXlsx } from '@/lib/export/indicators-xlsx';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { indicatorTable, latestFiledQuarter } from '@/lib/queries/indicators';
import { quarterParamsSchema } from '@/lib/validation/indicators';
import { parseSearchParams } from '@/lib/validation/request-params';

/**
 * The quarter's indicator table as xlsx: the same query as the page, so the same rows (a zone's account its
 * own row only; nothing for someone who reaches no zone).
 */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Unauthorized', { status: 401 });
  const query = parseSearchParams(quarterParamsSchema, new URL(request.url).searchParams);
  if (!query) return new Response('Not found', { status: 404 });
  const db = await getDb();
  const latest = await latestFiledQuarter(db, viewer);
  const q = { year: query.year ?? latest.year, quarter: query.quarter ?? latest.quarter };
  const table = await indicatorTable(db, viewer, q);
  if (table.zones.length === 0) return new Response('Not found', { status: 404 });
  const t = translatorFor(resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value));
  const say = t as unknown as Say;
  const name = `${t('indicators.title')}-${q.year}Q${q.quarter}.xlsx`;
  return new Response(await indicatorsXlsx(table, say), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': contentDisposition('attachment', `indicators-${q.year}Q${q.quarter}.xlsx`, name),
      'Cache-Control': 'no-store',
    },
  });
}
