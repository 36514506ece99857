import { clientKey, id, isoDate, longText, optionalId, text, version, zoneToday } from './fields';
import { z } from './zod';

export const issueNoticeSchema = z.object({
  projectId: id(),
  /** Made once per form in the browser: a replayed submit finds the notice it already issued. */
  clientKey: clientKey(),
  /** The project's blocker the notice is about, if any. */
  blockerId: optionalId(),
  matter: longText(2000).min(4, 'validation.required'),
  addresseeId: id(),
  unit: text(60).default(''),
  replyDue: isoDate().refine((d) => d >= zoneToday(), 'supervisionValidation.replyDuePast'),
  instruction: longText(1000).default(''),
});
export type IssueNoticeInput = z.input<typeof issueNoticeSchema>;

/** A reply, its acceptance or its return names the notice and the version its author saw. */
const move = (body: z.ZodType<string, unknown>) => z.object({ noticeId: id(), version: version(), body });

export const replyNoticeSchema = move(longText(2000).min(2, 'validation.required'));
export const acceptNoticeSchema = move(longText(1000).default(''));
/** Sent back with a reason the addressee can act on. */
export const returnNoticeSchema = move(longText(1000).min(2, 'supervisionValidation.returnReason'));
export type NoticeMoveInput = z.input<typeof replyNoticeSchema>;
