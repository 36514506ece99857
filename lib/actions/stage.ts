import { and, eq } from 'drizzle-orm';
import { projects, stageEvents } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneDateOf } from '@/lib/domain/dates';
import {
  advance,
  correct,
  STAGE_DATE_FIELD,
  type StageDates,
  type StageMoveRefusal,
} from '@/lib/domain/stage-moves';
import type { Stage } from '@/lib/domain/stages';
import { advanceStageSchema, correctStageSchema } from '@/lib/validation/stage';
import { defineAction } from './define-action';
import { loadProject } from './load-target';
import { ActionFailure, invalidField } from './result';

type Project = typeof projects.$inferSelect;

const REFUSAL_FIELD: Record<StageMoveRefusal, [field: string, key: string]> = {
  notNextStage: ['to', 'validation.notNextStage'],
  notEarlierStage: ['to', 'validation.notEarlierStage'],
  beforePreviousStage: ['reachedOn', 'validation.beforePreviousStage'],
  inFuture: ['reachedOn', 'validation.notInFuture'],
};

function datesOf(p: Project): StageDates {
  return Object.fromEntries(Object.values(STAGE_DATE_FIELD).map((f) => [f, p[f]])) as StageDates;
}

const loadVersioned = async (tx: Tx, projectId: number, viewer: Viewer) => {
  const found = await loadProject(tx, projectId, viewer);
  return found && { ...found, version: found.project.version };
};

/** Writes a stage move decided by the domain rules: the project row, its timeline event, the audit entry. */
async function moveStage(
  tx: Tx,
  project: Project,
  viewer: Viewer,
  move: { to: Stage; dates: Partial<StageDates>; reachedOn: string; reason: string },
) {
  const [after] = await tx
    .update(projects)
    .set({ stage: move.to, ...move.dates, version: project.version + 1, updatedAt: new Date() })
    .where(and(eq(projects.id, project.id), eq(projects.version, project.version)))
    .returning();
  if (!after) throw new ActionFailure('conflict');
  await tx.insert(stageEvents).values({
    projectId: project.id,
    fromStage: project.stage,
    toStage: move.to,
    reachedOn: move.reachedOn,
    reason: move.reason,
    actorId: viewer.id,
  });
  const summary = (p: Project) => ({ stage: p.stage, ...datesOf(p), version: p.version });
  return {
    data: { stage: after.stage, version: after.version },
    audit: {
      entity: 'project',
      entityId: project.id,
      before: summary(project),
      // a correction's reason, so the project's history can say why
      after: move.reason ? { ...summary(after), reason: move.reason } : summary(after),
      projectId: project.id,
    },
  };
}

const refuse = (reason: StageMoveRefusal) => invalidField(...REFUSAL_FIELD[reason]);

/** 洽谈 → 签约 → 开工 → 投产 → 达效, one stage at a time, with the date it was reached. */
export const advanceStageAction = defineAction({
  name: 'project.advance_stage',
  schema: advanceStageSchema,
  permission: 'stage.advance',
  load: (tx, input, viewer) => loadVersioned(tx, input.projectId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const { project } = target;
    const decided = advance(
      project.stage,
      input.to,
      input.reachedOn,
      datesOf(project),
      zoneDateOf(new Date()),
    );
    if (!decided.ok) throw refuse(decided.reason);
    return moveStage(tx, project, viewer, {
      to: input.to,
      dates: decided.dates,
      reachedOn: input.reachedOn,
      reason: '',
    });
  },
});

/** Going back is a correction: supervisors only, with a reason, on the timeline and in the audit log. */
export const correctStageAction = defineAction({
  name: 'project.correct_stage',
  schema: correctStageSchema,
  permission: 'stage.correct',
  load: (tx, input, viewer) => loadVersioned(tx, input.projectId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const { project } = target;
    const decided = correct(project.stage, input.to);
    if (!decided.ok) throw refuse(decided.reason);
    const today = zoneDateOf(new Date());
    return moveStage(tx, project, viewer, {
      to: input.to,
      dates: decided.dates,
      reachedOn: today,
      reason: input.reason,
    });
  },
});
