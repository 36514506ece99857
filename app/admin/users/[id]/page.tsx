import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getUserDetail } from '@/lib/queries/users';
import { routeId } from '@/lib/validation/request-params';
import { ProfileForm } from '../../../profile/lazy-forms';
import { DisableToggle } from '../disable-toggle';
import { ResetPasswordForm } from '../lazy-forms';
import { requireUserAdmin } from '../require-user-admin';
import { StatusBadge } from '../status-badge';

const card = 'rounded-lg border border-slate-200 bg-white p-4';

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUserAdmin();
  const userId = await routeId(params);
  const [t, format, detail] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getUserDetail(await getDb(), viewer, userId),
  ]);
  if (!detail) notFound();
  const { account, assignments } = detail;

  const facts: [string, string][] = [
    [t('users.username'), account.username],
    [t('users.jobTitle'), account.title || '—'],
    [t('users.role'), t(`roles.${account.role}`)],
    [t('users.zone'), account.zoneName ?? t('users.cityLevel')],
    [t('users.createdAt'), format.dateTime(account.createdAt, { dateStyle: 'medium', timeStyle: 'short' })],
  ];
  // A disabled holder's seats are what needs doing: show them as a task, not as history.
  const mustReassign = account.disabled && assignments.length > 0;

  return (
    <ClientMessages route="admin/users/[id]">
      <div className="space-y-6">
        <div>
          <Link href="/admin/users" className="text-sm text-slate-600 hover:underline">
            ← {t('users.back')}
          </Link>
          <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold">
            {account.name}
            <StatusBadge disabled={account.disabled} />
          </h1>
        </div>

        <section className="grid gap-4 md:grid-cols-3">
          <dl className={`${card} grid grid-cols-[auto_1fr] content-start gap-x-4 gap-y-1 text-sm`}>
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <div className={card}>
            <h2 className="mb-2 font-semibold">{t('users.resetTitle')}</h2>
            <ResetPasswordForm userId={account.id} version={account.version} />
          </div>
          <div className={card}>
            <h2 className="mb-2 font-semibold">{t('users.accountTitle')}</h2>
            <p className="mb-3 text-sm text-slate-600">
              {t(account.disabled ? 'users.disabledHint' : 'users.activeHint')}
            </p>
            {account.id === viewer.id ? (
              <p className="text-sm text-slate-500">{t('users.selfHint')}</p>
            ) : (
              <DisableToggle
                userId={account.id}
                version={account.version}
                disabled={account.disabled}
                name={account.name}
              />
            )}
          </div>
        </section>

        <section className={card}>
          <h2 className="mb-2 font-semibold">{t('profile.title')}</h2>
          <ProfileForm
            userId={account.id}
            version={account.version}
            officePhone={account.officePhone}
            mobile={account.mobile}
          />
        </section>

        <section
          className={`${card} ${mustReassign ? 'border-amber-300 bg-amber-50' : ''}`}
          data-testid="user-assignments"
        >
          <h2 className="mb-1 font-semibold">
            {t(mustReassign ? 'users.reassignTitle' : 'users.assignmentsTitle')}
          </h2>
          {mustReassign && <p className="mb-2 text-sm text-amber-900">{t('users.reassignHint')}</p>}
          {assignments.length === 0 ? (
            <p className="text-sm text-slate-500">{t('users.noAssignments')}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {assignments.map((a) => (
                <li key={`${a.projectId}:${a.role}`} data-testid="user-assignment">
                  <Link
                    href={`/projects/${a.projectId}`}
                    className="font-medium text-red-900 hover:underline"
                  >
                    {a.projectName}
                  </Link>{' '}
                  · {t(`assignmentRoles.${a.role}`)} · {t('users.since', { date: a.since })}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
