import { z } from 'zod';
import { MILESTONE_STATUSES } from '@/lib/domain/vocabulary';
import { id, optionalDate, text, version, zoneToday } from './fields';

export const updateMilestoneStatusSchema = z
  .object({
    milestoneId: id(),
    version: version(),
    status: z.enum(MILESTONE_STATUSES, 'validation.invalid'),
    actualOn: optionalDate(),
    note: text(500).default(''),
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

export type UpdateMilestoneStatusInput = z.input<typeof updateMilestoneStatusSchema>;
export type UpdateMilestoneStatus = z.output<typeof updateMilestoneStatusSchema>;
