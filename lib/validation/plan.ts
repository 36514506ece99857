import { PROJECT_KINDS } from '@/lib/domain/vocabulary';
import {
  id,
  isoDate,
  longText,
  optionalDate,
  optionalId,
  phone,
  planYear,
  text,
  version,
  wan,
} from './fields';
import { milestoneName } from './milestone';
import { z } from './zod';

/** The annual figures of a plan; the period, when both ends are given, runs forwards. */
const figures = () =>
  z
    .object({
      annualPlannedInvestment: wan(),
      plannedStartOn: optionalDate(),
      plannedFinishOn: optionalDate(),
    })
    .superRefine((v, ctx) => {
      if (v.plannedStartOn && v.plannedFinishOn && v.plannedFinishOn < v.plannedStartOn)
        ctx.addIssue({ code: 'custom', path: ['plannedFinishOn'], message: 'validation.finishBeforeStart' });
    });

/** 确认计划: the plan as the supervisor sees it becomes the year's baseline. */
export const approvePlanSchema = z.object({ projectId: id(), version: version() });

/** 计划调整申请: the whole proposed plan (milestones in order; a new one without id), with its reason. */
export const requestPlanChangeSchema = z.object({
  projectId: id(),
  /** The approved version the official saw; a newer one makes the request a conflict. */
  baseVersionId: id(),
  clientKey: z.uuid('validation.invalid'),
  reason: longText(500).min(2, 'planValidation.reasonRequired'),
  milestones: z
    .array(z.object({ id: optionalId(), name: milestoneName(), plannedOn: isoDate() }), 'validation.invalid')
    .max(60, 'validation.tooLong'),
  figures: figures(),
});
export type RequestPlanChangeInput = z.input<typeof requestPlanChangeSchema>;
export type RequestPlanChange = z.output<typeof requestPlanChangeSchema>;

/** A supervisor's decision on an open request: 批示 optional on approval, a reason required to reject. */
export const approvePlanChangeSchema = z.object({
  requestId: id(),
  version: version(),
  note: longText(500).default(''),
});
export const rejectPlanChangeSchema = z.object({
  requestId: id(),
  version: version(),
  note: longText(500).min(2, 'planValidation.rejectReasonRequired'),
});
export type DecidePlanChangeInput = z.input<typeof approvePlanChangeSchema>;

/** A project's facts, edited by the zone's management. The planned period is part of the plan. */
export const editProjectSchema = z
  .object({
    projectId: id(),
    version: version(),
    name: text(80).min(2, 'validation.required'),
    enterprise: text(80).min(2, 'validation.required'),
    parkId: id(),
    kind: z.enum(PROJECT_KINDS, 'validation.invalid'),
    totalInvestment: wan(),
    annualPlannedInvestment: wan(),
    plannedStartOn: optionalDate(),
    plannedFinishOn: optionalDate(),
    contactPerson: text(40).default(''),
    contactPhone: phone(),
    summary: longText(500).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.plannedStartOn && v.plannedFinishOn && v.plannedFinishOn < v.plannedStartOn)
      ctx.addIssue({ code: 'custom', path: ['plannedFinishOn'], message: 'validation.finishBeforeStart' });
    if (v.annualPlannedInvestment > v.totalInvestment)
      ctx.addIssue({ code: 'custom', path: ['annualPlannedInvestment'], message: 'validation.exceedsTotal' });
  });
export type EditProjectInput = z.input<typeof editProjectSchema>;
export type EditProject = z.output<typeof editProjectSchema>;

/** 新年度计划 for one project: the next plan year and its annual planned investment. */
export const openPlanYearSchema = z.object({
  projectId: id(),
  version: version(),
  year: planYear(),
  annualPlannedInvestment: wan(),
});
export type OpenPlanYearInput = z.input<typeof openPlanYearSchema>;

/** 新年度计划 for every project of a zone still in `year - 1`; their annual figures are set afterwards. */
export const openZonePlanYearSchema = z.object({ zoneId: id(), year: planYear() });

/** A person's phones, edited by themselves or an admin. */
export const updateProfileSchema = z.object({
  userId: id(),
  version: version(),
  officePhone: phone(),
  mobile: phone(),
});
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
