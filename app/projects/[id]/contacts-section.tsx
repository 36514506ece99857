import { getTranslations } from 'next-intl/server';
import { ASSIGNMENT_ROLES } from '@/lib/domain/vocabulary';
import type { ProjectDetail } from '@/lib/queries/project-detail';
import { PhoneLinks } from '../../_components/phone-links';
import { AssignForm, EndAssignmentButton } from './lazy-forms';

interface Props {
  projectId: number;
  history: ProjectDetail['assignments'];
  mayManage: boolean;
  officials: { id: number; name: string; title: string }[];
}

/** The "三个一": each role's holder with title, the controls to assign, replace or end, and who held it before. */
export async function ContactsSection({ projectId, history, mayManage, officials }: Props) {
  const t = await getTranslations();
  const past = history.filter((a) => a.until !== null);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 className="mb-2 font-semibold">{t('project.contacts')}</h2>
      <ul className="space-y-3" data-testid="contacts">
        {ASSIGNMENT_ROLES.map((role) => {
          const holder = history.find((a) => a.role === role && a.until === null);
          return (
            <li key={role} data-role={role}>
              <div className="text-slate-500">{t(`assignmentRoleTitles.${role}`)}</div>
              {holder ? (
                <div className={holder.disabled ? 'text-slate-500' : ''} data-testid="holder">
                  <span className="font-medium">{holder.name}</span> · {holder.title}
                  {holder.disabled && t('projects.disabledHolder')}
                  <span className="ml-2 text-xs text-slate-500">
                    {t('contactWork.since', { date: holder.since })}
                  </span>
                  <PhoneLinks
                    phones={[holder.mobile, holder.officePhone]}
                    label={t('profile.call', { name: holder.name })}
                  />
                </div>
              ) : (
                <div className="text-light-red" data-testid="holder">
                  {t('projects.vacant')}
                </div>
              )}
              {mayManage && (
                <div className="mt-1 flex flex-wrap items-start gap-2">
                  <AssignForm
                    projectId={projectId}
                    role={role}
                    currentUserId={holder?.userId ?? null}
                    officials={officials}
                  />
                  {holder && <EndAssignmentButton assignmentId={holder.id} name={holder.name} />}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {past.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-slate-600">{t('contactWork.history')}</summary>
          <ul className="mt-1 space-y-0.5" data-testid="contact-history">
            {past.map((a) => (
              <li key={a.id}>
                {t(`assignmentRoles.${a.role}`)} · {a.name} · {a.since} ~ {a.until}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
