import { getTranslations } from 'next-intl/server';
import { ASSIGNMENT_ROLES } from '@/lib/domain/vocabulary';
import type { ContactsByRole } from '@/lib/queries/contacts';

/** The three "三个一" holders in one compact block, a vacant role shown as such. */
export async function ContactNames({ contacts }: { contacts: ContactsByRole }) {
  const t = await getTranslations();
  return (
    <ul className="space-y-0.5 text-sm">
      {ASSIGNMENT_ROLES.map((role) => {
        const c = contacts[role];
        return (
          <li key={role} data-role={role}>
            <span className="text-slate-500">
              {t('projects.roleLabel', { role: t(`assignmentRoles.${role}`) })}
            </span>
            {c ? (
              <span className={c.disabled ? 'text-slate-400 line-through' : ''}>{c.name}</span>
            ) : (
              <span className="text-light-red">{t('projects.vacant')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
