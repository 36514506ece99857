import { STAGES } from '@/lib/domain/stages';
import { id, isoDate, longText, version } from './fields';
import { z } from './zod';

export const advanceStageSchema = z.object({
  projectId: id(),
  version: version(),
  /** The stage the editor moves to: checked against the stored stage, so a stale form cannot skip one. */
  to: z.enum(STAGES, 'validation.invalid'),
  reachedOn: isoDate(),
});
export type AdvanceStageInput = z.input<typeof advanceStageSchema>;
export type AdvanceStage = z.output<typeof advanceStageSchema>;

export const correctStageSchema = z.object({
  projectId: id(),
  version: version(),
  to: z.enum(STAGES, 'validation.invalid'),
  reason: longText(500).min(2, 'validation.reasonRequired'),
});
export type CorrectStageInput = z.input<typeof correctStageSchema>;
export type CorrectStage = z.output<typeof correctStageSchema>;
