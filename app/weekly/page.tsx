import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { weeklyFiling } from '@/lib/queries/weekly';
import { closedOnOrAfter } from '@/lib/queries/weekly-report';
import { zonePick } from '@/lib/queries/zone-pick';
import { zonePickParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { contactLabels } from '../_components/contact-labels';
import { ContactNames } from '../_components/contact-names';
import { ZonePicker } from '../_components/zone-picker';
import { ChaseForm } from './lazy-forms';

/** For supervisors: this week's reports not yet filed, and those that repeat last week's word for word. */
export default async function WeeklyPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const viewer = await requireViewer();
  if (!can(viewer, 'zone.supervise', { zoneId: viewer.zoneId })) notFound();
  const { zone } = searchParamsOf(zonePickParamsSchema, await searchParams);
  const week = reportWeekOf(new Date());
  const db = await getDb();
  // A city account reads the zone it picked (reads only: chasing stays the zone's own supervisors').
  const pick = await zonePick(db, viewer, zone);
  const [t, rows, closed] = await Promise.all([
    getTranslations(),
    weeklyFiling(db, pick.viewer, week),
    viewer.zoneId === null ? true : closedOnOrAfter(db, viewer.zoneId, week.start),
  ]);
  const labels = contactLabels(t as never);
  // The city's accounts see every zone: each row says which.
  const place = (r: (typeof rows)[number]) =>
    pick.viewer.zoneId === null ? `${r.zoneName} · ${r.parkName}` : r.parkName;
  const missing = rows.filter((r) => !r.filed);
  const repeated = rows.filter((r) => r.repeats);
  const list = (items: typeof rows, testId: string, empty: string) =>
    items.length === 0 ? (
      <p className="text-slate-500">{empty}</p>
    ) : (
      <ul
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
        data-testid={testId}
      >
        {items.map((r) => (
          <li
            key={r.id}
            className="flex flex-wrap items-start justify-between gap-2 p-3 text-sm"
            data-testid="weekly-row"
          >
            <div>
              <Link href={`/projects/${r.id}`} className="font-medium text-red-900 hover:underline">
                {r.name}
              </Link>
              <div className="text-slate-500">{place(r)}</div>
            </div>
            <ContactNames contacts={r.contacts} labels={labels} />
          </li>
        ))}
      </ul>
    );
  // A zone's supervisor chases their zone while its week is open; the city's accounts see every zone and
  // chase none from here.
  const chaseZone =
    viewer.zoneId !== null && !closed && can(viewer, 'report.chase', { zoneId: viewer.zoneId })
      ? viewer.zoneId
      : null;
  return (
    <ClientMessages route="weekly">
      <div className="space-y-5">
        <div>
          <h1 className="text-2xl font-semibold">{t('weeklyWork.title')}</h1>
          <ZonePicker pick={pick} />
          <p className="text-sm text-slate-600" data-testid="weekly-summary">
            {t('progressWork.weekLabel', { year: week.year, number: week.number })} · {week.start} ~{' '}
            {week.end} ·{' '}
            {t('weeklyWork.summary', { filed: rows.length - missing.length, missing: missing.length })}
          </p>
        </div>
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t('weeklyWork.missing', { count: missing.length })}</h2>
          {list(missing, 'not-filed', t('weeklyWork.noneMissing'))}
        </section>
        {chaseZone !== null && missing.length > 0 && (
          <ChaseForm
            zoneId={chaseZone}
            weekStart={week.start}
            unfiled={missing.map((r) => ({ id: r.id, name: r.name }))}
          />
        )}
        <section>
          <h2 className="mb-2 text-lg font-semibold">
            {t('weeklyWork.repeated', { count: repeated.length })}
          </h2>
          {list(repeated, 'repeated', t('weeklyWork.noneRepeated'))}
        </section>
      </div>
    </ClientMessages>
  );
}
