import { can } from './permissions';
import type { Viewer } from './viewer';

/**
 * The first screen after signing in (and at `/`): what the person came to do. An official files and follows
 * up their own projects (我的工作); whoever supervises a zone or the city starts from its 驾驶舱, which for a
 * city account is the city overview; everyone else reads the zone's project list.
 */
export function homePathOf(viewer: Viewer): string {
  if (viewer.role === 'official') return '/my';
  if (can(viewer, 'zone.supervise', { zoneId: viewer.zoneId })) return '/dashboard';
  return '/projects';
}
