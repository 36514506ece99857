import 'server-only';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';

/**
 * The dashboard and the "三个一批" rounds are the supervisors' and admins' (of a zone, or of the city); anyone
 * else gets "not found", like a page they cannot reach. Every query is scoped by the viewer all the same.
 */
export async function requireSupervisor() {
  const viewer = await requireViewer();
  if (!can(viewer, 'zone.supervise', { zoneId: viewer.zoneId })) notFound();
  return viewer;
}
