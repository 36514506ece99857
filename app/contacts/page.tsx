import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { incompleteContacts, officialsLoad } from '@/lib/queries/officials';
import { zonePick } from '@/lib/queries/zone-pick';
import { zonePickParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { DataTable } from '../_components/data-table';
import { ZonePicker } from '../_components/zone-picker';

/** For supervisors: key projects whose "三个一" has a gap, and how many projects each official carries. */
export default async function ContactsPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const signedIn = await requireViewer();
  if (!can(signedIn, 'zone.supervise', { zoneId: signedIn.zoneId })) notFound();
  const { zone } = searchParamsOf(zonePickParamsSchema, await searchParams);
  const db = await getDb();
  // A city account reads the zone it picked, or every zone.
  const pick = await zonePick(db, signedIn, zone);
  const viewer = pick.viewer;
  const [t, incomplete, load] = await Promise.all([
    getTranslations(),
    incompleteContacts(db, viewer),
    officialsLoad(db, viewer),
  ]);
  // The city's accounts see every zone: each project and official says which.
  const city = viewer.zoneId === null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('contactWork.title')}</h1>
      <ZonePicker pick={pick} />
      <section>
        <h2 className="mb-2 text-lg font-semibold">
          {t('contactWork.incomplete', { count: incomplete.length })}
        </h2>
        {incomplete.length === 0 ? (
          <p className="text-slate-500">{t('contactWork.allComplete')}</p>
        ) : (
          <ul
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
            data-testid="incomplete"
          >
            {incomplete.map((p) => (
              <li key={p.id} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
                <span>
                  <Link href={`/projects/${p.id}`} className="row-link">
                    {p.name}
                  </Link>
                  {city && <span className="ml-2 text-slate-500">{p.zoneName}</span>}
                </span>
                <span className="text-light-red">
                  {t('contactWork.missingRoles', {
                    roles: p.missing.map((r) => t(`assignmentRoles.${r}`)).join('、'),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('contactWork.load')}</h2>
        <DataTable
          testId="load"
          headers={[
            { label: t('contactWork.official') },
            { label: t('assignmentRoles.leader'), align: 'right' },
            { label: t('assignmentRoles.cadre'), align: 'right' },
            { label: t('assignmentRoles.liaison'), align: 'right' },
            { label: t('contactWork.total'), align: 'right' },
          ]}
          empty={load.length === 0}
          emptyText={t('contactWork.noOfficials')}
        >
          {load.map((o) => (
            <tr key={o.userId}>
              <td className={o.disabled ? 'text-slate-500' : ''}>
                {o.name} · {o.title}
                {o.disabled && t('projects.disabledHolder')}
                {city && o.zoneName && <span className="ml-2 text-slate-500">{o.zoneName}</span>}
              </td>
              <td>{o.leader}</td>
              <td>{o.cadre}</td>
              <td>{o.liaison}</td>
              <td className="font-medium">{o.total}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
