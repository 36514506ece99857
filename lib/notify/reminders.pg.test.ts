import { inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openPostgres } from '@/db/drivers';
import { notifications, reminderSends } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import type { Db } from '@/db/types';
import { REMINDER_NOTICE_KINDS } from './notices';
import { sendDueReminders } from './reminders';

// Two app processes, each with its own pool, run the scheduler's round at the same instant against one
// PostgreSQL database, two rounds each at once: every reminder is given by exactly one of them.

const h = actionHarness();

const reminderNotices = () =>
  h.db
    .select()
    .from(notifications)
    .where(inArray(notifications.kind, [...REMINDER_NOTICE_KINDS]));

/** Notices told more than once: same person, kind, project, blocker and content. */
async function toldTwice() {
  const result = (await h.db.execute(sql`
    select kind, user_id, project_id, blocker_id, payload::text, count(*)::int n from notifications
    where kind like 'remind_%' group by 1, 2, 3, 4, 5 having count(*) > 1`)) as unknown as {
    rows: unknown[];
  };
  return result.rows;
}

describe('scheduled reminders across processes', () => {
  it('four concurrent rounds on two pools tell each (reason, recipient, object, period) exactly once', async () => {
    const second = openPostgres(h.url);
    try {
      const callers: Db[] = [h.db, second.db, h.db, second.db];
      // Thursday to Sunday at 16:00 in Shanghai: the week's filing reminder and each day's milestone and
      // blocker reminders, every round racing over the same rows.
      for (const day of ['18', '19', '20', '21']) {
        const now = new Date(`2024-04-${day}T08:00:00Z`);
        const before = (await reminderNotices()).length;
        const ledgerBefore = (await h.db.select().from(reminderSends)).length;
        const rounds = await Promise.all(callers.map((db) => sendDueReminders(db, now)));
        const sent = rounds.reduce((sum, r) => sum + r.sent, 0);
        const added = (await reminderNotices()).length - before;
        const recorded = (await h.db.select().from(reminderSends)).length - ledgerBefore;
        expect(sent, `2024-04-${day}`).toBeGreaterThan(0);
        expect(added, `2024-04-${day}`).toBe(sent);
        expect(recorded, `2024-04-${day}`).toBe(sent);
        // After the first day's race no notice repeats another (later days remind of the same milestones).
        if (day === '18') expect(await toldTwice()).toEqual([]);
      }
      // The week's filing reminder went to each official of each project once, whichever day it raced on.
      const filing = await h.db
        .select()
        .from(notifications)
        .where(inArray(notifications.kind, ['remind_filing']));
      const pairs = filing.map((n) => `${n.userId}|${n.projectId}`);
      expect(pairs.length).toBeGreaterThan(0);
      expect(new Set(pairs).size).toBe(pairs.length);
      expect((await h.db.select().from(reminderSends)).length).toBe((await reminderNotices()).length);
    } finally {
      await second.close();
    }
  });
});
