import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { wanToYiText } from '@/lib/domain/money';
import { STAGE_DATE_FIELD } from '@/lib/domain/stage-moves';
import { nextStage, STAGES } from '@/lib/domain/stages';
import type { ProjectDetail } from '@/lib/queries/project-detail';
import { PhoneLinks } from '../../_components/phone-links';
import { AdvanceStageForm, CorrectStageForm } from './lazy-forms';

export async function FactsSection(props: {
  detail: ProjectDetail;
  mayAdvance: boolean;
  mayCorrect: boolean;
  /** The edit form, for those who may edit. */
  children?: ReactNode;
}) {
  const t = await getTranslations();
  const { project, stages } = props.detail;
  const wan = (amount: number) => t('money.wan', { amount });
  const facts: [string, string][] = [
    [t('project.enterprise'), props.detail.enterpriseName],
    [t('project.park'), props.detail.parkName],
    [t('project.kind'), t(`kinds.${project.kind}`)],
    [
      t('project.total'),
      t('money.wanAndYi', { wan: project.totalInvestment, yi: wanToYiText(project.totalInvestment) }),
    ],
    [t('project.annual'), wan(project.annualPlannedInvestment)],
    [t('project.completed'), wan(props.detail.yearToDate)],
    [t('project.plannedPeriod'), `${project.plannedStartOn ?? '—'} ~ ${project.plannedFinishOn ?? '—'}`],
    [t('projectEdit.contactPerson'), project.contactPerson || '—'],
  ];
  const next = nextStage(project.stage);
  const earlier = STAGES.slice(0, STAGES.indexOf(project.stage));

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <dt className="text-slate-500">{t('projectEdit.contactPhone')}</dt>
        <dd>
          {project.contactPhone ? (
            <PhoneLinks
              phones={[project.contactPhone]}
              label={t('profile.call', { name: project.contactPerson })}
            />
          ) : (
            '—'
          )}
        </dd>
        <dt className="text-slate-500">{t('project.stage')}</dt>
        <dd className="font-medium" data-testid="stage">
          {t(`stages.${project.stage}`)}
        </dd>
        <dt className="text-slate-500">{t('project.stageDates')}</dt>
        <dd>
          {STAGES.filter((s) => project[STAGE_DATE_FIELD[s]]).map((s) => (
            <span key={s} className="mr-3 whitespace-nowrap">
              {t(`stages.${s}`)} {project[STAGE_DATE_FIELD[s]]}
            </span>
          ))}
        </dd>
      </dl>
      {props.children}
      {props.mayAdvance && next && (
        <AdvanceStageForm projectId={project.id} version={project.version} to={next} />
      )}
      {props.mayCorrect && earlier.length > 0 && (
        <CorrectStageForm projectId={project.id} version={project.version} stages={earlier} />
      )}
      {stages.length > 0 && (
        <div>
          <h3 className="font-semibold">{t('stageWork.timeline')}</h3>
          <ol className="mt-1 space-y-1" data-testid="stage-timeline">
            {stages.map((e) => (
              <li key={e.id}>
                <span className="whitespace-nowrap">{e.reachedOn}</span>{' '}
                {t(e.reason ? 'stageWork.corrected' : 'stageWork.advanced', {
                  from: t(`stages.${e.fromStage}`),
                  to: t(`stages.${e.toStage}`),
                  who: e.actorName,
                })}
                {e.reason && <span className="text-slate-600"> — {e.reason}</span>}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
