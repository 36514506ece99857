import { and, count, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, signInAttempts } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-people';
import { actionHarness } from '@/db/testing/harness';
import { ACCOUNT_RULE, ADDRESS_RULE, THROTTLE_WINDOW_HOURS } from '@/lib/domain/sign-in-throttle';
import { checkCredentials } from './credentials';
import { issueDeviceToken, readDevices } from './devices';
import { REFUSAL_AUDIT_LIMIT } from './refusal-audit';

const h = actionHarness();
const SECRET = 'test-secret';
const start = new Date('2024-04-15T01:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

interface Try {
  ip?: string | null;
  at?: Date;
  /** A known-device cookie's value. */
  device?: string;
}
const sign = (username: string, password: string, t: Try = {}) => {
  const now = t.at ?? start;
  return checkCredentials(
    h.db,
    { username, password },
    { ip: t.ip === undefined ? '198.51.100.1' : t.ip, devices: readDevices(SECRET, t.device, now), now },
  );
};
const deviceOf = async (username: string) => issueDeviceToken(SECRET, await h.userId(username), start);

async function counted(where: { username?: string; ip?: string }) {
  const [row] = await h.db
    .select({ n: count() })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.success, false),
        where.username ? like(signInAttempts.username, where.username) : undefined,
        where.ip ? eq(signInAttempts.ip, where.ip) : undefined,
      ),
    );
  return row?.n ?? 0;
}
const reasons = async () => (await h.audit()).map((a) => (a.after as { reason: string }).reason);

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
});

describe('the account throttle: a wait that doubles, never a lock', () => {
  it(`after ${ACCOUNT_RULE.free} free failures, even the right password waits, uncounted; then it works`, async () => {
    for (let i = 0; i < ACCOUNT_RULE.free; i++)
      expect(await sign('xu', `guess-${i}`, { ip: `203.0.113.${i}` })).toBeNull();
    expect(await sign('xu', DEMO_PASSWORD, { ip: '203.0.113.200' })).toBeNull();
    expect(await counted({ username: 'xu' })).toBe(ACCOUNT_RULE.free);
    expect((await reasons()).at(-1)).toBe('throttled');
    // Other accounts go on.
    expect((await sign('ma', DEMO_PASSWORD, { ip: '203.0.113.200' }))?.username).toBe('ma');
    // The first wait is over after firstWaitSeconds.
    const after = at(ACCOUNT_RULE.firstWaitSeconds);
    expect((await sign('xu', DEMO_PASSWORD, { ip: '203.0.113.200', at: after }))?.username).toBe('xu');
  });

  it('cannot be stretched by knocking: refusals during the wait are not counted', async () => {
    for (let i = 0; i < ACCOUNT_RULE.free + 1; i++) await sign('xu', `guess-${i}`, { at: at(i * 10) });
    const last = at(ACCOUNT_RULE.free * 10);
    // One failure past the free ones: the wait is the first one, doubled once.
    const wait = ACCOUNT_RULE.firstWaitSeconds * 2;
    for (let knock = 0; knock < 30; knock++) {
      const t = new Date(last.getTime() + ((knock * (wait - 0.1)) / 30) * 1000);
      expect(await sign('xu', DEMO_PASSWORD, { at: t })).toBeNull();
    }
    expect(await counted({ username: 'xu' })).toBe(ACCOUNT_RULE.free + 1);
    const over = new Date(last.getTime() + wait * 1000);
    expect((await sign('xu', DEMO_PASSWORD, { at: over }))?.username).toBe('xu');
  });

  it('forgets failures older than the window', async () => {
    for (let i = 0; i < 20; i++) await sign('xu', `guess-${i}`, { at: at(i * ACCOUNT_RULE.capSeconds) });
    const later = at(20 * ACCOUNT_RULE.capSeconds + THROTTLE_WINDOW_HOURS * 3600);
    expect((await sign('xu', DEMO_PASSWORD, { at: later }))?.username).toBe('xu');
  });

  it('holds against a burst of parallel attempts: only the free ones are checked', async () => {
    const burst = Array.from({ length: 12 }, (_, i) => sign('liu', `guess-${i}`, { ip: `192.0.2.${i}` }));
    expect(await Promise.all(burst)).toEqual(Array(12).fill(null));
    expect(await counted({ username: 'liu' })).toBe(ACCOUNT_RULE.free);
  });
});

