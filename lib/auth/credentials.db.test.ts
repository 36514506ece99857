import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, signInAttempts } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-people';
import { actionHarness } from '@/db/testing/harness';
import { MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES } from '@/lib/domain/sign-in-throttle';
import { checkCredentials } from './credentials';

const h = actionHarness();
const sign = (username: string, password: string, ip: string | null = '198.51.100.1') =>
  checkCredentials(h.db, { username, password }, ip);

describe('checkCredentials', () => {
  it('signs in with the right password, whatever the case of the username', async () => {
    expect((await sign('XU', DEMO_PASSWORD))?.username).toBe('xu');
    expect(await h.audit()).toHaveLength(0);
  });

  it('refuses an unknown user, a wrong password and a disabled account alike, auditing each with its reason', async () => {
    expect(await sign('nobody', DEMO_PASSWORD)).toBeNull();
    expect(await sign('xu', 'wrong-password')).toBeNull();
    expect(await sign('disabled', DEMO_PASSWORD)).toBeNull();
    const audit = await h.audit();
    expect(audit.map((a) => [a.action, a.entityId, (a.after as { reason: string }).reason, a.ip])).toEqual([
      ['auth.sign_in_failed', 'nobody', 'unknown_user', '198.51.100.1'],
      ['auth.sign_in_failed', 'xu', 'wrong_password', '198.51.100.1'],
      ['auth.sign_in_failed', 'disabled', 'disabled', '198.51.100.1'],
    ]);
  });

  it(`refuses the ${MAX_ACCOUNT_FAILURES + 1}th try for one account, even with the right password; others go on`, async () => {
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++)
      expect(await sign('xu', `guess-${i}`, `203.0.113.${i}`)).toBeNull();
    expect(await sign('xu', DEMO_PASSWORD, '203.0.113.200')).toBeNull();
    expect((await sign('ma', DEMO_PASSWORD, '203.0.113.200'))?.username).toBe('ma');
    const [last] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, 'xu'))
      .orderBy(auditLog.id)
      .limit(1)
      .offset(MAX_ACCOUNT_FAILURES);
    expect((last?.after as { reason: string } | undefined)?.reason).toBe('throttled');
  });

  it('refuses an address that failed for many accounts', async () => {
    const ip = '192.0.2.9';
    await h.db
      .insert(signInAttempts)
      .values(
        Array.from({ length: MAX_ADDRESS_FAILURES }, (_, i) => ({ username: `u${i}`, ip, success: false })),
      );
    expect(await sign('ma', DEMO_PASSWORD, ip)).toBeNull();
    expect((await sign('ma', DEMO_PASSWORD, '192.0.2.10'))?.username).toBe('ma');
  });

  it('forgets failures older than the window', async () => {
    const old = new Date(Date.now() - 16 * 60_000);
    await h.db.insert(signInAttempts).values(
      Array.from({ length: MAX_ACCOUNT_FAILURES }, () => ({
        username: 'xu',
        ip: null,
        success: false,
        at: old,
      })),
    );
    expect((await sign('xu', DEMO_PASSWORD))?.username).toBe('xu');
  });
});
