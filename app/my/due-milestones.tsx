import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AT_RISK_DAYS } from '@/lib/domain/milestones';
import { DUE_MILESTONE_LIMIT, type MyWork } from '@/lib/queries/my-work';
import { card, cardList, WorkSection } from './work-section';

/** The milestones of their projects that are late or due within the at-risk window, earliest first. */
export async function DueMilestones({ rows }: { rows: MyWork['dueMilestones'] }) {
  const t = await getTranslations();
  return (
    <WorkSection
      id="due-milestones"
      title={t('myWork.milestonesTitle', { count: rows.length })}
      empty={rows.length === 0 ? t('myWork.milestonesNone', { days: AT_RISK_DAYS }) : null}
    >
      <ul className={cardList}>
        {rows.map((m) => (
          <li key={m.id} className={card} data-testid="due-milestone" data-milestone-id={m.id}>
            <div className="font-medium">{m.name}</div>
            <Link href={`/projects/${m.projectId}`} className="text-sm text-red-900 hover:underline">
              {m.projectName}
            </Link>
            <p className="mt-1 text-sm">
              <span className="text-slate-600">{t('myWork.plannedOn', { date: m.plannedOn })}</span>
              {' · '}
              <span
                className={m.days < 0 ? 'font-semibold text-light-red' : 'font-medium text-light-yellow'}
                data-testid="due-state"
              >
                {m.days < 0 ? t('myWork.overdueBy', { days: -m.days }) : t('myWork.dueIn', { days: m.days })}
              </span>
            </p>
          </li>
        ))}
      </ul>
      {rows.length === DUE_MILESTONE_LIMIT && (
        <p className="text-sm text-slate-500">{t('myWork.moreMilestones', { limit: DUE_MILESTONE_LIMIT })}</p>
      )}
    </WorkSection>
  );
}
