import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableChecksums } from '@/db/backup';
import { actionHarness } from '@/db/testing/harness';
import { inputFor } from '@/lib/testing/arbitraries';
import { assignContactAction } from './assignment';
import { raiseBlockerAction } from './blocker-raise';
import type { Action } from './define-action';
import { updateMilestoneAction } from './milestone-update';
import { fileProgressAction } from './progress';
import { advanceStageAction } from './stage';

const h = actionHarness();

// A sample of actions, each fed arbitrary input by someone allowed to use it: the answer is always one of the
// result shapes (never a thrown error, never the generic 'error' of a crash), and a refusal writes nothing.
const SAMPLE: [string, Action<unknown>, string, string[]][] = [
  [
    'updateMilestone',
    updateMilestoneAction,
    'xu',
    ['milestoneId', 'version', 'status', 'actualOn', 'note', 'name', 'plannedOn'],
  ],
  [
    'fileProgress',
    fileProgressAction,
    'xu',
    ['projectId', 'weekStart', 'version', 'progress', 'nextPlan', 'investment'],
  ],
  [
    'raiseBlocker',
    raiseBlockerAction,
    'xu',
    ['projectId', 'clientKey', 'title', 'category', 'urgency', 'neededBy'],
  ],
  ['assignContact', assignContactAction, 'duban', ['projectId', 'role', 'userId', 'currentUserId', 'since']],
  ['advanceStage', advanceStageAction, 'duban', ['projectId', 'version', 'to', 'reachedOn']],
];

describe.each(SAMPLE)('%s under arbitrary input', (_name, action, who, fields) => {
  it('answers with a result, never a crash, and changes nothing when it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(inputFor(fields), async (input) => {
        const before = await tableChecksums(h.db);
        const result = await h.run(action, who, input);
        expect(['ok', 'unauthenticated', 'forbidden', 'not_found', 'invalid', 'conflict']).toContain(
          result.ok ? 'ok' : result.code,
        );
        if (!result.ok) {
          expect(result.message).not.toMatch(/Error|at .*\(|SELECT|INSERT|relation/);
          expect(await tableChecksums(h.db)).toEqual(before);
        }
      }),
      { numRuns: 15 },
    );
  });
});
