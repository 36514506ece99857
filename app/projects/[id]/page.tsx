import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { isOverdue } from '@/lib/domain/blockers';
import { zoneDateOf } from '@/lib/domain/dates';
import { milestoneLight, worstLight } from '@/lib/domain/milestones';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { assignableOfficials } from '@/lib/queries/officials';
import { getProjectDetail } from '@/lib/queries/project-detail';
import { listParks } from '@/lib/queries/projects';
import { projectPageParamsSchema } from '@/lib/validation/page-params';
import { routeId, type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { TrafficLight } from '../../_components/traffic-light';
import { AttachmentsSection } from './attachments-section';
import { BlockersSection } from './blockers-section';
import { ContactsSection } from './contacts-section';
import { DossierButton } from './dossier-button';
import { FactsSection } from './facts-section';
import { ProjectEditForm } from './lazy-forms';
import { MilestonesSection } from './milestones-section';
import { PlanSection } from './plan-section';
import { ProgressSection } from './progress-section';
import { SupervisionSection } from './supervision-section';
import { TimelineSection } from './timeline-section';

export default async function ProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParamsProp;
}) {
  const viewer = await requireViewer();
  const id = await routeId(params);
  const { log: logPage } = searchParamsOf(projectPageParamsSchema, await searchParams);
  const db = await getDb();
  const [t, detail] = await Promise.all([getTranslations(), getProjectDetail(db, viewer, id)]);
  if (!detail) notFound();

  const { project, access } = detail;
  const today = zoneDateOf(new Date());
  const lights = detail.milestones.map((m) => milestoneLight(m, today));
  // An overdue blocker makes the project red, as it does in the lists.
  const projectLight = detail.blockers.some((b) => isOverdue(b, today)) ? 'red' : worstLight(lights);
  const may = {
    milestones: can(viewer, 'milestone.write', access),
    replan: can(viewer, 'plan.edit', access),
    approve: can(viewer, 'plan.approve', access),
    request: can(viewer, 'plan.request', access),
    edit: can(viewer, 'project.edit', access),
    contacts: can(viewer, 'assignment.manage', access),
    advance: can(viewer, 'stage.advance', access),
    correct: can(viewer, 'stage.correct', access),
    file: can(viewer, 'progress.file', access),
    raise: can(viewer, 'blocker.raise', access),
    supervise: can(viewer, 'supervision.issue', access),
    dossier: can(viewer, 'project.dossier', access),
  };
  const [officials, parks] = await Promise.all([
    may.contacts ? assignableOfficials(db, viewer, project.zoneId) : [],
    may.edit ? listParks(db, viewer) : [],
  ]);

  return (
    <ClientMessages route="projects/[id]">
      <div className="space-y-6">
        <div>
          <Link href="/projects" className="text-sm text-slate-600 hover:underline">
            ← {t('project.back')}
          </Link>
          <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold">
            {project.name}
            <span className="text-base font-normal">
              <TrafficLight light={projectLight} label={t(`lights.${projectLight}`)} />
            </span>
          </h1>
          {project.summary && <p className="mt-1 text-slate-700">{project.summary}</p>}
          {may.dossier && (
            <div className="mt-2">
              <DossierButton projectId={project.id} />
            </div>
          )}
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
          <FactsSection detail={detail} mayAdvance={may.advance} mayCorrect={may.correct}>
            {may.edit && (
              <ProjectEditForm
                project={project}
                enterprise={detail.enterpriseName}
                parks={parks.filter((p) => p.zoneId === project.zoneId)}
              />
            )}
          </FactsSection>
          <ContactsSection
            projectId={project.id}
            history={detail.assignments}
            mayManage={may.contacts}
            officials={officials}
          />
        </section>
        <BlockersSection detail={detail} mayRaise={may.raise} today={today} />
        <SupervisionSection viewer={viewer} projectId={project.id} mayIssue={may.supervise} today={today} />
        <ProgressSection
          projectId={project.id}
          reports={detail.reports}
          week={reportWeekOf(new Date())}
          mayFile={may.file}
        />
        <AttachmentsSection projectId={project.id} />
        <PlanSection detail={detail} plan={detail.plan} may={may} />
        <MilestonesSection
          projectId={project.id}
          milestones={detail.milestones}
          lights={lights}
          mayEdit={may.milestones}
          mayReplan={may.replan}
        />
        <TimelineSection
          projectId={project.id}
          page={logPage}
          hrefOf={(p) => `/projects/${project.id}${p > 1 ? `?log=${p}` : ''}#timeline`}
        />
      </div>
    </ClientMessages>
  );
}
