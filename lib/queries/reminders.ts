import { asc, eq } from 'drizzle-orm';
import { zoneReminders, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { can } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/domain/reminder-schedule';
import { zoneScope } from './scope';

/**
 * The reminder settings of each zone the viewer may set them for, as its editor starts from them: the stored
 * row, or the defaults with version 0 while the zone has none; with the zone's clock and 催报 quiet period.
 */
export async function reminderSettingsOf(db: DbOrTx, viewer: Viewer) {
  const rows = await db
    .select({
      zoneId: zones.id,
      zoneName: zones.name,
      timeZone: zones.timeZone,
      chaseQuietHours: zones.chaseQuietHours,
      stored: zoneReminders,
    })
    .from(zones)
    .leftJoin(zoneReminders, eq(zoneReminders.zoneId, zones.id))
    .where(zoneScope(viewer, zones.id))
    .orderBy(asc(zones.id));
  return rows
    .filter((r) => can(viewer, 'reminder.manage', { zoneId: r.zoneId }))
    .map(({ stored, ...zone }) => {
      const s = stored ?? { ...DEFAULT_REMINDER_SETTINGS, version: 0 };
      return {
        ...zone,
        version: s.version,
        filingEnabled: s.filingEnabled,
        filingWeekday: s.filingWeekday,
        filingTime: s.filingTime,
        milestoneEnabled: s.milestoneEnabled,
        milestoneDays: s.milestoneDays,
        blockerEnabled: s.blockerEnabled,
        dailyTime: s.dailyTime,
      };
    });
}
export type ZoneReminderSettings = Awaited<ReturnType<typeof reminderSettingsOf>>[number];
