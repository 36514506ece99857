import type { AssignmentRole } from '@/lib/domain/vocabulary';
import type { ContactLabels } from './contact-names';

/**
 * The labels of contact-names.tsx, translated once per page. Apart from it, since the project list's rows take
 * that file to the browser and this runs on the server.
 */
export function contactLabels(t: (key: string, values?: Record<string, string>) => string): ContactLabels {
  const label = (role: AssignmentRole) => t('projects.roleLabel', { role: t(`assignmentRoles.${role}`) });
  return {
    leader: label('leader'),
    cadre: label('cadre'),
    liaison: label('liaison'),
    vacant: t('projects.vacant'),
  };
}
