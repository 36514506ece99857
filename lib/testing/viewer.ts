import type { Viewer } from '@/lib/auth/viewer';

/** A signed-in person of a role and zone, for tests of pure rules that read only those two. */
export const viewerOf = (role: Viewer['role'], zoneId: number | null): Viewer => ({
  id: 1,
  name: 'x',
  title: '',
  role,
  zoneId,
  unread: 0,
});
