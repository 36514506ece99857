import { randomUUID } from 'node:crypto';
import { asc, count, eq, ne } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, users, zones } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-people';
import { refusalsOf, withRefusal } from '@/db/testing/refusal-check';
import { auditAfter, auditMark, openTestDb, sessionOf, userIdOf } from '@/db/testing/test-db';
import type { Db, DbHandle } from '@/db/types';
import { verifyPassword } from '@/lib/auth/password';
import { loadViewer } from '@/lib/auth/viewer';
import type { UserRole } from '@/lib/domain/vocabulary';
import { getUserDetail, listUsers } from '@/lib/queries/users';
import { ACCESS_REFUSED } from './access-refused';
import type { ActionContext } from './define-action';
import { createUserAction, resetPasswordAction, setUserDisabledAction } from './users';

let handle: DbHandle;
let db: Db;
let seededAudit: number;
beforeEach(async () => {
  handle = await openTestDb();
  seededAudit = await auditMark(handle.db);
  db = handle.db;
});
afterEach(async () => {
  await handle.close();
});

const NEW_PASSWORD = 'new-secret-2024';

async function ctx(username: string | null): Promise<ActionContext> {
  return { db, session: username ? await sessionOf(db, username) : null, ip: '203.0.113.9', locale: 'zh-CN' };
}

async function zoneIdOf(code: string): Promise<number> {
  const [zone] = await db.select({ id: zones.id }).from(zones).where(eq(zones.code, code));
  if (!zone) throw new Error(`no demo zone ${code}`);
  return zone.id;
}

