import { describe, expect, it } from 'vitest';
import { homePathOf } from './home';
import type { Viewer } from './viewer';

const viewer = (role: Viewer['role'], zoneId: number | null): Viewer => ({
  id: 1,
  name: 'x',
  title: '',
  role,
  zoneId,
  unread: 0,
});

describe('homePathOf', () => {
  it('sends an official to 我的工作', () => {
    expect(homePathOf(viewer('official', 1))).toBe('/my');
  });
  it('sends zone and city supervisors and admins to the 驾驶舱 (the city overview for a city account)', () => {
    expect(homePathOf(viewer('supervisor', 1))).toBe('/dashboard');
    expect(homePathOf(viewer('supervisor', null))).toBe('/dashboard');
    expect(homePathOf(viewer('admin', 1))).toBe('/dashboard');
    expect(homePathOf(viewer('admin', null))).toBe('/dashboard');
  });
  it('sends a read-only account to the project list', () => {
    expect(homePathOf(viewer('viewer', 1))).toBe('/projects');
  });
});
