import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { filterReport } from '@/lib/domain/weekly-report';
import { resolveReportRequest } from '@/lib/export/request';
import { titleLines } from '@/lib/export/table';
import { resolveLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { weekPhotosOf } from '@/lib/queries/attachments';
import { weeklyReport } from '@/lib/queries/weekly-report';
import { reportParamsSchema } from '@/lib/validation/report-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { ReportTable } from '../report-table';
import './print.css';

/** The weekly report laid out for A4 landscape, with the zone, week and print date on every page. */
export default async function PrintPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const viewer = await requireViewer();
  const db = await getDb();
  const params = searchParamsOf(reportParamsSchema, await searchParams);
  const req = await resolveReportRequest(db, viewer, params);
  if (!req) notFound();
  const t = translatorFor(resolveLocale(await getLocale()));
  const report = filterReport(await weeklyReport(db, req.zoneId, req.week, new Date()), req.filter);
  const [title, weekLine] = titleLines(report, t);
  // One query for every project on the page: the week's first photos of each.
  const projectIds = report.groups.flatMap((g) => g.rows.map((r) => r.projectId));
  const photos = await weekPhotosOf(db, projectIds, report.week.start);
  return (
    <div className="print-report bg-white">
      <h1 className="text-base font-semibold">{title}</h1>
      <ReportTable
        report={report}
        t={t}
        compact
        photos={photos}
        heading={
          <span
            className="flex justify-between border-b border-slate-400 text-xs"
            data-testid="print-heading"
          >
            <span>
              {report.zone} · {weekLine}
            </span>
            <span>{t('weeklyReport.printedOn', { date: zoneDateOf(new Date()) })}</span>
          </span>
        }
      />
    </div>
  );
}
