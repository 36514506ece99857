import { STAGES } from '@/lib/domain/stages';
import { PROJECT_KINDS } from '@/lib/domain/vocabulary';
import { clientKey, id, isoDate, longText, optionalDate, planYear, text, wan, zoneToday } from './fields';
import { z } from './zod';

export const createProjectSchema = z
  .object({
    name: text(80).min(2, 'validation.required'),
    enterprise: text(80).min(2, 'validation.required'),
    parkId: id(),
    clientKey: clientKey(),
    kind: z.enum(PROJECT_KINDS, 'validation.invalid'),
    stage: z.enum(STAGES, 'validation.invalid'),
    /** The date the project reached its current stage. */
    stageOn: isoDate().refine((d) => d <= zoneToday(), 'validation.notInFuture'),
    planYear: planYear(),
    totalInvestment: wan(),
    annualPlannedInvestment: wan(),
    completedInvestment: wan(),
    plannedStartOn: optionalDate(),
    plannedFinishOn: optionalDate(),
    summary: longText(500).default(''),
    /** Start the milestones from the template of the project's kind. */
    useTemplate: z
      .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
      .default(false)
      .transform((v) => v === true || v === 'on' || v === 'true'),
  })
  .superRefine((v, ctx) => {
    if (v.plannedStartOn && v.plannedFinishOn && v.plannedFinishOn < v.plannedStartOn) {
      ctx.addIssue({ code: 'custom', path: ['plannedFinishOn'], message: 'validation.finishBeforeStart' });
    }
    if (v.annualPlannedInvestment > v.totalInvestment) {
      ctx.addIssue({ code: 'custom', path: ['annualPlannedInvestment'], message: 'validation.exceedsTotal' });
    }
    if (v.completedInvestment > v.totalInvestment) {
      ctx.addIssue({ code: 'custom', path: ['completedInvestment'], message: 'validation.exceedsTotal' });
    }
  });
export type CreateProjectInput = z.input<typeof createProjectSchema>;
export type CreateProject = z.output<typeof createProjectSchema>;
