import { describe, expect, it } from 'vitest';
import { DEVICE_DAYS, issueDeviceToken, readDevices, rememberDevice } from './devices';

const SECRET = 'test-secret';
const now = new Date('2024-04-15T08:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('known-device notes', () => {
  it('are read back for the user they were issued to, each with its own device id', () => {
    const a = issueDeviceToken(SECRET, 7, now);
    const b = issueDeviceToken(SECRET, 7, now);
    const [da] = readDevices(SECRET, a, now);
    const [db] = readDevices(SECRET, b, now);
    expect(da?.userId).toBe(7);
    expect(da?.deviceId).toMatch(/^[\w-]{22}$/);
    expect(db?.deviceId).not.toBe(da?.deviceId);
  });

  it('are refused when signed with another secret, altered, or older than their lifetime', () => {
    const token = issueDeviceToken(SECRET, 7, now);
    expect(readDevices('other-secret', token, now)).toEqual([]);
    expect(readDevices(SECRET, token.replace('v1.7.', 'v1.8.'), now)).toEqual([]);
    expect(readDevices(SECRET, `${token.slice(0, -2)}AA`, now)).toEqual([]);
    expect(readDevices(SECRET, token, later(DEVICE_DAYS - 1))).toHaveLength(1);
    expect(readDevices(SECRET, token, later(DEVICE_DAYS + 1))).toEqual([]);
    expect(readDevices(SECRET, 'garbage~v1.1.x.1.y', now)).toEqual([]);
    expect(readDevices(SECRET, undefined, now)).toEqual([]);
  });

  it('keep one note per person on a shared browser, the latest sign-in first, at most four', () => {
    let cookie: string | undefined;
    for (const userId of [1, 2, 3, 1, 4, 5])
      cookie = rememberDevice(cookie, issueDeviceToken(SECRET, userId, now), userId);
    expect(readDevices(SECRET, cookie, now).map((d) => d.userId)).toEqual([5, 4, 1, 3]);
  });
});
