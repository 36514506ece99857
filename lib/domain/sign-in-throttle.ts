// Sign-in throttling by progressive delay, never by a lock. A few failures are free; each further failure
// within the window must wait twice as long as the one before (up to a cap), counted from the last failure.
// An attempt made during the wait is refused without looking at the password and is not counted, so knocking
// cannot stretch the wait: an attacker gets one guess per wait, and the account's owner is never shut out for
// longer than the cap (and not at all from a browser that signed in as them before: see lib/auth/devices.ts).

export interface ThrottleRule {
  /** Failures within the window that cost nothing. */
  free: number;
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  firstWaitSeconds: number;
  capSeconds: number;
}

/** How far back failures count. Longer than every cap, so that waiting out the cap does not reset the count. */
export const THROTTLE_WINDOW_HOURS = 24;

/** One account, tried from browsers it never signed in from: guessing its password. */
export const ACCOUNT_RULE: ThrottleRule = { free: 5, firstWaitSeconds: 1, capSeconds: 15 * 60 };
/** One browser that signed in as the account before: its owner mistyping. */
export const DEVICE_RULE: ThrottleRule = ACCOUNT_RULE;
/**
 * One address (an office behind one NAT shares it): more free failures, then a much longer cap, so that
 * guessing many accounts from one place crawls.
 */
export const ADDRESS_RULE: ThrottleRule = { free: 30, firstWaitSeconds: 1, capSeconds: 60 * 60 };

/** The wait that `failures` failures within the window impose after the last of them. */
export function waitSeconds(rule: ThrottleRule, failures: number): number {
  if (failures < rule.free) return 0;
  // The exponent is bounded so that a huge count cannot overflow to Infinity before the cap applies.
  const doubled = rule.firstWaitSeconds * 2 ** Math.min(failures - rule.free, 40);
  return Math.min(doubled, rule.capSeconds);
}

export interface FailureCount {
  failures: number;
  lastFailureAt: Date | null;
}

/** When the next attempt under this rule may be checked (null: now). */
export function retryAt(rule: ThrottleRule, count: FailureCount): Date | null {
  const wait = waitSeconds(rule, count.failures);
  if (wait === 0 || count.lastFailureAt === null) return null;
  return new Date(count.lastFailureAt.getTime() + wait * 1000);
}

/** The latest moment any of the rules makes an attempt at `now` wait for, or null when none does. */
export function throttledUntil(now: Date, checks: [ThrottleRule, FailureCount][]): Date | null {
  let until: Date | null = null;
  for (const [rule, count] of checks) {
    const at = retryAt(rule, count);
    if (at && at > now && (!until || at > until)) until = at;
  }
  return until;
}

/**
 * The address that failures are counted against. An IPv6 client usually holds a whole /64, so its
 * addresses are counted as one; IPv4 addresses (and IPv4-mapped ones) are counted each on its own.
 */
export function addressBucket(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(missing, 0)).fill('0'), ...right] : left;
  const prefix = groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '') || '0');
  return `${prefix.join(':')}::/64`;
}
