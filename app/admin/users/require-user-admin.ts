import 'server-only';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';

/**
 * The account pages exist only for admins; anyone else gets "not found", like a page they cannot reach.
 * The actions check each account again: hiding the page is comfort, not access control.
 */
export async function requireUserAdmin() {
  const viewer = await requireViewer();
  if (!can(viewer, 'user.manage', { zoneId: viewer.zoneId })) notFound();
  return viewer;
}
