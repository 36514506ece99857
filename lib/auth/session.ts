import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { auth } from './config';
import { isSessionId } from './ended-sessions';
import { loadViewer, type SessionIdentity, type Viewer } from './viewer';

/** Who the session token names, and its epoch; null without a valid token. */
export async function sessionIdentity(): Promise<SessionIdentity | null> {
  const session = await auth();
  const user = session?.user as { id?: string; epoch?: number; sid?: string } | undefined;
  const userId = Number(user?.id);
  const epoch = Number(user?.epoch);
  if (!Number.isInteger(userId) || userId <= 0 || !Number.isInteger(epoch)) return null;
  return isSessionId(user?.sid) ? { userId, epoch, sid: user.sid } : { userId, epoch };
}

/** The viewer for this request, re-read from the database (so a disabled user is refused at once). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const identity = await sessionIdentity();
  return identity === null ? null : loadViewer(await getDb(), identity);
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  return viewer;
}
