import type { DbOrTx } from '@/db/types';
import type { WeeklyReport } from '@/lib/domain/weekly-report';
import { weekPhotoCounts } from '@/lib/queries/weekly-report';
import { requestHost, servedOverHttps, trustsProxy } from '@/lib/security/forwarded';
import type { PhotoLink, PhotoLinks } from './xlsx';

/**
 * The address the browser used to reach the app, so a link in a downloaded file opens the same app. Behind a
 * trusted reverse proxy that is the proxy's X-Forwarded-Host and -Proto; otherwise the Host the browser sent.
 */
export function requestOrigin(request: Request, trustProxy = trustsProxy()): string {
  const url = new URL(request.url);
  const host = requestHost(request.headers, trustProxy) ?? url.host;
  return `${servedOverHttps(url, request.headers, trustProxy) ? 'https' : 'http'}://${host}`;
}

/** A project's page of one week's filing, where its photos are. */
export const weekPageUrl = (origin: string, projectId: number, weekStart: string) =>
  `${origin}/projects/${projectId}/week?week=${weekStart}`;

/** The weekly xlsx's photo links: one count query per zone's report, read when the writer reaches its sheet. */
export function weekPhotoLinks(db: DbOrTx, origin: string): PhotoLinks {
  return async (report: WeeklyReport) => {
    const ids = report.groups.flatMap((g) => g.rows.map((r) => r.projectId));
    const counts = await weekPhotoCounts(db, ids, report.week.start);
    const links = new Map<number, PhotoLink>();
    for (const [id, count] of counts)
      links.set(id, { count, url: weekPageUrl(origin, id, report.week.start) });
    return links;
  };
}
