import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { resolveExportRequest } from './request';

const h = actionHarness();

async function exportFor(username: string, query: Record<string, string>) {
  const viewer = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!viewer) throw new Error(username);
  return resolveExportRequest(h.db, viewer, query);
}
const zoneId = async (code: string) => (await h.db.select().from(zones).where(eq(zones.code, code)))[0]?.id;

describe('which zones a download holds', () => {
  it('zone=all is every zone for the city, one’s own zone for everyone else', async () => {
    const every = (await h.db.select().from(zones).orderBy(asc(zones.id))).map((z) => z.id);
    expect(await exportFor('shangwu', { zone: 'all' })).toMatchObject({ zoneIds: every, allZones: true });
    expect(await exportFor('duban', { zone: 'all' })).toMatchObject({ zoneIds: [await zoneId('shangdang')] });
    expect(await exportFor('gaoxin', { zone: 'all' })).toMatchObject({ zoneIds: [await zoneId('gaoxin')] });
  });

  it('another zone asked for by number is refused, not swapped for one’s own', async () => {
    expect(await exportFor('gaoxin', { zone: String(await zoneId('shangdang')) })).toBeNull();
    expect(await exportFor('duban', { zone: String(await zoneId('shangdang')) })).toMatchObject({
      zoneIds: [await zoneId('shangdang')],
      allZones: false,
    });
  });

  it('the whole city drops a park filter (parks belong to one zone) and keeps the stage', async () => {
    const req = await exportFor('shangwu', { zone: 'all', park: '1', stage: 'signed' });
    expect(req?.filter).toEqual({ parkId: undefined, stage: 'signed' });
  });
});
