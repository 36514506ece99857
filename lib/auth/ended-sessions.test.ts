import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSessionLive, SESSION_HOURS, sessionEndsAt } from './ended-sessions';

const signedIn = Date.UTC(2026, 10, 27, 8) / 1000;
const at = (hours: number) => new Date((signedIn + hours * 3600) * 1000);

describe('a token may be renewed only within its sign-in’s lifetime', () => {
  it('lives for SESSION_HOURS after the sign-in, however often it is renewed', () => {
    const token = { sid: randomUUID(), signedInAt: signedIn };
    expect(isSessionLive(token, at(0))).toBe(true);
    expect(isSessionLive(token, at(SESSION_HOURS - 0.01))).toBe(true);
    expect(isSessionLive(token, at(SESSION_HOURS))).toBe(false);
    expect(sessionEndsAt(signedIn)).toEqual(at(SESSION_HOURS));
  });

  it('a token without a session id or a sign-in time (issued before the rule) is ended', () => {
    expect(isSessionLive({ signedInAt: signedIn }, at(1))).toBe(false);
    expect(isSessionLive({ sid: randomUUID() }, at(1))).toBe(false);
    expect(isSessionLive({ sid: 'forged', signedInAt: signedIn }, at(1))).toBe(false);
  });
});
