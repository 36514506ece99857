import { describe, expect, it } from 'vitest';
import { viewerOf } from '@/lib/testing/viewer';
import { homePathOf } from './home';

describe('homePathOf', () => {
  it('sends an official to 我的工作', () => {
    expect(homePathOf(viewerOf('official', 1))).toBe('/my');
  });
  it('sends zone supervisors and admins to the 驾驶舱, city accounts to the city overview', () => {
    expect(homePathOf(viewerOf('supervisor', 1))).toBe('/dashboard');
    expect(homePathOf(viewerOf('supervisor', null))).toBe('/city');
    expect(homePathOf(viewerOf('admin', 1))).toBe('/dashboard');
    expect(homePathOf(viewerOf('admin', null))).toBe('/city');
  });
  it('sends a read-only account to the project list', () => {
    expect(homePathOf(viewerOf('viewer', 1))).toBe('/projects');
  });
});
