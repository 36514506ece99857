import { ASSIGNMENT_ROLES, type AssignmentRole } from '@/lib/domain/vocabulary';
import type { ContactsByRole } from '@/lib/queries/contacts';

export type ContactLabels = Record<AssignmentRole, string> & { vacant: string };

/**
 * The three "三个一" holders in one compact block, a vacant role shown as such. Labels come from the page
 * (translated once for the whole list).
 */
export function ContactNames({ contacts, labels }: { contacts: ContactsByRole; labels: ContactLabels }) {
  return (
    // One line per role on a wide screen; side by side, wrapping whole, in a phone's card.
    <ul className="flex flex-wrap gap-x-3 text-sm sm:block sm:space-y-0.5">
      {ASSIGNMENT_ROLES.map((role) => {
        const c = contacts[role];
        return (
          <li key={role} data-role={role} className="whitespace-nowrap">
            <span className="text-slate-500">{labels[role]}</span>
            {c ? (
              <span className={c.disabled ? 'text-slate-500 line-through' : ''}>{c.name}</span>
            ) : (
              <span className="text-light-red">{labels.vacant}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The labels, translated once per page. */
export function contactLabels(t: (key: string, values?: Record<string, string>) => string): ContactLabels {
  const label = (role: AssignmentRole) => t('projects.roleLabel', { role: t(`assignmentRoles.${role}`) });
  return {
    leader: label('leader'),
    cadre: label('cadre'),
    liaison: label('liaison'),
    vacant: t('projects.vacant'),
  };
}
