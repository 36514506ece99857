import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, milestones, projectAssignments, projects, users } from '@/db/schema';
import { refusalsOf, withRefusal } from '@/db/testing/refusal-check';
import { auditAfter, auditMark, openTestDb, sessionOf, userIdOf } from '@/db/testing/test-db';
import type { Db, DbHandle } from '@/db/types';
import { ACCESS_REFUSED } from './access-refused';
import type { ActionContext } from './define-action';
import { updateMilestoneAction as action } from './milestone-update';

let handle: DbHandle;
let db: Db;
let seededAudit: number;
beforeEach(async () => {
  handle = await openTestDb();
  db = handle.db;
  seededAudit = await auditMark(db);
});
afterEach(async () => {
  await handle.close();
});

const PROJECT = '日盛达光伏玻璃生产线（二期）'; // leader zhang, cadre liu, liaison xu

async function ctx(username: string | null): Promise<ActionContext> {
  return { db, session: username ? await sessionOf(db, username) : null, ip: '203.0.113.7', locale: 'zh-CN' };
}

/** The project's open milestone "点火/试运营" (in progress at the report's moment). */
async function target() {
  const [row] = await db
    .select({ milestone: milestones })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(eq(projects.name, PROJECT), eq(milestones.name, '点火/试运营')));
  if (!row) throw new Error('demo milestone missing');
  return row.milestone;
}

/** Everything a refused call must leave untouched, and the refused calls' own audit rows apart. */
async function snapshot() {
  const [audit] = await db.select({ n: count() }).from(auditLog).where(ne(auditLog.action, ACCESS_REFUSED));
  const all = await db.select().from(milestones).orderBy(asc(milestones.id));
  return { audit: audit?.n, refusals: await refusalsOf(db), milestones: all };
}

async function markDone(username: string | null, extra: Record<string, unknown> = {}) {
  const m = await target();
  return action.run(await ctx(username), {
    milestoneId: m.id,
    version: m.version,
    status: 'done',
    actualOn: '2024-04-12',
    note: '点火成功',
    ...extra,
  });
}

describe('update milestone status: allowed', () => {
  it.each(['xu', 'liu', 'zhang'])(
    'the assigned official %s saves, with version and audit row',
    async (username) => {
      const before = await target();
      const { result } = await markDone(username);

      expect(result).toMatchObject({
        ok: true,
        data: { status: 'done', actualOn: '2024-04-12', note: '点火成功' },
      });
      const after = await target();
      expect(after).toMatchObject({ status: 'done', actualOn: '2024-04-12', version: before.version + 1 });
      expect(after.updatedBy).toBe(await userIdOf(db, username));

      const audit = await auditAfter(db, seededAudit);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorId: await userIdOf(db, username),
        action: 'milestone.update',
        entity: 'milestone',
        entityId: String(before.id),
        ip: '203.0.113.7',
        before: { status: 'in_progress', actualOn: null, version: before.version },
        after: { status: 'done', actualOn: '2024-04-12', version: before.version + 1 },
      });
      expect(audit[0]?.at).toBeInstanceOf(Date);
    },
  );

  it.each(['duban', 'admin', 'shangwu'])(
    'the zone’s (or the city’s) supervisor or admin %s saves',
    async (username) => {
      const { result } = await markDone(username);
      expect(result.ok).toBe(true);
      expect((await target()).status).toBe('done');
    },
  );

  it('accepts the same input as FormData, as a plain HTML form posts it', async () => {
    const m = await target();
    const fd = new FormData();
    for (const [k, v] of Object.entries({
      milestoneId: m.id,
      version: m.version,
      status: 'in_progress',
      note: '调试',
    })) {
      fd.append(k, String(v));
    }
    const { result } = await action.run(await ctx('xu'), fd);
    expect(result).toMatchObject({ ok: true, data: { status: 'in_progress', note: '调试' } });
  });

  it('ignores forged fields: another project, another author, another version', async () => {
    const m = await target();
    const { result } = await markDone('xu', { projectId: m.projectId + 1, updatedBy: 1, sortOrder: 99 });
    expect(result.ok).toBe(true);
    const after = await target();
    expect(after).toMatchObject({
      projectId: m.projectId,
      sortOrder: m.sortOrder,
      updatedBy: await userIdOf(db, 'xu'),
    });
  });
});

