import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { focusViewer } from './scope';
import { zonesInReach } from './users';

export interface ZonePick {
  /** The zones a city account may pick from; empty for a zone's own account (it gets no picker). */
  zones: { id: number; name: string }[];
  /** The zone picked, when it is one of `zones`; else the whole city. */
  picked: { id: number; name: string } | undefined;
  /** The viewer to read with: narrowed to the picked zone (reads only, see `focusViewer`). */
  viewer: Viewer;
}

/**
 * The zone picker of a city account's lists and reports. A zone id that is not one of the viewer's zones (a
 * stale link, another zone's id in a zone account's URL) picks nothing: the whole city for a city account,
 * the own zone for a zone's account.
 */
/**
 * The zone's name to show beside a row, when the rows mix zones (a city account with no zone picked);
 * undefined when they are all of one zone.
 */
export function mixedZoneName(pick: ZonePick): (zoneId: number) => string | undefined {
  if (pick.viewer.zoneId !== null) return () => undefined;
  const names = new Map(pick.zones.map((z) => [z.id, z.name]));
  return (zoneId) => names.get(zoneId);
}

export async function zonePick(db: DbOrTx, viewer: Viewer, zoneId: number | undefined): Promise<ZonePick> {
  if (viewer.zoneId !== null) return { zones: [], picked: undefined, viewer };
  const zones = await zonesInReach(db, viewer);
  const picked = zones.find((z) => z.id === zoneId);
  return { zones, picked, viewer: focusViewer(viewer, picked?.id) };
}
