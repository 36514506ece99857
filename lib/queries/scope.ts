import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Viewer } from '@/lib/auth/viewer';

/**
 * The WHERE condition that keeps a query inside the zones the viewer reaches, so a forged id of another
 * zone finds nothing. Mirrors `reachesZone` in lib/auth/permissions.ts.
 */
export function zoneScope(viewer: Viewer, zoneColumn: PgColumn): SQL | undefined {
  if (viewer.zoneId !== null) return eq(zoneColumn, viewer.zoneId);
  return viewer.role === 'admin' || viewer.role === 'supervisor' ? undefined : sql`false`;
}

/**
 * For reads only: a city account's viewer narrowed to the one zone it picked (the zone picker), so that every
 * query scoped by `zoneScope` reads that zone alone, as the zone's own accounts read it. Anyone else (a zone's
 * account, or a zone the viewer does not reach) is returned unchanged: a zone account's `zone` param is
 * ignored. Never used for a write's permission check; actions load their own viewer.
 */
export function focusViewer(viewer: Viewer, zoneId: number | undefined): Viewer {
  // A city account reaches every zone if it supervises or administers (as `reachesZone` and `zoneScope` say).
  const cityReader = viewer.zoneId === null && (viewer.role === 'admin' || viewer.role === 'supervisor');
  if (zoneId === undefined || !cityReader) return viewer;
  return { ...viewer, zoneId };
}
