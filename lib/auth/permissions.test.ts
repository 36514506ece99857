import { describe, expect, it } from 'vitest';
import { can, type ProjectAccess, reachesZone } from './permissions';
import type { Viewer } from './viewer';

const viewer = (role: Viewer['role'], zoneId: number | null): Viewer => ({
  id: 1,
  name: 'x',
  title: '',
  role,
  zoneId,
  unread: 0,
});
const zone1 = (assignment: ProjectAccess['assignment'] = null): ProjectAccess => ({ zoneId: 1, assignment });

describe('milestone.write', () => {
  it.each(['leader', 'cadre', 'liaison'] as const)('allows the assigned %s', (role) => {
    expect(can(viewer('official', 1), 'milestone.write', zone1(role))).toBe(true);
  });
  it('allows the zone’s supervisors and admins, and city-level ones', () => {
    expect(can(viewer('supervisor', 1), 'milestone.write', zone1())).toBe(true);
    expect(can(viewer('admin', 1), 'milestone.write', zone1())).toBe(true);
    expect(can(viewer('supervisor', null), 'milestone.write', zone1())).toBe(true);
  });
  it('refuses an unassigned official, a viewer, and other zones', () => {
    expect(can(viewer('official', 1), 'milestone.write', zone1())).toBe(false);
    expect(can(viewer('viewer', 1), 'milestone.write', zone1('liaison'))).toBe(false);
    expect(can(viewer('supervisor', 2), 'milestone.write', zone1())).toBe(false);
    expect(can(viewer('admin', 2), 'milestone.write', zone1())).toBe(false);
    // an assignment row cannot carry an official across zones
    expect(can(viewer('official', 2), 'milestone.write', zone1('leader'))).toBe(false);
  });
});

describe('reachesZone', () => {
  it('gives city level only to admins and supervisors', () => {
    expect(reachesZone(viewer('supervisor', null), 7)).toBe(true);
    expect(reachesZone(viewer('official', null), 7)).toBe(false);
    expect(reachesZone(viewer('viewer', null), 7)).toBe(false);
  });
  it('lets everyone read their own zone only', () => {
    expect(can(viewer('viewer', 1), 'project.read', zone1())).toBe(true);
    expect(can(viewer('viewer', 2), 'project.read', zone1())).toBe(false);
  });
});
