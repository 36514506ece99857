import { ASSIGNMENT_ROLES, type AssignmentRole } from '@/lib/domain/vocabulary';

export type ContactLabels = Record<AssignmentRole, string> & { vacant: string };

/** What the block shows of each holder (also all a list sends to the browser of them). */
export type ShownContacts = Partial<Record<AssignmentRole, { name: string; disabled: boolean }>>;

export function shownContacts(contacts: ShownContacts): ShownContacts {
  return Object.fromEntries(
    ASSIGNMENT_ROLES.flatMap((role) => {
      const c = contacts[role];
      return c ? [[role, { name: c.name, disabled: c.disabled }]] : [];
    }),
  );
}

/**
 * The three "三个一" holders in one compact block, a vacant role shown as such. Labels come from the page
 * (translated once for the whole list).
 */
export function ContactNames({ contacts, labels }: { contacts: ShownContacts; labels: ContactLabels }) {
  // Styled by globals.css (.contact-names): the block repeats on every row of a list.
  return (
    <ul className="contact-names">
      {ASSIGNMENT_ROLES.map((role) => {
        const c = contacts[role];
        return (
          <li key={role} data-role={role} data-state={c ? (c.disabled ? 'disabled' : undefined) : 'vacant'}>
            <span>{labels[role]}</span>
            <span>{c ? c.name : labels.vacant}</span>
          </li>
        );
      })}
    </ul>
  );
}
