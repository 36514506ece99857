import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getFormatter, getLocale } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { pageWindow } from '@/lib/domain/paging';
import { nextWeek, previousWeek, reportWeekOf } from '@/lib/domain/report-weeks';
import { STAGES } from '@/lib/domain/stages';
import { filterReport } from '@/lib/domain/weekly-report';
import { reportQuery, resolveExportRequest, resolveReportRequest } from '@/lib/export/request';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { resolveLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { reportWeekState, weeklyReport } from '@/lib/queries/weekly-report';
import { zonePick } from '@/lib/queries/zone-pick';
import { reportParamsSchema } from '@/lib/validation/report-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { FilterSelect } from '../../_components/filter-select';
import { Pager } from '../../_components/pager';
import { ZonePicker } from '../../_components/zone-picker';
import { CityReport } from './city-report';
import { DownloadButton } from './download-button';
import { WeekControls } from './lazy-forms';
import { ReportTable } from './report-table';

/** 周报: every key project of the week, by park, as it leaves the building (page, xlsx, CSV, print). */
export default async function WeeklyReportPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const viewer = await requireViewer();
  const db = await getDb();
  const params = searchParamsOf(reportParamsSchema, await searchParams);
  // A city account without a zone picked sees the whole city: a line per zone (the workbook's 全市汇总).
  if (viewer.zoneId === null && params.zone === undefined) {
    const all = await resolveExportRequest(db, viewer, { ...params, zone: 'all' });
    if (!all) notFound();
    const pick = await zonePick(db, viewer, undefined);
    return (
      <ClientMessages route="reports/weekly">
        <CityReport db={db} pick={pick} zoneIds={all.zoneIds} week={all.week} />
      </ClientMessages>
    );
  }
  const req = await resolveReportRequest(db, viewer, params);
  if (!req) notFound();
  const { page } = params;
  const [locale, format, state] = await Promise.all([
    getLocale(),
    getFormatter(),
    reportWeekState(db, req.zoneId, req.week.start),
  ]);
  const t = translatorFor(resolveLocale(locale));
  const pick = await zonePick(db, viewer, req.zoneId);
  const whole = await weeklyReport(db, req.zoneId, req.week, new Date(), state);
  const report = filterReport(whole, req.filter);
  // The park filter offers the report's own parks (each group is one park).
  const parks = whole.groups.flatMap((g) => (g.rows[0] ? [{ id: g.rows[0].parkId, name: g.park }] : []));
  const query = reportQuery(req);
  const weekLink = (start: string) =>
    `/reports/weekly?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(query)), week: start })}`;
  const isCurrent = req.week.start === reportWeekOf(new Date()).start;
  const s = report.summary;
  const pageLink = (to: number) => `/reports/weekly?${query}${to > 1 ? `&page=${to}` : ''}`;
  // A page past the end (the filter narrowed the report): back to the first.
  if (page > 1 && (page - 1) * pageWindow(page).limit >= s.projects) redirect(pageLink(1));

  return (
    <ClientMessages route="reports/weekly">
      <div className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">{t('weeklyReport.title')}</h1>
            <p className="text-sm text-slate-600">
              {report.zone} ·{' '}
              {t('weeklyReport.weekLine', {
                year: req.week.year,
                number: req.week.number,
                start: req.week.start,
                end: req.week.end,
              })}
            </p>
            <p className="mt-1 text-sm" data-testid="week-closed" data-closed={report.closed}>
              {report.closed
                ? `${t('weeklyReport.closed')} · ${t('weeklyReport.closedAt', { time: format.dateTime(new Date(report.asOf), { dateStyle: 'medium', timeStyle: 'short' }) })}`
                : t('weeklyReport.open')}
            </p>
          </div>
          <nav className="flex gap-3 text-sm">
            <Link href={weekLink(previousWeek(req.week).start)} className="hover:underline">
              ← {t('weeklyReport.prev')}
            </Link>
            {!isCurrent && (
              <Link href={weekLink(nextWeek(req.week).start)} className="hover:underline">
                {t('weeklyReport.next')} →
              </Link>
            )}
          </nav>
        </div>
        <p className="rounded bg-white p-3 text-sm" data-testid="report-summary">
          {t('weeklyReport.summary', {
            projects: s.projects,
            filed: s.filed,
            notFiled: s.notFiled,
            new: s.blockersNew,
            ongoing: s.blockersOngoing,
            closed: s.blockersClosed,
          })}
        </p>
        <div className="flex flex-wrap items-end gap-3 text-sm">
          <ZonePicker pick={pick} keep={{ week: req.week.start }} />
          <form method="get" className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="zone" value={req.zoneId} />
            <input type="hidden" name="week" value={req.week.start} />
            <FilterSelect
              name="park"
              label={t('projects.park')}
              value={req.filter.parkId}
              allLabel={t('projects.all')}
              options={parks.map((p) => ({ value: p.id, label: p.name }))}
            />
            <FilterSelect
              name="stage"
              label={t('projects.stage')}
              value={req.filter.stage}
              allLabel={t('projects.all')}
              options={STAGES.map((st) => ({ value: st, label: t(`stages.${st}`) }))}
            />
            <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-white">
              {t('projects.apply')}
            </button>
          </form>
          <DownloadButton
            href={`/api/reports/weekly/xlsx?${query}`}
            label={t('weeklyReport.xlsx')}
            testId="download-xlsx"
          />
          <DownloadButton
            href={`/api/reports/weekly/csv?${query}`}
            label={t('weeklyReport.csv')}
            testId="download-csv"
          />
          {req.readable.length > 1 && (
            <span className="flex items-center gap-2" data-testid="all-zones-downloads">
              <span className="text-slate-600">{t('weeklyReport.allZonesDownloads')}</span>
              {(['xlsx', 'csv'] as const).map((f) => (
                <DownloadButton
                  key={f}
                  href={`/api/reports/weekly/${f}?zone=all&week=${req.week.start}`}
                  label={t(`weeklyReport.${f}`)}
                  testId={`download-all-${f}`}
                />
              ))}
            </span>
          )}
          <Link
            href={`/reports/weekly/print?${query}`}
            className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            {t('weeklyReport.print')}
          </Link>
          {can(viewer, 'report.close', { zoneId: req.zoneId }) && (
            <WeekControls
              zoneId={req.zoneId}
              weekStart={req.week.start}
              version={state?.version ?? 0}
              closed={state?.status === 'closed'}
            />
          )}
        </div>
        {/* On a wide screen the report takes some of the page's side margin: its columns up to the contacts fit. */}
        <div className="rounded-lg border border-slate-200 bg-white sm:overflow-x-auto xl:-mx-12">
          <ReportTable report={report} t={t} page={pageWindow(page)} />
        </div>
        <Pager page={page} total={s.projects} href={pageLink} />
      </div>
    </ClientMessages>
  );
}
