import { sql } from 'drizzle-orm';
import { migrateDatabase, openPglite } from '@/db/drivers';
import { seedDemoData } from '@/db/seed/seed';
import { zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { generateCity } from '../scripts/bench/city-data';

// A zone of 500 key projects for the layout specs, in its own embedded database beside the demo zone: the
// other specs run on the demo data alone and count on its figures (the city's totals among them), so the
// big zone never joins their database. Its rows come from the benchmark's generator, given the words a real
// zone has (long project names, 责任单位) and weeks not yet filed.

/** Accounts of the big zone; each signs in with the demo password. */
export const BIG_ZONE_USERS = { supervisor: 'bigsup', admin: 'bigadmin' } as const;

export async function createBigZoneDatabase(dataDir: string): Promise<void> {
  const handle = await openPglite({ dataDir });
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    await seedDemoData(db, { asOf: zoneDateOf(new Date()) });
    const week = reportWeekOf(new Date()).start;
    await generateCity(db, week, 1);
    const zone = sql`(select id from zones where code = 'bench1')`;
    await db.execute(sql`update users set username = ${BIG_ZONE_USERS.supervisor}
      where role = 'supervisor' and zone_id = ${zone}`);
    await db.execute(sql`insert into users (username, name, title, role, zone_id, password_hash)
      select ${BIG_ZONE_USERS.admin}, '系统管理员', '管委会办公室', 'admin', ${zone}, password_hash
      from users where username = 'xu'`);
    await db.execute(sql`update projects
      set name = name || '年产二十万吨高性能新型复合材料生产线及配套设施建设项目'
      where zone_id = ${zone} and id % 4 = 0`);
    await db.execute(sql`update blockers set responsible_unit = '市自然资源和规划局开发区分局',
        deadline = current_date + (id % 30 - 10)
      where status = 'assigned' and project_id in (select id from projects where zone_id = ${zone})`);
    await db.execute(sql`delete from progress_reports where week_start = ${week}
      and project_id in (select id from projects where zone_id = ${zone} and id % 5 = 0)`);
  } finally {
    await handle.close();
  }
}