describe('60 wrong passwords against one account from 6 addresses', () => {
  async function attack() {
    // Each address guesses in turn, as fast as the wait lets any guess through, for hours.
    let t = 0;
    for (let i = 0; i < 60; i++, t += 60)
      await sign('xu', `guess-${i}`, { ip: `203.0.113.${i % 6}`, at: at(t) });
    return at(t - 60);
  }

  it('do not stop the owner signing in at once from a browser that signed in as them before', async () => {
    const device = await deviceOf('xu');
    const last = await attack();
    const soon = new Date(last.getTime() + 1000);
    expect(await sign('xu', DEMO_PASSWORD, { ip: '198.51.100.77', at: soon })).toBeNull();
    expect((await sign('xu', DEMO_PASSWORD, { ip: '198.51.100.77', at: soon, device }))?.username).toBe('xu');
  });

  it('make a new browser wait at most the account cap, and are all audited', async () => {
    const last = await attack();
    const failures = await counted({ username: 'xu' });
    expect(failures).toBeGreaterThan(ACCOUNT_RULE.free);
    expect(failures).toBeLessThan(60);
    const reasonsNow = await reasons();
    expect(reasonsNow.filter((r) => r === 'wrong_password')).toHaveLength(failures);
    expect(reasonsNow.filter((r) => r === 'throttled')).toHaveLength(60 - failures);
    const capped = new Date(last.getTime() + ACCOUNT_RULE.capSeconds * 1000);
    expect((await sign('xu', DEMO_PASSWORD, { ip: '198.51.100.77', at: capped }))?.username).toBe('xu');
  });

  it('are not excused by a note forged, expired, or issued to someone else', async () => {
    const others = await deviceOf('ma');
    const forged = issueDeviceToken('another-secret', await h.userId('xu'), start);
    const expired = issueDeviceToken(
      SECRET,
      await h.userId('xu'),
      new Date(start.getTime() - 400 * 86_400_000),
    );
    const last = await attack();
    const soon = new Date(last.getTime() + 1000);
    for (const device of [others, forged, expired])
      expect(await sign('xu', DEMO_PASSWORD, { ip: '198.51.100.77', at: soon, device })).toBeNull();
  });
});

describe('a known browser', () => {
  it('has its own wait for its own typos, which neither slows the account elsewhere nor lifts the address', async () => {
    const device = await deviceOf('xu');
    for (let i = 0; i < ACCOUNT_RULE.free; i++) await sign('xu', `typo-${i}`, { device });
    expect(await sign('xu', DEMO_PASSWORD, { device })).toBeNull();
    expect((await sign('xu', DEMO_PASSWORD, { ip: '198.51.100.2' }))?.username).toBe('xu');
    expect(await counted({ username: 'xu' })).toBe(0);
    expect(await counted({ username: 'device:%' })).toBe(ACCOUNT_RULE.free);
    expect((await h.audit()).every((a) => (a.after as { knownDevice?: boolean }).knownDevice)).toBe(true);
  });
});

describe('500 failures from one address', () => {
  it('crawl: the wait grows to minutes, other addresses go on, throttled refusals are audited within the limit', async () => {
    const ip = '192.0.2.9';
    const device = await deviceOf('ma');
    // A new guess every 5 seconds, each at another account.
    for (let i = 0; i < 500; i++) await sign(`user${i}`, 'guess', { ip, at: at(i * 5) });
    const end = at(500 * 5);
    const failures = await counted({ ip });
    expect(failures).toBeGreaterThanOrEqual(ADDRESS_RULE.free);
    expect(failures).toBeLessThan(ADDRESS_RULE.free + 15);

    const audit = await h.audit();
    const throttled = audit.filter((a) => (a.after as { reason: string }).reason === 'throttled');
    const last = throttled.at(-1)?.after as { until: string };
    expect(new Date(last.until).getTime() - end.getTime()).toBeGreaterThan(5 * 60_000);
    // Every counted failure is audited; refusals in the wait only as far as the limit lets them.
    expect(audit.length - throttled.length).toBe(failures);
    const windows = Math.ceil((500 * 5) / 60 / REFUSAL_AUDIT_LIMIT.minutes);
    expect(throttled.length).toBeLessThanOrEqual(windows * REFUSAL_AUDIT_LIMIT.rows);
    expect(throttled.length).toBeGreaterThan(REFUSAL_AUDIT_LIMIT.rows);

    // The address's wait holds even for a known browser of a real account; another address is not slowed.
    expect(await sign('ma', DEMO_PASSWORD, { ip, at: end, device })).toBeNull();
    expect((await sign('ma', DEMO_PASSWORD, { ip: '192.0.2.10', at: end }))?.username).toBe('ma');
  });

  it('audit at most the limit of refusals in one burst', async () => {
    for (let i = 0; i < 100; i++) await sign('xu', `guess-${i}`, { ip: '192.0.2.50' });
    const audit = await h.db.select({ n: count() }).from(auditLog).where(eq(auditLog.ip, '192.0.2.50'));
    expect(audit[0]?.n).toBe(REFUSAL_AUDIT_LIMIT.rows);
  });
});
