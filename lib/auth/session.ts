import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { auth } from './config';
import { loadViewer, type Viewer } from './viewer';

/** The signed-in user id from the session token, or null. */
export async function sessionUserId(): Promise<number | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The viewer for this request, re-read from the database (so a disabled user is refused at once). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const id = await sessionUserId();
  return id === null ? null : loadViewer(await getDb(), id);
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  return viewer;
}
