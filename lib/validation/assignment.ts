import { ASSIGNMENT_ROLES } from '@/lib/domain/vocabulary';
import { id, isoDate, zoneToday } from './fields';
import { z } from './zod';

/** Handover dates are today or earlier: an assignment is active exactly while `until` is empty. */
const handoverDate = () => isoDate().refine((d) => d <= zoneToday(), 'validation.notInFuture');

/**
 * Assign or replace the holder of one "三个一" role. `currentUserId` is the holder the editor saw (empty for
 * a vacant role): if someone else changed the role meanwhile, the action refuses with a conflict instead of
 * ending an assignment the editor never saw.
 */
export const assignContactSchema = z.object({
  projectId: id(),
  role: z.enum(ASSIGNMENT_ROLES, 'validation.invalid'),
  userId: id(),
  currentUserId: z
    .union([z.literal(''), z.null(), id()])
    .default(null)
    .transform((v) => (v === '' ? null : v)),
  since: handoverDate(),
});
export type AssignContactInput = z.input<typeof assignContactSchema>;
export type AssignContact = z.output<typeof assignContactSchema>;

export const endAssignmentSchema = z.object({
  assignmentId: id(),
  until: handoverDate(),
});
export type EndAssignmentInput = z.input<typeof endAssignmentSchema>;
export type EndAssignment = z.output<typeof endAssignmentSchema>;
