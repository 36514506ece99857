import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, endedSessions } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { endSession } from './ended-sessions';
import { loadViewer } from './viewer';

const h = actionHarness();
const hoursAgo = (hours: number) => Math.floor(Date.now() / 1000) - hours * 3600;

describe('signing out ends that session, and only that one', () => {
  it('the signed-out token no longer loads; the same person’s other sign-in still does', async () => {
    const identity = await sessionOf(h.db, 'xu');
    const [phone, desk] = [randomUUID(), randomUUID()];
    expect(await loadViewer(h.db, { ...identity, sid: phone })).not.toBeNull();

    await endSession(h.db, { sid: phone, sub: String(identity.userId), signedInAt: hoursAgo(0) });
    expect(await loadViewer(h.db, { ...identity, sid: phone })).toBeNull();
    expect(await loadViewer(h.db, { ...identity, sid: desk })).toMatchObject({ id: identity.userId });
    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, 'auth.sign_out'))).toMatchObject([
      { actorId: identity.userId, entityId: String(identity.userId), after: { sid: phone } },
    ]);
  });

  it('signing out twice is harmless (one row, one audit entry); rows of ended sign-ins are dropped', async () => {
    const identity = await sessionOf(h.db, 'xu');
    const old = randomUUID();
    await h.db.insert(endedSessions).values({ sid: old, userId: identity.userId, expiresAt: new Date(0) });
    const sid = randomUUID();
    await endSession(h.db, { sid, sub: String(identity.userId), signedInAt: hoursAgo(11) });
    await endSession(h.db, { sid, sub: String(identity.userId), signedInAt: hoursAgo(11) });
    expect((await h.db.select().from(endedSessions)).map((r) => r.sid)).toEqual([sid]);
    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, 'auth.sign_out'))).toHaveLength(1);
  });

  it('a token without a session id, or with a malformed one, records nothing', async () => {
    const before = await h.snapshot();
    for (const sid of [undefined, 'not-a-uuid', "x'; drop table users; --"])
      await endSession(h.db, { sid, sub: '1', signedInAt: hoursAgo(11) });
    expect(await h.snapshot()).toEqual(before);
  });
});
