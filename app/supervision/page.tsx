import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { noticeList } from '@/lib/queries/supervision-notices';
import { zonePick } from '@/lib/queries/zone-pick';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { NOTICE_FILTERS, noticeListParamsSchema, noticeListQuery } from '@/lib/validation/supervision-list';
import { DataTable } from '../_components/data-table';
import { Pager } from '../_components/pager';
import { ZonePicker } from '../_components/zone-picker';

/** 督办单: a supervisor's all of the zone; an official's those of their projects. Waiting ones first. */
export default async function SupervisionPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const signedIn = await requireViewer();
  const params = searchParamsOf(noticeListParamsSchema, await searchParams);
  const db = await getDb();
  const pick = await zonePick(db, signedIn, params.zone);
  const [t, { rows, total }] = await Promise.all([
    getTranslations(),
    noticeList(db, pick.viewer, params.status, zoneDateOf(new Date()), params.page),
  ]);
  const hrefOf = (page: number, status = params.status) => {
    const q = noticeListQuery({ status, page, zone: pick.picked?.id });
    return q ? `/supervision?${q}` : '/supervision';
  };
  if (rows.length === 0 && params.page > 1) redirect(hrefOf(1));
  const chip = (active: boolean) =>
    `rounded border px-2 py-1 ${active ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-200 bg-white hover:bg-slate-50'}`;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('supervisionWork.title')}</h1>
        <p className="text-sm text-slate-600">{t('supervisionWork.intro')}</p>
      </div>
      <ZonePicker pick={pick} keep={params.status ? { status: params.status } : {}} />
      <nav className="flex flex-wrap gap-2 text-sm" aria-label={t('supervisionWork.filter')}>
        {[undefined, ...NOTICE_FILTERS].map((f) => (
          <Link key={f ?? 'all'} href={hrefOf(1, f)} className={chip(f === params.status)}>
            {t(`supervisionWork.filters.${f ?? 'all'}`)}
          </Link>
        ))}
      </nav>
      <DataTable
        headers={[
          { label: t('supervisionWork.number'), card: 'title', nowrap: true },
          { label: t('supervisionWork.matter') },
          { label: t('supervisionWork.project') },
          { label: t('supervisionWork.addressee'), nowrap: true },
          { label: t('supervisionWork.replyDue'), nowrap: true },
          { label: t('supervisionWork.status'), nowrap: true },
        ]}
        empty={rows.length === 0}
        emptyText={t('supervisionWork.empty')}
      >
        {rows.map((n) => (
          <tr key={n.id} data-testid="notice-row">
            <td>
              <Link href={`/supervision/${n.id}`} className="row-link">
                {n.number}
              </Link>
            </td>
            <td className="break-words">{n.matter.length > 60 ? `${n.matter.slice(0, 60)}…` : n.matter}</td>
            <td>{n.projectName}</td>
            <td>{n.addresseeName}</td>
            <td className={n.overdue ? 'font-semibold text-light-red' : undefined} data-overdue={n.overdue}>
              {n.replyDue}
              {n.overdue && <span className="ml-1">{t('supervisionWork.overdue')}</span>}
            </td>
            <td>{t(`supervisionWork.statuses.${n.status}`)}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={params.page} total={total} href={(p) => hrefOf(p)} />
    </div>
  );
}