describe('update milestone status: refused, and nothing changes', () => {
  it.each([
    ['no session', null, 'unauthenticated'],
    ['an official of other projects', 'ma', 'forbidden'],
    ['a viewer of the zone', 'chakan', 'forbidden'],
    ['a supervisor of another zone', 'gaoxin', 'not_found'],
  ] as const)('%s', async (_label, username, code) => {
    const before = await snapshot();
    const { result } = await markDone(username);
    expect(result).toMatchObject({ ok: false, code });
    expect(await snapshot()).toEqual(withRefusal(before, action.name, code));
  });

  it('a disabled user, even on a project they are assigned to', async () => {
    // 'disabled' is still the liaison of 石英砂提纯项目 in the demo data
    const disabledId = await userIdOf(db, 'disabled');
    const [held] = await db
      .select({ milestoneId: milestones.id, version: milestones.version })
      .from(projectAssignments)
      .innerJoin(milestones, eq(milestones.projectId, projectAssignments.projectId))
      .where(and(eq(projectAssignments.userId, disabledId), isNull(projectAssignments.until)));
    expect(held).toBeDefined();
    const before = await snapshot();
    const { result } = await action.run(await ctx('disabled'), {
      milestoneId: held?.milestoneId,
      version: held?.version,
      status: 'done',
      actualOn: '2024-04-12',
    });
    expect(result).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await snapshot()).toEqual(withRefusal(before, action.name, 'unauthenticated'));
  });

  it('a user disabled after signing in is refused on the next call', async () => {
    const first = await markDone('xu', { status: 'in_progress', actualOn: '' });
    expect(first.result.ok).toBe(true);
    await db.update(users).set({ disabled: true }).where(eq(users.username, 'xu'));
    const before = await snapshot();
    const { result } = await markDone('xu');
    expect(result).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await snapshot()).toEqual(withRefusal(before, action.name, 'unauthenticated'));
  });

  it('an assignment that has ended no longer allows', async () => {
    await db
      .update(projectAssignments)
      .set({ until: '2024-04-14' })
      .where(eq(projectAssignments.userId, await userIdOf(db, 'xu')));
    const before = await snapshot();
    expect((await markDone('xu')).result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot()).toEqual(withRefusal(before, action.name, 'forbidden'));
  });

  it('a stale version gets a conflict and the newer data stays', async () => {
    const m = await target();
    expect((await markDone('liu', { note: '先保存' })).result.ok).toBe(true);
    const before = await snapshot();
    const { result } = await action.run(await ctx('xu'), {
      milestoneId: m.id,
      version: m.version, // the version xu saw before liu saved
      status: 'not_started',
      actualOn: '',
      note: '会覆盖',
    });
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
    expect(await snapshot()).toEqual(before);
    expect((await target()).note).toBe('先保存');
  });

  // Truly concurrent on PostgreSQL (CI runs this file there too); PGlite runs the transactions one by one.
  it('two saves of the same version at once: one wins, the other gets a conflict', async () => {
    const m = await target();
    const save = async (username: string, note: string) =>
      action.run(await ctx(username), { milestoneId: m.id, version: m.version, status: 'in_progress', note });
    const results = (await Promise.all([save('xu', 'A'), save('liu', 'B')])).map((o) => o.result);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(1);
    expect((await target()).version).toBe(m.version + 1);
    expect(await auditAfter(db, seededAudit)).toHaveLength(1);
  });

  it('bad input gets translated field errors', async () => {
    const before = await snapshot();
    const { result } = await markDone('xu', { status: 'finished', actualOn: '2024-02-30' });
    expect(result).toMatchObject({ ok: false, code: 'invalid', message: '填写有误，请检查标出的字段' });
    if (result.ok) throw new Error('unreachable');
    expect(result.fieldErrors).toEqual({ status: ['填写有误'], actualOn: ['请输入有效日期'] });
    expect(await snapshot()).toEqual(before);
  });

  it('speaks English when the request does', async () => {
    const m = await target();
    const { result } = await action.run(
      { ...(await ctx('xu')), locale: 'en' },
      { milestoneId: m.id, version: m.version, status: 'done', actualOn: '' },
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { actualOn: ['A done milestone needs its actual date'] },
    });
  });

  it('a milestone id that does not exist is not found', async () => {
    const before = await snapshot();
    const { result } = await action.run(await ctx('duban'), {
      milestoneId: 999_999,
      version: 1,
      status: 'in_progress',
    });
    expect(result).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot()).toEqual(withRefusal(before, action.name, 'not_found'));
  });
});
