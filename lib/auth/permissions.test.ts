import { describe, expect, it } from 'vitest';
import { viewerOf } from '@/lib/testing/viewer';
import { can, type ProjectAccess, reachesZone } from './permissions';

const zone1 = (assignment: ProjectAccess['assignment'] = null): ProjectAccess => ({ zoneId: 1, assignment });

describe('milestone.write', () => {
  it.each(['leader', 'cadre', 'liaison'] as const)('allows the assigned %s', (role) => {
    expect(can(viewerOf('official', 1), 'milestone.write', zone1(role))).toBe(true);
  });
  it('allows the zone’s supervisors and admins, and city-level ones', () => {
    expect(can(viewerOf('supervisor', 1), 'milestone.write', zone1())).toBe(true);
    expect(can(viewerOf('admin', 1), 'milestone.write', zone1())).toBe(true);
    expect(can(viewerOf('supervisor', null), 'milestone.write', zone1())).toBe(true);
  });
  it('refuses an unassigned official, a viewer, and other zones', () => {
    expect(can(viewerOf('official', 1), 'milestone.write', zone1())).toBe(false);
    expect(can(viewerOf('viewer', 1), 'milestone.write', zone1('liaison'))).toBe(false);
    expect(can(viewerOf('supervisor', 2), 'milestone.write', zone1())).toBe(false);
    expect(can(viewerOf('admin', 2), 'milestone.write', zone1())).toBe(false);
    // an assignment row cannot carry an official across zones
    expect(can(viewerOf('official', 2), 'milestone.write', zone1('leader'))).toBe(false);
  });
});

describe('reachesZone', () => {
  it('gives city level only to admins and supervisors', () => {
    expect(reachesZone(viewerOf('supervisor', null), 7)).toBe(true);
    expect(reachesZone(viewerOf('official', null), 7)).toBe(false);
    expect(reachesZone(viewerOf('viewer', null), 7)).toBe(false);
  });
  it('lets everyone read their own zone only', () => {
    expect(can(viewerOf('viewer', 1), 'project.read', zone1())).toBe(true);
    expect(can(viewerOf('viewer', 2), 'project.read', zone1())).toBe(false);
  });
});
