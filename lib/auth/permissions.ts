import type { AssignmentRole } from '@/lib/domain/vocabulary';
import type { Viewer } from './viewer';

/** What a permission is checked against: a project, seen from the viewer. */
export interface ProjectAccess {
  zoneId: number;
  /** The viewer's active "三个一" role on the project, if any. */
  assignment: AssignmentRole | null;
}

/** City-level admins and supervisors (no zone) reach every zone; everyone else only their own. */
export function reachesZone(viewer: Viewer, zoneId: number): boolean {
  if (viewer.zoneId === null) return viewer.role === 'admin' || viewer.role === 'supervisor';
  return viewer.zoneId === zoneId;
}

const managesZone = (v: Viewer, p: ProjectAccess) =>
  (v.role === 'admin' || v.role === 'supervisor') && reachesZone(v, p.zoneId);

const assignedOfficial = (v: Viewer, p: ProjectAccess) =>
  v.role === 'official' && p.assignment !== null && reachesZone(v, p.zoneId);

/**
 * The one permission map, used by server actions (the authority) and by pages (to show or hide controls).
 * Each entry answers: may this viewer do this to this object?
 */
export const permissions = {
  'project.read': (v: Viewer, p: ProjectAccess) => reachesZone(v, p.zoneId),
  'milestone.update': (v: Viewer, p: ProjectAccess) => managesZone(v, p) || assignedOfficial(v, p),
} as const;

export type Permission = keyof typeof permissions;

export function can(viewer: Viewer, permission: Permission, object: ProjectAccess): boolean {
  return permissions[permission](viewer, object);
}
