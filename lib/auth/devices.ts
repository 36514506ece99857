import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// A browser that signed in as someone before keeps a signed note of it (the "known device" cookie). Its
// sign-ins are throttled by that browser's own failures instead of the account's, so a stranger guessing the
// account's password slows down only the strangers (lib/domain/sign-in-throttle.ts). The note is a signature,
// not a database row: it proves "this browser signed in as user N at time T" and nothing else, grants no
// session, and a copy of it only lets its holder try passwords as slowly as the owner's own typos would.

export const DEVICE_COOKIE = 'kp.known-device';
export const DEVICE_DAYS = 180;
/** A shared office computer may know a few people; older notes fall off. */
const MAX_PER_BROWSER = 4;
const VERSION = 'v1';

export interface KnownDevice {
  userId: number;
  /** Random, one per sign-in; failures of this browser are counted under it. */
  deviceId: string;
}

// A key of its own, derived from the auth secret, so a device note can never pass for anything else signed
// with that secret.
function mac(secret: string, payload: string): Buffer {
  const key = createHmac('sha256', secret).update('known-device-key').digest();
  return createHmac('sha256', key).update(payload).digest();
}

/** A new note for `userId`, issued at `now`. */
export function issueDeviceToken(secret: string, userId: number, now: Date): string {
  const payload = [
    VERSION,
    userId,
    randomBytes(16).toString('base64url'),
    Math.floor(now.getTime() / 1000),
  ].join('.');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

function verify(secret: string, token: string, now: Date): KnownDevice | null {
  const parts = token.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [, user, deviceId = '', issued, signature = ''] = parts;
  const expected = mac(secret, parts.slice(0, 4).join('.'));
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const ageSeconds = now.getTime() / 1000 - Number(issued);
  if (!(ageSeconds >= -300 && ageSeconds <= DEVICE_DAYS * 86_400)) return null;
  return { userId: Number(user), deviceId };
}

/** The notes of a cookie's value that are genuine and not expired. */
export function readDevices(secret: string, cookie: string | undefined, now: Date): KnownDevice[] {
  return (cookie ?? '')
    .split('~')
    .filter(Boolean)
    .slice(0, MAX_PER_BROWSER)
    .map((token) => verify(secret, token, now))
    .filter((d): d is KnownDevice => d !== null);
}

/** The cookie's value after `userId` signed in with the new note `token`: theirs first, others kept. */
export function rememberDevice(cookie: string | undefined, token: string, userId: number): string {
  const others = (cookie ?? '')
    .split('~')
    .filter((t) => /^v1\.\d+\.[\w-]+\.\d+\.[\w-]+$/.test(t) && t.split('.')[1] !== String(userId));
  return [token, ...others].slice(0, MAX_PER_BROWSER).join('~');
}
