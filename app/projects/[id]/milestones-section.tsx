import { getTranslations } from 'next-intl/server';
import { AT_RISK_DAYS, type TrafficLight as Light } from '@/lib/domain/milestones';
import { slippageDays } from '@/lib/domain/plan';
import type { ProjectDetail } from '@/lib/queries/project-detail';
import { TrafficLight } from '../../_components/traffic-light';
import { MilestoneAdd, MilestoneEditor } from './lazy-forms';
import { SlipBadge } from './slip-badge';

export async function MilestonesSection(props: {
  projectId: number;
  milestones: ProjectDetail['milestones'];
  lights: Light[];
  mayEdit: boolean;
  /** May change the plan itself; false for officials once the plan is approved. */
  mayReplan: boolean;
}) {
  const t = await getTranslations();
  const { milestones } = props;
  return (
    <section>
      <h2 className="mb-1 text-lg font-semibold">{t('project.milestones')}</h2>
      <p className="mb-2 text-xs text-slate-500">{t('lights.legend', { days: AT_RISK_DAYS })}</p>
      {milestones.length === 0 && <p className="text-slate-500">{t('project.noMilestones')}</p>}
      <ol className="space-y-2">
        {milestones.map((m, i) => (
          <li
            key={m.id}
            className="rounded-lg border border-slate-200 bg-white p-3"
            data-testid="milestone"
            data-milestone-id={m.id}
            data-version={m.version}
          >
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <span className="min-w-28 font-medium" data-testid="milestone-name">
                {m.name}
              </span>
              <span>
                {t('project.plannedOn')} {m.plannedOn}
              </span>
              <SlipBadge days={slippageDays(m)} />
              <span>
                {t('project.actualOn')} {m.actualOn ?? '—'}
              </span>
              <span data-testid="milestone-status">{t(`milestoneStatus.${m.status}`)}</span>
              <TrafficLight
                light={props.lights[i] ?? 'green'}
                label={t(`lights.${props.lights[i] ?? 'green'}`)}
              />
            </div>
            {m.note && <p className="mt-1 text-sm text-slate-600">{m.note}</p>}
            {props.mayEdit && (
              <MilestoneEditor
                milestone={m}
                first={i === 0}
                last={i === milestones.length - 1}
                replan={props.mayReplan}
              />
            )}
          </li>
        ))}
      </ol>
      {props.mayReplan && <MilestoneAdd projectId={props.projectId} empty={milestones.length === 0} />}
    </section>
  );
}
