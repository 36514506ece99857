import { sql } from 'drizzle-orm';
import type { Db } from '@/db/types';

// A city-sized data set written with set-based SQL (seconds, not minutes): 10 zones of 500 key projects,
// 10 milestones, 50 weekly reports and 4 blockers per project, three officials per project.

export const CITY = {
  zones: 10,
  projectsPerZone: 500,
  milestones: 10,
  weeks: 50,
  blockers: 4,
  officialsPerZone: 30,
};

export async function generateCity(db: Db, weekStart: string, zones = CITY.zones): Promise<void> {
  // One connection, no statement timeout: these are bulk loads, not requests.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local statement_timeout = 0`);
    await write(tx as unknown as Db, weekStart, zones);
  });
  await db.execute(sql`analyze`);
}

async function write(db: Db, weekStart: string, zones: number): Promise<void> {
  const c = { ...CITY, zones };
  await db.execute(sql`insert into zones (code, name)
    select 'bench' || z, '压测开发区' || z from generate_series(1, ${c.zones}) z`);
  await db.execute(sql`insert into parks (zone_id, name, sort_order)
    select z.id, '园区' || p, p from zones z, generate_series(1, 6) p where z.code like 'bench%'`);
  await db.execute(sql`insert into enterprises (zone_id, name)
    select z.id, '企业' || z.id || '-' || e from zones z, generate_series(1, 50) e where z.code like 'bench%'`);
  await db.execute(sql`insert into users (username, name, title, role, zone_id, password_hash)
    select 'bench' || z.id || 'o' || o, '干部' || o, '科员', 'official', z.id, (select password_hash from users where username = 'xu')
    from zones z, generate_series(1, ${c.officialsPerZone}) o where z.code like 'bench%'`);
  await db.execute(sql`insert into users (username, name, title, role, zone_id, password_hash)
    select 'bench' || z.id || 'sup', '督查' || z.id, '督查室', 'supervisor', z.id, (select password_hash from users where username = 'xu')
    from zones z where z.code like 'bench%'`);
  await db.execute(sql`insert into projects (zone_id, park_id, enterprise_id, name, kind, plan_year, stage, signed_on,
      construction_on, total_investment, annual_planned_investment, completed_investment, planned_start_on, planned_finish_on)
    select z.id,
      (select id from parks where zone_id = z.id order by id offset (n % 6) limit 1),
      (select id from enterprises where zone_id = z.id order by id offset (n % 50) limit 1),
      '压测项目' || z.id || '-' || n, (array['continuing','new','pipeline'])[1 + n % 3]::project_kind, 2024,
      (array['negotiating','signed','under_construction','in_production','at_capacity'])[1 + n % 5]::project_stage,
      date '2023-01-01' + n, date '2023-06-01' + n, 10000 + n * 10, 3000 + n, n, date '2024-01-01', date '2025-12-31'
    from zones z, generate_series(1, ${c.projectsPerZone}) n where z.code like 'bench%'`);
  await db.execute(sql`insert into project_assignments (project_id, user_id, role, since)
    select p.id, (select id from users u where u.zone_id = p.zone_id and u.role = 'official'
                  order by id offset ((p.id * 3 + r.i) % ${c.officialsPerZone}) limit 1),
           (array['leader','cadre','liaison'])[r.i]::assignment_role, date '2024-01-01'
    from projects p join zones z on z.id = p.zone_id, generate_series(1, 3) as r(i) where z.code like 'bench%'`);
  await db.execute(sql`insert into milestones (project_id, sort_order, name, planned_on, status)
    select p.id, m, '节点' || m, date '2024-01-01' + m * 40 + (p.id % 30),
      (array['not_started','in_progress','done'])[1 + (p.id + m) % 3]::milestone_status
    from projects p join zones z on z.id = p.zone_id, generate_series(1, ${c.milestones}) m where z.code like 'bench%'`);
  await db.execute(sql`insert into progress_reports (project_id, week_start, progress, next_plan, investment, filed_by, updated_by)
    select p.id, ${weekStart}::date - 7 * w, '本周进展' || w, '下周计划', 10 + w, a.user_id, a.user_id
    from projects p join zones z on z.id = p.zone_id
      join project_assignments a on a.project_id = p.id and a.role = 'liaison',
      generate_series(0, ${c.weeks - 1}) w where z.code like 'bench%'`);
  await db.execute(sql`insert into blockers (project_id, title, category, status, raised_by, client_key, raised_at, needed_by)
    select p.id, '压测问题' || b,
      (array['land','energy','environment','financing','approvals','utilities','labour','other'])[1 + (p.id + b) % 8]::blocker_category,
      (array['open','assigned','resolved','closed'])[1 + (p.id + b) % 4]::blocker_status,
      a.user_id, gen_random_uuid(), now() - ((p.id + b) % 60) * interval '1 day', date '2024-06-01' + b * 30
    from projects p join zones z on z.id = p.zone_id
      join project_assignments a on a.project_id = p.id and a.role = 'liaison',
      generate_series(1, ${c.blockers}) b where z.code like 'bench%'`);
}
