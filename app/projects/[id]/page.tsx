import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { AT_RISK_DAYS, milestoneLight, worstLight } from '@/lib/domain/milestones';
import { wanToYiText } from '@/lib/domain/money';
import { STAGES } from '@/lib/domain/stages';
import { ASSIGNMENT_ROLES } from '@/lib/domain/vocabulary';
import { getProjectDetail } from '@/lib/queries/project-detail';
import { TrafficLight } from '../../_components/traffic-light';
import { MilestoneEditor } from './milestone-editor';

const STAGE_DATE = {
  negotiating: 'negotiatingOn',
  signed: 'signedOn',
  under_construction: 'constructionOn',
  in_production: 'productionOn',
  at_capacity: 'capacityOn',
} as const;

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [t, detail] = await Promise.all([getTranslations(), getProjectDetail(await getDb(), viewer, id)]);
  if (!detail) notFound();

  const { project, contacts, milestones, access } = detail;
  const today = zoneDateOf(new Date());
  const lights = milestones.map((m) => milestoneLight(m, today));
  const mayEdit = can(viewer, 'milestone.write', access);
  const wan = (amount: number) => t('money.wan', { amount });

  const facts: [string, string][] = [
    [t('project.enterprise'), detail.enterpriseName],
    [t('project.park'), detail.parkName],
    [t('project.kind'), t(`kinds.${project.kind}`)],
    [t('project.stage'), t(`stages.${project.stage}`)],
    [
      t('project.total'),
      t('money.wanAndYi', { wan: project.totalInvestment, yi: wanToYiText(project.totalInvestment) }),
    ],
    [t('project.annual'), wan(project.annualPlannedInvestment)],
    [t('project.completed'), wan(project.completedInvestment)],
    [t('project.plannedPeriod'), `${project.plannedStartOn ?? '—'} ~ ${project.plannedFinishOn ?? '—'}`],
  ];

  return (
    <div className="space-y-6">
      <div>
        <Link href="/projects" className="text-sm text-slate-600 hover:underline">
          ← {t('project.back')}
        </Link>
        <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold">
          {project.name}
          <span className="text-base font-normal">
            <TrafficLight light={worstLight(lights)} />
          </span>
        </h1>
        {project.summary && <p className="mt-1 text-slate-700">{project.summary}</p>}
        {access.assignment && (
          <p
            className="mt-2 inline-block rounded bg-amber-50 px-2 py-1 text-sm text-amber-900"
            data-testid="your-role"
          >
            {t('project.yourRole', { role: t(`assignmentRoleTitles.${access.assignment}`) })}
          </p>
        )}
      </div>

      <section className="grid gap-4 md:grid-cols-2">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <dt className="text-slate-500">{t('project.stageDates')}</dt>
          <dd>
            {STAGES.filter((s) => project[STAGE_DATE[s]]).map((s) => (
              <span key={s} className="mr-3 whitespace-nowrap">
                {t(`stages.${s}`)} {project[STAGE_DATE[s]]}
              </span>
            ))}
          </dd>
        </dl>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{t('project.contacts')}</h2>
          <ul className="space-y-2 text-sm" data-testid="contacts">
            {ASSIGNMENT_ROLES.map((role) => {
              const c = contacts[role];
              return (
                <li key={role} data-role={role}>
                  <div className="text-slate-500">{t(`assignmentRoleTitles.${role}`)}</div>
                  {c ? (
                    <div className={c.disabled ? 'text-slate-400' : ''}>
                      <span className="font-medium">{c.name}</span> · {c.title}
                      {c.disabled && t('projects.disabledHolder')}
                    </div>
                  ) : (
                    <div className="text-light-red">{t('projects.vacant')}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </section>

      <section>
        <h2 className="mb-1 text-lg font-semibold">{t('project.milestones')}</h2>
        <p className="mb-2 text-xs text-slate-500">{t('lights.legend', { days: AT_RISK_DAYS })}</p>
        {milestones.length === 0 ? (
          <p className="text-slate-500">{t('project.noMilestones')}</p>
        ) : (
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
                  <span className="min-w-28 font-medium">{m.name}</span>
                  <span>
                    {t('project.plannedOn')} {m.plannedOn}
                  </span>
                  <span>
                    {t('project.actualOn')} {m.actualOn ?? '—'}
                  </span>
                  <span data-testid="milestone-status">{t(`milestoneStatus.${m.status}`)}</span>
                  <TrafficLight light={lights[i] ?? 'green'} />
                </div>
                {m.note && <p className="mt-1 text-sm text-slate-600">{m.note}</p>}
                {mayEdit && <MilestoneEditor key={`${m.id}:${m.version}`} milestone={m} />}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
