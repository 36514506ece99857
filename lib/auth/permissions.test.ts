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

describe('indicator permissions (开发区季度指标)', () => {
  const zone = { zoneId: 1 };
  const q = { year: 2024, quarter: 1 };
  it('indicator.file: the zone’s admins and supervisors, and the city’s', () => {
    expect(can(viewerOf('supervisor', 1), 'indicator.file', zone)).toBe(true);
    expect(can(viewerOf('admin', 1), 'indicator.file', zone)).toBe(true);
    expect(can(viewerOf('supervisor', null), 'indicator.file', zone)).toBe(true);
    expect(can(viewerOf('admin', null), 'indicator.file', zone)).toBe(true);
    expect(can(viewerOf('supervisor', 2), 'indicator.file', zone)).toBe(false);
    expect(can(viewerOf('official', 1), 'indicator.file', zone)).toBe(false);
    expect(can(viewerOf('viewer', 1), 'indicator.file', zone)).toBe(false);
  });
  it('indicator.lock and indicator.reference: the city’s admins and supervisors only', () => {
    for (const p of ['indicator.lock', 'indicator.reference'] as const) {
      expect(can(viewerOf('supervisor', null), p, q)).toBe(true);
      expect(can(viewerOf('admin', null), p, q)).toBe(true);
      expect(can(viewerOf('supervisor', 1), p, q)).toBe(false);
      expect(can(viewerOf('admin', 1), p, q)).toBe(false);
      expect(can(viewerOf('viewer', null), p, q)).toBe(false);
    }
  });
  it('indicator.define: the city’s admin only', () => {
    expect(can(viewerOf('admin', null), 'indicator.define', { id: null })).toBe(true);
    expect(can(viewerOf('supervisor', null), 'indicator.define', { id: 3 })).toBe(false);
    expect(can(viewerOf('admin', 1), 'indicator.define', { id: 3 })).toBe(false);
  });
  it('indicator.read: whoever reads the zone', () => {
    expect(can(viewerOf('official', 1), 'indicator.read', zone)).toBe(true);
    expect(can(viewerOf('official', 2), 'indicator.read', zone)).toBe(false);
    expect(can(viewerOf('supervisor', null), 'indicator.read', zone)).toBe(true);
  });
});

describe('project.dossier (一项目一档)', () => {
  it('goes to whoever reads the project, and to no other zone', () => {
    for (const role of ['admin', 'supervisor', 'official', 'viewer'] as const) {
      expect(can(viewerOf(role, 1), 'project.dossier', zone1()), role).toBe(true);
      expect(can(viewerOf(role, 2), 'project.dossier', zone1('leader')), role).toBe(false);
    }
    expect(can(viewerOf('supervisor', null), 'project.dossier', zone1())).toBe(true);
    expect(can(viewerOf('official', null), 'project.dossier', zone1())).toBe(false);
  });
});
