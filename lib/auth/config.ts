import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { clientIp } from './client-ip';
import { checkCredentials } from './credentials';
import { DEVICE_COOKIE, DEVICE_DAYS, issueDeviceToken, readDevices, rememberDevice } from './devices';
import { endSession, isSessionLive, SESSION_HOURS } from './ended-sessions';
import { authSecret } from './secret';

// Expected refusals (a wrong password, an expired or forged token) are one line each, not a stack trace.
const EXPECTED_AUTH_ERRORS = new Set(['CredentialsSignin', 'JWTSessionError']);
const logger = {
  error(error: Error) {
    // `type` survives minification; `name` does not.
    const type = (error as Error & { type?: string }).type ?? error.name;
    if (EXPECTED_AUTH_ERRORS.has(type)) console.warn(`[auth] ${type}`);
    else console.error('[auth]', error);
  },
};

/**
 * Both ways of signing in reach this with Next's request context: the server action's `signIn` (next-auth
 * calls Auth in-process) and the POST to /api/auth/callback/credentials (a route handler). So `cookies()`
 * reads the browser's known-device note in both, and a note set here goes out with either response.
 */
async function authorize(raw: unknown, request: Request) {
  const jar = await cookies();
  const secret = authSecret();
  const now = new Date();
  const notes = jar.get(DEVICE_COOKIE)?.value;
  const user = await checkCredentials(await getDb(), raw, {
    ip: clientIp(request.headers),
    devices: readDevices(secret, notes, now),
    now,
  });
  if (!user) return null;
  jar.set(DEVICE_COOKIE, rememberDevice(notes, issueDeviceToken(secret, user.id, now), user.id), {
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(request.url).protocol === 'https:',
    path: '/',
    maxAge: DEVICE_DAYS * 86_400,
  });
  return {
    id: String(user.id),
    name: user.name,
    role: user.role,
    zoneId: user.zoneId,
    epoch: user.sessionEpoch,
  };
}

// Lazy configuration: the secret is read on the first request, not while `next build` collects pages.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  logger,
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: '/login' },
  providers: [Credentials({ credentials: { username: {}, password: {} }, authorize })],
  callbacks: {
    // The token carries id, role and zone for display; every request re-reads the user (lib/auth/session.ts).
    jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & { role: string; zoneId: number | null; epoch: number };
        token.sub = u.id;
        token.role = u.role;
        token.zoneId = u.zoneId;
        token.epoch = u.epoch;
        // This sign-in's own id, so that signing out can end this token and no other device's.
        token.sid = randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
        return token;
      }
      // A renewal keeps the sign-in's lifetime; a token without one (issued before this rule) is ended.
      return isSessionLive(token, new Date()) ? token : null;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: token.sub ?? '',
          epoch: token.epoch,
          sid: token.sid,
          signedInAt: token.signedInAt,
        },
      };
    },
  },
  events: {
    // next-auth's own sign-out endpoint; the app's form records the end itself first (lib/actions/sign-in.ts).
    async signOut(message) {
      if ('token' in message && message.token) await endSession(await getDb(), message.token);
    },
  },
}));
