import { LEDGER_FIELD_KEYS, MONEY_KEYS } from '@/lib/import/ledger-fields';
import {
  HEADER_SEARCH_ROWS,
  LEDGER_MAX_CELL,
  LEDGER_MAX_COLUMNS,
  LEDGER_MAX_ROWS,
} from '@/lib/import/ledger-file';
import { flag, id, planYear, text } from './fields';
import { z } from './zod';

// What the import page sends besides the file, and what the import action takes: the file already read into
// a grid of text by the route (lib/import/ledger-file.ts), bounded here again since anyone may post it.

const column = z
  .number()
  .int()
  .min(-1)
  .max(LEDGER_MAX_COLUMNS - 1);
const unit = z.union([z.literal(4), z.literal(0), z.literal(-4)]);

export const ledgerMappingSchema = z
  .object({
    columns: z.partialRecord(z.enum(LEDGER_FIELD_KEYS), column).default({}),
    units: z.partialRecord(z.enum(MONEY_KEYS), unit).default({}),
  })
  .strict();

/** The choices of the preview: how to read the file and what to do with what it names. */
export const ledgerOptionsSchema = z
  .object({
    zoneId: id(),
    planYear: planYear(),
    createMissing: flag().default(false),
    mapping: ledgerMappingSchema.default({ columns: {}, units: {} }),
    /** A shared name resolved to one official: name → user id. */
    choices: z
      .record(text(40), id())
      .refine((c) => Object.keys(c).length <= 500, 'validation.invalid')
      .default({}),
  })
  .strict();
export type LedgerOptions = z.output<typeof ledgerOptionsSchema>;

export const ledgerImportSchema = z.object({
  ...ledgerOptionsSchema.shape,
  fileName: text(200).min(1, 'validation.required'),
  grid: z.object({
    sheet: z.string().max(100),
    rows: z
      .array(z.array(z.string().max(LEDGER_MAX_CELL)).max(LEDGER_MAX_COLUMNS))
      .max(LEDGER_MAX_ROWS + HEADER_SEARCH_ROWS),
  }),
  /** The preview's fingerprint: the import writes only the plan the user saw. */
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/, 'validation.invalid'),
});
export type LedgerImportInput = z.input<typeof ledgerImportSchema>;
