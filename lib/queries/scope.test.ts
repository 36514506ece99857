import { describe, expect, it } from 'vitest';
import { viewerOf } from '@/lib/testing/viewer';
import { focusViewer } from './scope';

describe('focusViewer (the city’s zone picker)', () => {
  it('narrows a city supervisor or admin to the zone picked, for reads', () => {
    expect(focusViewer(viewerOf('supervisor', null), 3).zoneId).toBe(3);
    expect(focusViewer(viewerOf('admin', null), 3).zoneId).toBe(3);
    expect(focusViewer(viewerOf('supervisor', null), undefined).zoneId).toBeNull();
  });

  it('leaves a zone’s account in its own zone whatever it names, and gives a zoneless reader nothing new', () => {
    const zone = viewerOf('supervisor', 1);
    expect(focusViewer(zone, 2)).toBe(zone);
    const official = viewerOf('official', 1);
    expect(focusViewer(official, 2)).toBe(official);
    // a city-level account that reaches no zone (zoneScope gives it nothing) gains none by picking
    const cityViewer = viewerOf('viewer', null);
    expect(focusViewer(cityViewer, 2)).toBe(cityViewer);
  });
});
