import { BLOCKER_CATEGORIES, BLOCKER_URGENCIES } from '@/lib/domain/vocabulary';
import {
  clientKey,
  id,
  isoDate,
  longText,
  optionalDate,
  optionalId,
  text,
  version,
  zoneToday,
} from './fields';
import { z } from './zod';

export const raiseBlockerSchema = z.object({
  projectId: id(),
  /** Made once per form in the browser: a replayed submit carries the same key and finds the same blocker. */
  clientKey: z.uuid('validation.invalid'),
  title: text(80).min(2, 'validation.required'),
  description: longText(2000).default(''),
  category: z.enum(BLOCKER_CATEGORIES, 'validation.required'),
  urgency: z.enum(BLOCKER_URGENCIES, 'validation.invalid').default('normal'),
  milestoneId: optionalId(),
  neededBy: optionalDate().refine((d) => d === null || d >= zoneToday(), 'validation.neededByPast'),
});
export type RaiseBlockerInput = z.input<typeof raiseBlockerSchema>;
export type RaiseBlocker = z.output<typeof raiseBlockerSchema>;

/** Every move names the blocker and the version the actor saw, and may carry a comment (reopening must). */
const move = <T extends z.ZodRawShape>(
  extra: T,
  comment: z.ZodType<string, unknown> = longText(1000).default(''),
) => z.object({ blockerId: id(), version: version(), comment, ...extra });

export const assignBlockerSchema = move({
  responsibleUnit: text(60).min(2, 'validation.required'),
  deadline: isoDate().refine((d) => d >= zoneToday(), 'validation.deadlinePast'),
});
export const resolveBlockerSchema = move({ resolution: longText(1000).min(2, 'validation.required') });
export const reopenBlockerSchema = move({}, longText(1000).min(2, 'validation.reasonRequired'));
export const plainMoveSchema = move({});
/** A comment does not change the blocker, so it needs no version. */
export const commentBlockerSchema = z.object({
  blockerId: id(),
  clientKey: clientKey(),
  comment: longText(1000).min(1, 'validation.required'),
});

export type AssignBlockerInput = z.input<typeof assignBlockerSchema>;
export type ResolveBlockerInput = z.input<typeof resolveBlockerSchema>;
export type MoveInput = z.input<typeof plainMoveSchema>;
