import { eq } from 'drizzle-orm';
import { campaignRounds, projects, users } from '../schema';
import { otherZoneRoundEntries } from '../seed/demo-other-zones';
import { seedRounds } from '../seed/demo-rounds';
import type { Db } from '../types';

/**
 * The demo "三个一批" rounds on a test database, written as the seed writes them (unshifted: tests seed as of
 * the report's day). Skipped when the template already holds rounds, so tests work whether or not the seed
 * writes them.
 */
export async function ensureDemoRounds(db: Db): Promise<void> {
  if ((await db.$count(campaignRounds)) > 0) return;
  const rows = await db.select({ id: projects.id, name: projects.name }).from(projects);
  const [supervisor] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'shangwu'));
  if (!supervisor) throw new Error('no demo supervisor');
  await db.transaction((tx) =>
    seedRounds(tx, {
      projectIdByName: new Map(rows.map((r) => [r.name, r.id])),
      supervisorId: supervisor.id,
      shift: (date) => date,
      extra: otherZoneRoundEntries,
    }),
  );
}
