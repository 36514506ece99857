import { getFormatter, getTranslations } from 'next-intl/server';
import { totalDelayDays } from '@/lib/domain/plan';
import type { ProjectPlan } from '@/lib/queries/plan';
import type { ProjectDetail } from '@/lib/queries/project-detail';
import { ApprovePlanButton, DecideRequestForms, OpenYearForm, PlanRequestForm } from './lazy-forms';
import { PlanDiff } from './plan-diff';

/**
 * 基准计划: whether this year's plan is approved (and by whom), its changes and delay, the open change request
 * with its diff and the supervisor's decision, the versions and earlier years.
 */
export async function PlanSection(props: {
  detail: ProjectDetail;
  plan: ProjectPlan;
  may: { approve: boolean; request: boolean };
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { project } = props.detail;
  const { current, open } = props.plan;
  const when = (at: Date) => format.dateTime(at, { dateStyle: 'medium' });
  const base = current?.content;
  return (
    <section
      id="plan"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="plan"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{t('planWork.title')}</h2>
        <p className="text-slate-600" data-testid="plan-figures">
          {t('planWork.changes', { count: props.plan.changeCount })} ·{' '}
          {t('planWork.delay', { days: totalDelayDays(props.detail.milestones) })}
        </p>
      </div>
      {current ? (
        <p data-testid="plan-status">
          <span className="font-medium">
            {t('planWork.approved', { year: current.planYear, seq: current.seq })}
          </span>
          <span className="ml-2 text-slate-500">
            {t('planWork.approvedBy', { name: current.approverName, at: when(current.approvedAt) })}
          </span>
        </p>
      ) : (
        <div data-testid="plan-status">
          <p className="font-medium text-amber-900">{t('planWork.draft', { year: project.planYear })}</p>
          <p className="text-xs text-slate-500">{t('planWork.draftHint')}</p>
        </div>
      )}
      {props.may.approve && !current && (
        <ApprovePlanButton projectId={project.id} version={project.version} />
      )}

      {open && (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3" data-testid="plan-request">
          <h3 className="font-semibold">{t('planWork.pending')}</h3>
          <p className="text-slate-600">
            {t('planWork.requestedBy', { name: open.requesterName, at: when(open.requestedAt) })}
          </p>
          <p>
            <span className="text-slate-500">{t('planWork.reason')}：</span>
            {open.reason}
          </p>
          {open.base && <PlanDiff base={open.base.content} proposal={open.proposal} />}
          {open.stale && <p className="text-red-800">{t('planWork.stale')}</p>}
          {props.may.approve && <DecideRequestForms requestId={open.id} version={open.version} />}
        </div>
      )}
      {props.may.request && current && base && !open && (
        <PlanRequestForm projectId={project.id} baseVersionId={current.id} plan={base} />
      )}

      {props.plan.decided.length > 0 && (
        <details>
          <summary className="cursor-pointer text-slate-600">{t('planWork.recent')}</summary>
          <ul className="mt-1 space-y-1" data-testid="plan-decided">
            {props.plan.decided.map((r) => (
              <li key={r.id}>
                {when(r.requestedAt)} · {r.requesterName} · {r.reason} ·{' '}
                <span className="font-medium">
                  {t(`planWork.decided.${r.status === 'approved' ? 'approved' : 'rejected'}`)}
                </span>
                {r.deciderName && <> · {r.deciderName}</>}
                {r.decisionNote && <span className="text-slate-600"> — {r.decisionNote}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {props.plan.versions.length > 0 && (
        <details>
          <summary className="cursor-pointer text-slate-600">{t('planWork.history')}</summary>
          <ol className="mt-1 space-y-2" data-testid="plan-versions">
            {props.plan.versions.map((v) => (
              <li key={v.id}>
                <div>
                  {t('planWork.versionLine', {
                    year: v.planYear,
                    seq: v.seq,
                    kind: t(`planWork.versionKinds.${v.kind}`),
                    name: v.approverName,
                    at: when(v.approvedAt),
                  })}
                  {v.note && <span className="text-slate-600"> — {v.note}</span>}
                </div>
                <div className="text-xs text-slate-500">
                  {v.content.milestones.map((m) => `${m.name} ${m.plannedOn}`).join('；')}
                </div>
              </li>
            ))}
          </ol>
        </details>
      )}
      {props.plan.pastYears.length > 0 && (
        <div>
          <h3 className="font-semibold">{t('planWork.years')}</h3>
          <ul data-testid="plan-years">
            {props.plan.pastYears.map((y) => (
              <li key={y.id}>
                {t('planWork.yearFigures', {
                  year: y.year,
                  annual: y.annualPlannedInvestment,
                  completed: y.completedInvestment,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.may.approve && !open && (
        <OpenYearForm projectId={project.id} version={project.version} year={project.planYear + 1} />
      )}
    </section>
  );
}
