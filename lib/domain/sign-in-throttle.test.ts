import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  addressBucket,
  retryAt,
  type ThrottleRule,
  throttledUntil,
  waitSeconds,
} from './sign-in-throttle';

const rule: ThrottleRule = { free: 3, firstWaitSeconds: 2, capSeconds: 60 };
const at = (s: number) => new Date(Date.UTC(2024, 3, 15, 8, 0, s));

describe('waitSeconds', () => {
  it('costs nothing for the free failures, then doubles, then stays at the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => waitSeconds(rule, n))).toEqual([
      0, 0, 0, 2, 4, 8, 16, 32, 60,
    ]);
    expect(waitSeconds(rule, 10_000)).toBe(60);
  });

  it('lets an address fail more often than an account before it waits, and makes it wait longer at last', () => {
    expect(ADDRESS_RULE.free).toBeGreaterThan(ACCOUNT_RULE.free);
    expect(ADDRESS_RULE.capSeconds).toBeGreaterThan(ACCOUNT_RULE.capSeconds);
    expect(waitSeconds(ACCOUNT_RULE, ACCOUNT_RULE.free - 1)).toBe(0);
    expect(waitSeconds(ADDRESS_RULE, ACCOUNT_RULE.free + 5)).toBe(0);
  });

  it('makes 500 failures from one address crawl: minutes after a few dozen, the hour cap long before 500', () => {
    expect(waitSeconds(ADDRESS_RULE, 40)).toBeGreaterThanOrEqual(10 * 60);
    expect(waitSeconds(ADDRESS_RULE, 499)).toBe(60 * 60);
    // Waiting out each wait in turn, the 500th failure comes only after days.
    let total = 0;
    for (let n = 0; n < 500; n++) total += waitSeconds(ADDRESS_RULE, n);
    expect(total / 86_400).toBeGreaterThan(15);
  });
});

describe('retryAt / throttledUntil', () => {
  it('measures the wait from the last failure', () => {
    expect(retryAt(rule, { failures: 2, lastFailureAt: at(0) })).toBeNull();
    expect(retryAt(rule, { failures: 4, lastFailureAt: at(10) })).toEqual(at(14));
  });

  it('refuses until the latest wait of any rule is over, and not a moment longer', () => {
    const checks: Parameters<typeof throttledUntil>[1] = [
      [rule, { failures: 3, lastFailureAt: at(0) }], // until 2 s
      [
        { ...rule, firstWaitSeconds: 5 },
        { failures: 3, lastFailureAt: at(0) },
      ], // until 5 s
    ];
    expect(throttledUntil(at(1), checks)).toEqual(at(5));
    expect(throttledUntil(at(4), checks)).toEqual(at(5));
    expect(throttledUntil(at(5), checks)).toBeNull();
  });

  it('does not throttle without failures', () => {
    expect(throttledUntil(at(0), [[rule, { failures: 0, lastFailureAt: null }]])).toBeNull();
  });
});

describe('addressBucket', () => {
  it('counts IPv4 addresses one by one, mapped ones as plain IPv4', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 /64 as one address, however it is written', () => {
    const bucket = '2001:db8:0:1::/64';
    expect(addressBucket('2001:db8:0:1::1')).toBe(bucket);
    expect(addressBucket('2001:0DB8:0000:0001:abcd:ef01:2345:6789')).toBe(bucket);
    expect(addressBucket('2001:db8:0:1:ffff::')).toBe(bucket);
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
