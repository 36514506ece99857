import { MILESTONE_STATUSES } from '@/lib/domain/vocabulary';
import { clientKey, id, isoDate, longText, optionalDate, text, version, zoneToday } from './fields';
import { z } from './zod';

export const milestoneName = () => text(40).min(1, 'validation.required');

/**
 * Status, actual date and note are what an official on site changes; name and planned date may come too
 * (the full editor), and are left as they are when absent.
 */
export const updateMilestoneSchema = z
  .object({
    milestoneId: id(),
    version: version(),
    name: milestoneName().optional(),
    plannedOn: isoDate().optional(),
    status: z.enum(MILESTONE_STATUSES, 'validation.invalid'),
    actualOn: optionalDate(),
    note: longText(500).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'done' && value.actualOn === null) {
      ctx.addIssue({ code: 'custom', path: ['actualOn'], message: 'validation.actualRequired' });
    }
    if (value.status !== 'done' && value.actualOn !== null) {
      ctx.addIssue({ code: 'custom', path: ['actualOn'], message: 'validation.actualOnlyWhenDone' });
    }
    if (value.actualOn !== null && value.actualOn > zoneToday()) {
      ctx.addIssue({ code: 'custom', path: ['actualOn'], message: 'validation.actualInFuture' });
    }
  });
export type UpdateMilestoneInput = z.input<typeof updateMilestoneSchema>;
export type UpdateMilestone = z.output<typeof updateMilestoneSchema>;

export const addMilestoneSchema = z.object({
  projectId: id(),
  clientKey: clientKey(),
  name: milestoneName(),
  plannedOn: isoDate(),
  note: longText(500).default(''),
});
export type AddMilestoneInput = z.input<typeof addMilestoneSchema>;
export type AddMilestone = z.output<typeof addMilestoneSchema>;

export const moveMilestoneSchema = z.object({
  milestoneId: id(),
  version: version(),
  direction: z.enum(['up', 'down'], 'validation.invalid'),
});

export const removeMilestoneSchema = z.object({ milestoneId: id(), version: version() });

export const applyMilestoneTemplateSchema = z.object({ projectId: id(), clientKey: clientKey() });
