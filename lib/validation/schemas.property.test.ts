import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isInDateWindow } from '@/lib/domain/dates';
import { chineseText, inputFor } from '@/lib/testing/arbitraries';
import { assignContactSchema, endAssignmentSchema } from './assignment';
import {
  assignBlockerSchema,
  commentBlockerSchema,
  raiseBlockerSchema,
  resolveBlockerSchema,
} from './blocker';
import { createRoundSchema } from './campaign';
import { messageKeyOf } from './errors';
import { hasControlChar } from './fields';
import { addMilestoneSchema, updateMilestoneSchema } from './milestone';
import { editProjectSchema } from './plan';
import { fileProgressSchema } from './progress';
import { createProjectSchema } from './project';
import { reminderSettingsSchema } from './reminders';
import { closeReportWeekSchema, reopenReportWeekSchema } from './report-week';
import { signInSchema } from './sign-in';
import { advanceStageSchema, correctStageSchema } from './stage';
import { createUserSchema } from './users';

const SCHEMAS: Record<string, z.ZodType> = {
  updateMilestoneSchema,
  addMilestoneSchema,
  fileProgressSchema,
  advanceStageSchema,
  correctStageSchema,
  assignContactSchema,
  endAssignmentSchema,
  raiseBlockerSchema,
  assignBlockerSchema,
  resolveBlockerSchema,
  commentBlockerSchema,
  createProjectSchema,
  closeReportWeekSchema,
  reopenReportWeekSchema,
  createRoundSchema,
  editProjectSchema,
  createUserSchema,
  reminderSettingsSchema,
  signInSchema,
};

function fieldsOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: object } } })
    .shape;
  return Object.keys(shape ?? {});
}

describe.each(Object.entries(SCHEMAS))('%s under any input', (_name, schema) => {
  it('never throws, and every refusal is a message key the catalogue has', () => {
    expect(fieldsOf(schema).length).toBeGreaterThan(0);
    fc.assert(
      fc.property(inputFor(fieldsOf(schema)), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) {
          for (const issue of result.error.issues) expect(messageKeyOf(issue.message)).toMatch(/alidation\./);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Values that once went through as something else: loose numbers, year 1, bytes PostgreSQL refuses. */
const looseValue = fc.constantFrom<unknown>(
  '0001-01-01',
  '1000-01-06',
  '9999-12-31',
  '2024-04-15',
  '1e3',
  '0x10',
  '-0',
  '１２',
  ' 12 ',
  '12',
  true,
  [5],
  -0,
  1.5,
  2 ** 31,
  'a\u0000b',
  '\u001b[31m',
  '甲\n乙',
  '甲\t乙',
);

/** Whether a field takes free text (a sentence goes through there): "0001-01-01" written in a note is no date. */
function takesText(schema: z.ZodType, raw: object, key: string): boolean {
  const probe = schema.safeParse({ ...raw, [key]: '现场已开工' });
  return probe.success || !probe.error.issues.some((issue) => issue.path[0] === key);
}

/** Every leaf of a parsed value, strings and numbers alike. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

// A password is any string by design (it is hashed, never stored or shown), so sign-in is left out.
const STORED = Object.entries(SCHEMAS).filter(([name]) => name !== 'signInSchema');

describe.each(STORED)('what %s lets through', (_name, schema) => {
  it('is only whole numbers, dates in the window, and text without control characters', () => {
    const input = inputFor(fieldsOf(schema));
    const loose = fc.dictionary(fc.constantFrom(...fieldsOf(schema)), looseValue);
    fc.assert(
      fc.property(fc.oneof(input, loose), (raw) => {
        const result = schema.safeParse(raw);
        if (!result.success) return;
        for (const [key, value] of Object.entries(result.data as object)) {
          const text = takesText(schema, raw, key);
          for (const leaf of leaves(value)) {
            if (typeof leaf === 'number')
              expect(Number.isSafeInteger(leaf) && !Object.is(leaf, -0)).toBe(true);
            if (typeof leaf === 'string') {
              // line breaks and tabs only in multi-line fields: checked by the unit tests of text()/longText()
              expect(hasControlChar(leaf, true)).toBe(false);
              if (!text && /^\d{4}-\d{2}-\d{2}$/.test(leaf)) expect(isInDateWindow(leaf), key).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Chinese text', () => {
  it('comes back as it went in (trimmed, nothing else)', () => {
    fc.assert(
      fc.property(chineseText, chineseText, (title, description) => {
        const parsed = raiseBlockerSchema.safeParse({
          projectId: 1,
          clientKey: '6f1c7c1e-3b0a-4c2e-9d2a-1f2e3d4c5b6a',
          title: ` ${title.slice(0, 80)} `,
          description,
          category: 'land',
        });
        if (title.trim().length >= 2) {
          expect(parsed.success).toBe(true);
          if (parsed.success)
            expect([parsed.data.title, parsed.data.description]).toEqual([
              title.slice(0, 80).trim(),
              description,
            ]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
