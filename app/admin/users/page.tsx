import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listUsers, zonesInReach } from '@/lib/queries/users';
import { DataTable } from '../../_components/data-table';
import { CreateUserForm } from './lazy-forms';
import { requireUserAdmin } from './require-user-admin';
import { StatusBadge } from './status-badge';

export default async function UsersPage() {
  const viewer = await requireUserAdmin();
  const db = await getDb();
  const [t, rows, zones] = await Promise.all([
    getTranslations(),
    listUsers(db, viewer),
    zonesInReach(db, viewer),
  ]);

  return (
    <ClientMessages route="admin/users">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('users.title')}</h1>
          <p className="text-sm text-slate-600" data-testid="user-count">
            {t('users.count', { count: rows.length })}
          </p>
        </div>
        <CreateUserForm zones={zones} cityLevel={viewer.zoneId === null} />

        <DataTable
          headers={[
            { label: t('users.name') },
            { label: t('users.username') },
            { label: t('users.jobTitle'), card: 'hide' },
            { label: t('users.role'), nowrap: true },
            { label: t('users.zone'), nowrap: true },
            { label: t('users.status'), card: 'bare' },
            { label: t('users.assignments'), align: 'right' },
          ]}
          empty={rows.length === 0}
          emptyText={t('users.none')}
        >
          {rows.map((u) => (
            <tr
              key={u.id}
              className={u.disabled ? 'text-slate-500' : undefined}
              data-testid="user-row"
              data-username={u.username}
            >
              <td>
                <Link href={`/admin/users/${u.id}`} className="row-link">
                  {u.name}
                </Link>
              </td>
              <td className="font-mono">{u.username}</td>
              <td>{u.title}</td>
              <td>{t(`roles.${u.role}`)}</td>
              <td>{u.zoneName ?? t('users.cityLevel')}</td>
              <td>
                <StatusBadge disabled={u.disabled} />
              </td>
              <td
                className={u.disabled && u.activeAssignments > 0 ? 'font-semibold text-light-red' : undefined}
              >
                {u.activeAssignments}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </ClientMessages>
  );
}
