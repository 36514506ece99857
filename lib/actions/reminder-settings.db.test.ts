import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { zoneReminders, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/domain/reminder-schedule';
import { reminderSettingsOf } from '@/lib/queries/reminders';
import { updateReminderSettingsAction } from './reminder-settings';
import type { ActionResult } from './result';

const h = actionHarness();
const zoneId = async (code = 'shangdang') =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, code)))[0]?.id ?? 0;

const SETTINGS = {
  filingEnabled: true,
  filingWeekday: 5,
  filingTime: '10:00',
  milestoneEnabled: false,
  milestoneDays: 14,
  blockerEnabled: true,
  dailyTime: '08:30',
};
const input = async (extra: Record<string, unknown> = {}) => ({
  zoneId: await zoneId(),
  version: 0,
  ...SETTINGS,
  chaseQuietHours: 24,
  ...extra,
});

/** What the zone's reminders and quiet period are as stored. */
async function stored() {
  const zone = await zoneId();
  const [quiet] = await h.db.select({ hours: zones.chaseQuietHours }).from(zones).where(eq(zones.id, zone));
  return {
    rows: await h.db.select().from(zoneReminders).where(eq(zoneReminders.zoneId, zone)),
    quietHours: quiet?.hours,
  };
}

describe('a zone’s reminder settings', () => {
  it('the zone’s admin saves them: the first save makes the row, each save moves its version, audited', async () => {
    const zone = await zoneId();
    expect(await h.run(updateReminderSettingsAction, 'admin', await input())).toEqual({
      ok: true,
      data: { zoneId: zone, version: 1, ...SETTINGS, chaseQuietHours: 24 },
    });
    expect(await stored()).toEqual({ rows: [{ zoneId: zone, version: 1, ...SETTINGS }], quietHours: 24 });

    const again = await h.run(
      updateReminderSettingsAction,
      'admin',
      await input({ version: 1, filingTime: '16:30', chaseQuietHours: 6 }),
    );
    expect(again).toMatchObject({ ok: true, data: { version: 2, filingTime: '16:30', chaseQuietHours: 6 } });
    expect(await h.audit()).toMatchObject([
      {
        action: 'reminder.update_settings',
        entity: 'zone_reminders',
        entityId: String(zone),
        before: { ...DEFAULT_REMINDER_SETTINGS, chaseQuietHours: 12 },
        after: { ...SETTINGS, chaseQuietHours: 24 },
      },
      {
        before: { filingTime: '10:00', chaseQuietHours: 24 },
        after: { filingTime: '16:30', chaseQuietHours: 6 },
      },
    ]);

    // The page shows what was saved, with the version its editor sends back.
    const admin = await loadViewer(h.db, await sessionOf(h.db, 'admin'));
    if (!admin) throw new Error('no admin');
    expect(await reminderSettingsOf(h.db, admin)).toMatchObject([
      { zoneId: zone, version: 2, filingTime: '16:30', chaseQuietHours: 6, timeZone: 'Asia/Shanghai' },
    ]);
  });

  it('refuses a save made against an older version and changes nothing', async () => {
    await h.run(updateReminderSettingsAction, 'admin', await input());
    const before = await stored();
    await h.expectRefused(
      updateReminderSettingsAction,
      'admin',
      await input({ dailyTime: '07:00' }),
      'conflict',
    );
    expect(await stored()).toEqual(before);
  });

  it('refuses times, days, hours and weekdays out of bounds, names each field, and changes nothing', async () => {
    const before = await stored();
    expect(before).toEqual({ rows: [], quietHours: 12 });
    const refused = (await h.expectRefused(
      updateReminderSettingsAction,
      'admin',
      await input({
        filingTime: '24:00',
        dailyTime: '9点',
        milestoneDays: 61,
        chaseQuietHours: 0,
        filingWeekday: 8,
      }),
      'invalid',
    )) as Extract<ActionResult<unknown>, { ok: false }>;
    expect(refused.fieldErrors).toEqual({
      filingTime: ['请填写 00:00 至 23:59 之间的时间'],
      dailyTime: ['请填写 00:00 至 23:59 之间的时间'],
      milestoneDays: ['提前提醒天数须为 1 至 60 的整数'],
      chaseQuietHours: ['催报间隔须为 1 至 168 小时的整数'],
      filingWeekday: [expect.any(String)],
    });
    for (const bad of [
      { chaseQuietHours: 169 },
      { milestoneDays: 0 },
      { milestoneDays: '7.5' },
      { filingEnabled: 'yes' },
    ])
      await h.expectRefused(updateReminderSettingsAction, 'admin', await input(bad), 'invalid');
    expect(await stored()).toEqual(before);
  });

  it('is for the zone’s admins only: its supervisor, an official and another zone’s supervisor are refused', async () => {
    const before = await stored();
    await h.expectRefused(updateReminderSettingsAction, 'duban', await input(), 'forbidden');
    await h.expectRefused(updateReminderSettingsAction, 'xu', await input(), 'forbidden');
    await h.expectRefused(updateReminderSettingsAction, 'shangwu', await input(), 'forbidden');
    // Another zone's rows are out of its reach altogether.
    await h.expectRefused(updateReminderSettingsAction, 'gaoxin', await input(), 'not_found');
    await h.expectRefused(updateReminderSettingsAction, null, await input(), 'unauthenticated');
    expect(await stored()).toEqual(before);
    // The admin of one zone cannot reach another's either.
    await h.expectRefused(
      updateReminderSettingsAction,
      'admin',
      await input({ zoneId: await zoneId('gaoxin') }),
      'not_found',
    );
  });
});
