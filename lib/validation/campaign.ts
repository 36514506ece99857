import { BATCHES } from '@/lib/domain/kpi';
import { clientKey, id, isoDate, text } from './fields';
import { z } from './zod';

/** A "三个一批" round: its name as the province announces it, and the day it was held. */
export const createRoundSchema = z.object({
  clientKey: clientKey(),
  name: text(60).min(2, 'validation.required'),
  heldOn: isoDate(),
});
export type CreateRoundInput = z.input<typeof createRoundSchema>;
export type CreateRound = z.output<typeof createRoundSchema>;

/** Checkboxes give an array of strings, one box a string, none nothing: all become a list of ids. */
const idList = () =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === false || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(id(), 'validation.invalid')
      .min(1, 'validation.required')
      .max(500, 'validation.invalid')
      .transform((ids) => [...new Set(ids)]),
  );

/** Lists projects in one batch of a round; a project already listed there is left as it is. */
export const addEntriesSchema = z.object({
  roundId: id(),
  batch: z.enum(BATCHES, 'validation.required'),
  projectIds: idList(),
});
export type AddEntriesInput = z.input<typeof addEntriesSchema>;
export type AddEntries = z.output<typeof addEntriesSchema>;

export const removeEntrySchema = z.object({ entryId: id() });
export type RemoveEntryInput = z.input<typeof removeEntrySchema>;