async function account(username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no account ${username}`);
  return row;
}

/** An account the demo lacks, inserted directly (it never signs in with a password here). */
async function addAccount(username: string, role: UserRole, zone: string | null) {
  const zoneId = zone === null ? null : await zoneIdOf(zone);
  await db.insert(users).values({ username, name: username, role, zoneId, passwordHash: 'unused' });
}

/** Everything a refused call must leave untouched, and the refused calls' own audit rows apart. */
async function snapshot() {
  const [audit] = await db.select({ n: count() }).from(auditLog).where(ne(auditLog.action, ACCESS_REFUSED));
  const refusals = await refusalsOf(db);
  return { audit: audit?.n, refusals, users: await db.select().from(users).orderBy(asc(users.id)) };
}

const create = async (actor: string | null, extra: Record<string, unknown> = {}) =>
  createUserAction.run(await ctx(actor), {
    clientKey: randomUUID(),
    username: 'newcomer',
    name: '新某',
    title: '项目建设科科员',
    role: 'official',
    password: NEW_PASSWORD,
    ...extra,
  });

const reset = async (actor: string | null, target: string, extra: Record<string, unknown> = {}) => {
  const { id, version } = await account(target);
  return resetPasswordAction.run(await ctx(actor), { userId: id, version, password: NEW_PASSWORD, ...extra });
};

const setDisabled = async (actor: string | null, target: string, disabled: boolean | string) => {
  const { id, version } = await account(target);
  return setUserDisabledAction.run(await ctx(actor), { userId: id, version, disabled });
};

async function auditRows() {
  return auditAfter(db, seededAudit);
}

describe('user management by the zone admin: allowed', () => {
  it.each(['official', 'viewer', 'supervisor', 'admin'] as const)(
    'creates a(n) %s in the admin’s own zone, the hash stored and never audited',
    async (role) => {
      const { result } = await create('admin', { role, username: ' NewComer ' });
      expect(result).toMatchObject({ ok: true, data: { username: 'newcomer', role, version: 1 } });

      const row = await account('newcomer');
      expect(row).toMatchObject({ name: '新某', zoneId: await zoneIdOf('shangdang'), disabled: false });
      expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);

      const audit = await auditRows();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorId: await userIdOf(db, 'admin'),
        action: 'user.create',
        entity: 'user',
        entityId: String(row.id),
        before: null,
        after: { username: 'newcomer', role, zoneId: row.zoneId },
        ip: '203.0.113.9',
      });
      const written = JSON.stringify({ audit, result });
      for (const secret of [row.passwordHash, NEW_PASSWORD, 'passwordHash', '$argon2']) {
        expect(written).not.toContain(secret);
      }
    },
  );

  it('accepts its own zone named explicitly, as FormData', async () => {
    const fd = new FormData();
    const fields = { username: 'formdata', name: '表单某', role: 'viewer', password: NEW_PASSWORD };
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append('zoneId', String(await zoneIdOf('shangdang')));
    fd.append('clientKey', randomUUID());
    expect((await createUserAction.run(await ctx('admin'), fd)).result.ok).toBe(true);
  });

  it('resets a password: the new one works, the old one not, and the audit keeps no hash', async () => {
    const before = await account('xu');
    const { result } = await reset('admin', 'xu');
    expect(result).toMatchObject({ ok: true, data: { username: 'xu', version: before.version + 1 } });

    const after = await account('xu');
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash, DEMO_PASSWORD)).toBe(false);
    const audit = await auditRows();
    expect(audit).toMatchObject([
      { action: 'user.reset_password', before: { version: before.version }, after: { passwordReset: true } },
    ]);
    const written = JSON.stringify(audit);
    for (const secret of [before.passwordHash, after.passwordHash, NEW_PASSWORD, '$argon2']) {
      expect(written).not.toContain(secret);
    }
  });

  it('disables xu: their sessions stop at once, and their active assignments wait for reassignment', async () => {
    const xu = await account('xu');
    const admin = await loadViewer(db, await sessionOf(db, 'admin'));
    if (!admin) throw new Error('admin missing');
    const held = (await getUserDetail(db, admin, xu.id))?.assignments ?? [];
    expect(held.length).toBeGreaterThan(0);

    const { result } = await setDisabled('admin', 'xu', true);
    expect(result).toMatchObject({ ok: true, data: { disabled: true, version: xu.version + 1 } });
    expect(await loadViewer(db, { userId: xu.id, epoch: xu.sessionEpoch })).toBeNull();

    const detail = await getUserDetail(db, admin, xu.id);
    expect(detail?.account.disabled).toBe(true);
    expect(detail?.assignments).toEqual(held);
    for (const a of held)
      expect(a).toMatchObject({ projectId: expect.any(Number), role: expect.any(String) });
    expect(await auditRows()).toMatchObject([
      { action: 'user.set_disabled', before: { disabled: false }, after: { disabled: true } },
    ]);
  });

  it('re-enables the disabled account (posted as a string), which then works again', async () => {
    const { result } = await setDisabled('admin', 'disabled', 'false');
    expect(result).toMatchObject({ ok: true, data: { disabled: false } });
    expect(await loadViewer(db, await sessionOf(db, 'disabled'))).not.toBeNull();
  });

  it('lists the zone’s accounts only, admins first', async () => {
    const admin = await loadViewer(db, await sessionOf(db, 'admin'));
    if (!admin) throw new Error('admin missing');
    const rows = await listUsers(db, admin);
    expect(rows[0]?.role).toBe('admin');
    expect(rows.map((r) => r.username)).not.toContain('shangwu');
    expect(rows.map((r) => r.username)).not.toContain('gaoxin');
    expect(rows.find((r) => r.username === 'xu')?.activeAssignments).toBeGreaterThan(0);
  });
});

describe('city admin', () => {
  beforeEach(() => addAccount('shiadmin', 'admin', null));

  it('creates a city-level supervisor, and accounts in any zone', async () => {
    expect((await create('shiadmin', { role: 'supervisor' })).result.ok).toBe(true);
    expect((await account('newcomer')).zoneId).toBeNull();
    const gaoxin = await zoneIdOf('gaoxin');
    expect((await create('shiadmin', { username: 'gx.new', zoneId: gaoxin })).result.ok).toBe(true);
    expect((await account('gx.new')).zoneId).toBe(gaoxin);
  });

  it('may not create an official without a zone', async () => {
    const before = await snapshot();
    const { result } = await create('shiadmin', { role: 'official' });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { zoneId: [expect.any(String)] },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('user management: refused, and nothing changes', () => {
  beforeEach(() => addAccount('gxadmin', 'admin', 'gaoxin'));

  const createIn = async (actor: string | null, zone: string) =>
    create(actor, { zoneId: await zoneIdOf(zone) });
  const attempts = {
    'create in 上党': (actor: string | null) => createIn(actor, 'shangdang'),
    'create in 高新': (actor: string | null) => createIn(actor, 'gaoxin'),
    'reset xu': (actor: string | null) => reset(actor, 'xu'),
    'disable xu': (actor: string | null) => setDisabled(actor, 'xu', true),
  };
  // One row per actor, one refusal per attempt above (null: allowed, tested elsewhere).
  const refusals = [
    [null, 'unauthenticated', 'unauthenticated', 'unauthenticated', 'unauthenticated'],
    ['disabled', 'unauthenticated', 'unauthenticated', 'unauthenticated', 'unauthenticated'],
    ['duban', 'forbidden', 'not_found', 'forbidden', 'forbidden'],
    ['xu', 'forbidden', 'not_found', 'forbidden', 'forbidden'],
    ['chakan', 'forbidden', 'not_found', 'forbidden', 'forbidden'],
    ['shangwu', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
    ['gxadmin', 'not_found', null, 'not_found', 'not_found'],
    ['admin', null, 'not_found', null, null],
  ] as const;
  const cases = refusals.flatMap(([actor, ...codes]) =>
    Object.keys(attempts).flatMap((verb, i) => (codes[i] ? [[verb, actor, codes[i]] as const] : [])),
  );

  it.each(cases)('%s by %s: %s', async (verb, actor, code) => {
    const before = await snapshot();
    const { result } = await attempts[verb as keyof typeof attempts](actor);
    expect(result).toMatchObject({ ok: false, code });
    const action = verb.startsWith('create')
      ? createUserAction
      : verb.startsWith('reset')
        ? resetPasswordAction
        : setUserDisabledAction;
    expect(await snapshot()).toEqual(withRefusal(before, action.name, code));
  });

  it.each([
    ['another zone’s admin', 'gxadmin'],
    ['another zone’s supervisor', 'gaoxin'],
    ['a city-level supervisor', 'shangwu'],
  ])('the zone admin cannot find %s', async (_label, target) => {
    const before = await snapshot();
    expect((await reset('admin', target)).result).toMatchObject({ ok: false, code: 'not_found' });
    expect((await setDisabled('admin', target, true)).result).toMatchObject({ ok: false, code: 'not_found' });
    const refused = withRefusal(before, resetPasswordAction.name, 'not_found');
    expect(await snapshot()).toEqual(withRefusal(refused, setUserDisabledAction.name, 'not_found'));
  });

  it('a stale version gets a conflict, for a reset and for disabling', async () => {
    const stale = await account('xu');
    expect((await reset('admin', 'xu')).result.ok).toBe(true);
    const before = await snapshot();
    const old = { userId: stale.id, version: stale.version };
    const admin = await ctx('admin');
    const again = await resetPasswordAction.run(admin, { ...old, password: 'other-secret' });
    const disable = await setUserDisabledAction.run(admin, { ...old, disabled: true });
    expect(again.result).toMatchObject({ ok: false, code: 'conflict' });
    expect(disable.result).toMatchObject({ ok: false, code: 'conflict' });
    expect(await snapshot()).toEqual(before);
  });

  it.each(['ZHANG', 'mixedcase'])('a taken username (%s, in any case) is a field error', async (username) => {
    await addAccount('MixedCase', 'viewer', 'shangdang');
    const before = await snapshot();
    const { result } = await create('admin', { username });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { username: ['该用户名已被使用'] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('an admin cannot disable themself', async () => {
    const before = await snapshot();
    const { result } = await setDisabled('admin', 'admin', true);
    expect(result).toMatchObject({ ok: false, fieldErrors: { disabled: ['不能停用自己的账号'] } });
    expect(await snapshot()).toEqual(before);
  });

  it('bad input gets translated field errors, in the reader’s language', async () => {
    const before = await snapshot();
    const bad = { username: 'a b', name: '', role: 'root', zoneId: 'x', password: 'short' };
    const { result } = await create('admin', bad);
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      message: '填写有误，请检查标出的字段',
      fieldErrors: {
        username: ['用户名须为 3–32 位小写字母、数字或 . _ -'],
        name: ['必填'],
        role: ['填写有误'],
        zoneId: ['填写有误'],
        password: ['密码须为 8–128 位'],
      },
    });
    const en = await createUserAction.run({ ...(await ctx('admin')), locale: 'en' }, { password: 'short' });
    expect(en.result).toMatchObject({
      fieldErrors: { password: ['A password is 8 to 128 characters long'] },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('sessions end with a password reset', () => {
  it('a session from before the reset is refused; one signed in after works', async () => {
    const before = await sessionOf(db, 'xu');
    expect(await loadViewer(db, before)).not.toBeNull();
    const { result } = await reset('admin', 'xu');
    expect(result.ok).toBe(true);
    expect(await loadViewer(db, before)).toBeNull();
    expect(await loadViewer(db, await sessionOf(db, 'xu'))).not.toBeNull();
  });
});
