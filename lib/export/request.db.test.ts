import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { reportParamsSchema } from '@/lib/validation/report-params';
import { parseSearchParams } from '@/lib/validation/request-params';
import { resolveExportRequest, resolveReportRequest } from './request';

const h = actionHarness();

async function viewerOf(username: string) {
  const viewer = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!viewer) throw new Error(username);
  return viewer;
}

/** As the route handler reads its URL: a query the schema refuses is "not found" before any lookup. */
async function exportFor(username: string, query: Record<string, string>) {
  const params = parseSearchParams(reportParamsSchema, query);
  return params && resolveExportRequest(h.db, await viewerOf(username), params);
}

async function reportFor(username: string, query: Record<string, string>) {
  const params = parseSearchParams(reportParamsSchema, query);
  return params && resolveReportRequest(h.db, await viewerOf(username), params);
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

describe('a zone that is not there', () => {
  it('is refused for the city too, not answered with an empty report', async () => {
    const every = (await h.db.select().from(zones)).map((z) => z.id);
    const missing = Math.max(...every) + 1;
    for (const zone of [String(missing), '2147483647']) {
      expect(await exportFor('shangwu', { zone })).toBeNull();
      expect(await reportFor('shangwu', { zone })).toBeNull();
    }
    expect(await reportFor('shangwu', { zone: String(await zoneId('gaoxin')) })).toMatchObject({
      zoneId: await zoneId('gaoxin'),
    });
  });

  it('a malformed zone is refused, never read as another zone or as one’s own', async () => {
    for (const zone of ['99999999999', '0', '-1', '1e1', '0x1', '1.0', ' 1', 'x']) {
      expect(await exportFor('shangwu', { zone }), zone).toBeNull();
      expect(await reportFor('duban', { zone }), zone).toBeNull();
    }
    // zone=all is a download's: the page shows one zone.
    expect(await reportFor('shangwu', { zone: 'all' })).toBeNull();
  });

  it('a week out of the window or not a Monday is this week; an empty zone is one’s own', async () => {
    const current = reportWeekOf(new Date()).start;
    for (const week of ['0001-01-01', '0099-12-31', '1000-01-01', '1999-12-27', '9999-12-27', '2024-01-02']) {
      expect((await reportFor('duban', { week, zone: '' }))?.week.start, week).toBe(current);
    }
    expect((await reportFor('duban', { week: '2024-01-01' }))?.week).toMatchObject({ start: '2024-01-01' });
  });
});
