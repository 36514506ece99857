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
