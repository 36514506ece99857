import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { daysBetween, zoneDateOf } from '@/lib/domain/dates';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { nextZonePlanYear, openPlanRequests } from '@/lib/queries/plan';
import { zonePick } from '@/lib/queries/zone-pick';
import { zonePickParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { ZonePicker } from '../_components/zone-picker';
import { requireSupervisor } from '../dashboard/require-supervisor';
import { ZoneYearForm } from './zone-year-form';

/** The supervisor's queue of 计划调整申请 awaiting a decision, oldest first, with their age. */
export default async function PlanRequestsPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const viewer = await requireSupervisor();
  const { zone } = searchParamsOf(zonePickParamsSchema, await searchParams);
  const db = await getDb();
  const pick = await zonePick(db, viewer, zone);
  const [t, rows, nextYear] = await Promise.all([
    getTranslations(),
    openPlanRequests(db, pick.viewer),
    viewer.zoneId === null ? null : nextZonePlanYear(db, viewer.zoneId),
  ]);
  const today = zoneDateOf(new Date());
  return (
    <ClientMessages route="plan-requests">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('planWork.queueTitle')}</h1>
          <ZonePicker pick={pick} />
          <p className="text-sm text-slate-600" data-testid="queue-count">
            {t('planWork.queueCount', { count: rows.length })}
          </p>
        </div>
        {rows.length === 0 && <p className="text-slate-500">{t('planWork.queueEmpty')}</p>}
        <ul className="space-y-2">
          {rows.map((r) => {
            const age = daysBetween(zoneDateOf(r.requestedAt), today);
            return (
              <li
                key={r.id}
                className="rounded-lg border border-slate-200 bg-white p-3"
                data-testid="plan-request-row"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link
                    href={`/projects/${r.projectId}`}
                    className="font-medium text-red-900 hover:underline"
                  >
                    {r.projectName}
                  </Link>
                  <span className={`text-sm ${age >= 7 ? 'font-semibold text-light-red' : 'text-slate-500'}`}>
                    {t('planWork.age', { days: age })}
                  </span>
                </div>
                <p className="text-sm text-slate-600">
                  {pick.viewer.zoneId === null && `${r.zoneName} · `}
                  {t('planWork.requester')}：{r.requesterName}
                </p>
                <p className="mt-1 text-sm">{r.reason}</p>
                <Link
                  href={`/projects/${r.projectId}#plan`}
                  className="mt-2 inline-flex min-h-11 items-center rounded border border-red-800 px-3 text-sm font-medium text-red-800"
                >
                  {t('planWork.open')}
                </Link>
              </li>
            );
          })}
        </ul>
        {viewer.zoneId !== null &&
          nextYear !== null &&
          can(viewer, 'plan.approve', { zoneId: viewer.zoneId, assignment: null }) && (
            <ZoneYearForm zoneId={viewer.zoneId} year={nextYear} />
          )}
      </div>
    </ClientMessages>
  );
}
