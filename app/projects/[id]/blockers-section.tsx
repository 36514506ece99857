import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { isOverdue } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/dates';
import type { ProjectDetail } from '@/lib/queries/project-detail';
import { RaiseBlockerForm } from './lazy-forms';

/** The project's blockers still open (or resolved, awaiting 销号), and the form to raise one. */
export async function BlockersSection(props: { detail: ProjectDetail; mayRaise: boolean; today: IsoDate }) {
  const t = await getTranslations();
  const { blockers, milestones, project } = props.detail;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 className="mb-2 text-lg font-semibold">{t('blockerWork.projectTitle')}</h2>
      {blockers.length === 0 ? (
        <p className="text-slate-500">{t('blockerWork.noneOpen')}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="project-blockers">
          {blockers.map((b) => {
            const overdue = isOverdue(b, props.today);
            return (
              <li
                key={b.id}
                className="flex flex-wrap items-center gap-x-3 py-2"
                data-testid="project-blocker"
              >
                <Link href={`/blockers/${b.id}`} className="font-medium text-red-900 hover:underline">
                  {b.title}
                </Link>
                <span>{t(`blockerWork.categories.${b.category}`)}</span>
                <span>{t(`blockerWork.statuses.${b.status}`)}</span>
                {b.responsibleUnit && <span className="text-slate-600">{b.responsibleUnit}</span>}
                {(b.deadline ?? b.neededBy) && (
                  <span className={overdue ? 'font-semibold text-light-red' : 'text-slate-600'}>
                    {t('blockerWork.dueOn', { date: b.deadline ?? b.neededBy ?? '' })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.mayRaise && (
        <RaiseBlockerForm
          projectId={project.id}
          milestones={milestones.map((m) => ({ id: m.id, name: m.name }))}
        />
      )}
    </section>
  );
}
