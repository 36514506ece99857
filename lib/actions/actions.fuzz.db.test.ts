import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dbState, expectOnlyRefusal } from '@/db/testing/refusal-check';
import { openTestDb, sessionOf } from '@/db/testing/test-db';
import { probeValue } from '@/lib/testing/arbitraries';
import { MATRIX, ROLES } from '@/lib/testing/authorization-matrix';

// Every server action, fed a valid input with some of its fields replaced by anything a forged request could
// send, by someone allowed to use it: the answer is always one of the result shapes (never the generic error
// of a crash), and unless it is a success (valid and permitted) no table changed.

const ANSWERS = ['ok', 'unauthenticated', 'forbidden', 'not_found', 'invalid', 'conflict'];
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

describe.each(Object.entries(MATRIX))('%s under hostile input', (_name, cell) => {
  it('answers with a result, never a crash, and changes nothing unless it succeeds', async () => {
    const role = cell.allow[0];
    if (!role) throw new Error('an action nobody may use');
    const handle = await openTestDb();
    try {
      const session = await sessionOf(handle.db, ROLES[role] ?? '');
      const valid = await cell.input(handle.db, role);
      const fields = [...Object.keys(valid), 'version', 'projectId', '__proto__'];
      const mutation = fc.dictionary(fc.constantFrom(...fields), probeValue, { minKeys: 1, maxKeys: 3 });
      await fc.assert(
        fc.asyncProperty(mutation, async (changes) => {
          const before = await dbState(handle.db);
          const { result } = await cell.action.run(
            { db: handle.db, session, ip: '198.51.100.9', locale: 'zh-CN' },
            { ...valid, ...changes },
          );
          expect(ANSWERS).toContain(result.ok ? 'ok' : result.code);
          if (!result.ok) {
            expect(result.message).not.toMatch(/Error|at .*\(|SELECT|INSERT|relation/);
            const refused = { action: cell.action.name, code: result.code, exact: false };
            expectOnlyRefusal(before, await dbState(handle.db), refused);
          }
        }),
        { numRuns: RUNS },
      );
    } finally {
      await handle.close();
    }
  });
});
