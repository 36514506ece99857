import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { chineseText, inputFor } from '@/lib/testing/arbitraries';
import { assignContactSchema, endAssignmentSchema } from './assignment';
import {
  assignBlockerSchema,
  commentBlockerSchema,
  raiseBlockerSchema,
  resolveBlockerSchema,
} from './blocker';
import { messageKeyOf } from './errors';
import { addMilestoneSchema, updateMilestoneSchema } from './milestone';
import { fileProgressSchema } from './progress';
import { createProjectSchema } from './project';
import { closeReportWeekSchema } from './report-week';
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
  createUserSchema,
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
