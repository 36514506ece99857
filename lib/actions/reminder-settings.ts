import { and, eq } from 'drizzle-orm';
import { zoneReminders, zones } from '@/db/schema';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@/lib/domain/reminder-schedule';
import { zoneScope } from '@/lib/queries/scope';
import { reminderSettingsSchema } from '@/lib/validation/reminders';
import { defineAction } from './define-action';
import { ActionFailure } from './result';

const settingsOf = (s: ReminderSettings): ReminderSettings => ({
  filingEnabled: s.filingEnabled,
  filingWeekday: s.filingWeekday,
  filingTime: s.filingTime,
  milestoneEnabled: s.milestoneEnabled,
  milestoneDays: s.milestoneDays,
  blockerEnabled: s.blockerEnabled,
  dailyTime: s.dailyTime,
});

/**
 * A zone's scheduled reminders and its 催报 quiet period, set by its admin. The first save creates the
 * zone's row (from version 0: the defaults); two first saves at once meet on its primary key, and the zone
 * row's lock makes the second wait and then see the first's version.
 */
export const updateReminderSettingsAction = defineAction({
  name: 'reminder.update_settings',
  schema: reminderSettingsSchema,
  permission: 'reminder.manage',
  async load(tx, input, viewer) {
    const [zone] = await tx
      .select({ id: zones.id, chaseQuietHours: zones.chaseQuietHours })
      .from(zones)
      .where(and(eq(zones.id, input.zoneId), zoneScope(viewer, zones.id)))
      .for('no key update');
    if (!zone) return null;
    const [row] = await tx
      .select()
      .from(zoneReminders)
      .where(eq(zoneReminders.zoneId, zone.id))
      .for('update');
    return { zone, row: row ?? null, version: row?.version ?? 0, access: { zoneId: zone.id } };
  },
  expectedVersion: (input) => input.version,
  async write(tx, { input, target }) {
    const settings = settingsOf(input);
    const { zone, row } = target;
    const [saved] = row
      ? await tx
          .update(zoneReminders)
          .set({ ...settings, version: row.version + 1 })
          .where(and(eq(zoneReminders.zoneId, zone.id), eq(zoneReminders.version, row.version)))
          .returning()
      : await tx
          .insert(zoneReminders)
          .values({ zoneId: zone.id, ...settings })
          .returning();
    if (!saved) throw new ActionFailure('conflict');
    await tx.update(zones).set({ chaseQuietHours: input.chaseQuietHours }).where(eq(zones.id, zone.id));
    const after = { ...settingsOf(saved), chaseQuietHours: input.chaseQuietHours };
    return {
      data: { zoneId: zone.id, version: saved.version, ...after },
      audit: {
        entity: 'zone_reminders',
        entityId: zone.id,
        before: { ...settingsOf(row ?? DEFAULT_REMINDER_SETTINGS), chaseQuietHours: zone.chaseQuietHours },
        after,
      },
    };
  },
});
