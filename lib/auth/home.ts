import { can } from './permissions';
import type { Viewer } from './viewer';

/**
 * The first screen after signing in (and at `/`): what the person came to do. An official files and follows
 * up their own projects (我的工作); whoever supervises a zone starts from its 驾驶舱, a city account from the city
 * overview (/city: the zones side by side); everyone else reads the zone's project list.
 */
export function homePathOf(viewer: Viewer): string {
  if (viewer.role === 'official') return '/my';
  if (can(viewer, 'zone.supervise', { zoneId: viewer.zoneId }))
    return viewer.zoneId === null ? '/city' : '/dashboard';
  return '/projects';
}
