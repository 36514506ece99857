import { count } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { addDays, daysBetween, type IsoDate } from '@/lib/domain/dates';
import type { MilestoneStatus } from '@/lib/domain/vocabulary';
import { fillMissingPinyin } from '../name-pinyin';
import * as s from '../schema';
import type { Db, Tx } from '../types';
import {
  otherZoneBlockers,
  otherZoneDemos,
  otherZonePeople,
  otherZoneRoundEntries,
} from './demo-other-zones';
import { DEMO_PASSWORD, demoParks, demoUsers, demoZones } from './demo-people';
import { DEMO_REPORT_DATE, type DemoMilestone, type DemoProjectIn, demoProjects } from './demo-projects';
import { demoReports } from './demo-reports';
import { seedRounds } from './demo-rounds';
import { seedBlockers } from './seed-blockers';
import { seedIndicators } from './seed-indicators';
import { seedNotices } from './seed-notices';
import { assertDemoPlanMilestones, seedPlans } from './seed-plans';

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(s.zones);
  return (row?.n ?? 0) === 0;
}

function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function required<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown "${key}"`);
  return value;
}

function milestoneState(state: DemoMilestone[2]): { status: MilestoneStatus; actual: string | null } {
  if (state === undefined) return { status: 'not_started', actual: null };
  if (state === 'wip') return { status: 'in_progress', actual: null };
  return { status: 'done', actual: state };
}

interface ZoneBuild {
  shift: (date: string) => string;
  opt: (date: string | undefined) => string | null;
  planYear: number;
  asOf: IsoDate;
  users: Map<string, { id: number }>;
}

type ProjectIds = Map<string, { id: number; liaison: string | null; cadre: string }>;

/**
 * One zone's demo projects: its enterprises, then each project with its "三个一" holders, milestones and weekly
 * reports. Every zone's demo projects are written by this one builder.
 */
async function insertZoneProjects(
  tx: Tx,
  build: ZoneBuild,
  zoneId: number,
  parks: Map<string, { id: number }>,
  list: readonly DemoProjectIn[],
): Promise<ProjectIds> {
  const { shift, opt, planYear, users } = build;
  const enterpriseNames = [...new Set(list.map((p) => p.enterprise))];
  const enterprises = byKey(
    await tx
      .insert(s.enterprises)
      .values(enterpriseNames.map((name) => ({ zoneId, name })))
      .returning(),
    (e) => e.name,
  );
  const projectIds: ProjectIds = new Map();
  for (const [index, p] of list.entries()) {
    const [project] = await tx
      .insert(s.projects)
      .values({
        zoneId,
        parkId: required(parks, p.park).id,
        enterpriseId: required(enterprises, p.enterprise).id,
        name: p.name,
        kind: p.kind,
        planYear,
        stage: p.stage,
        negotiatingOn: opt(p.reached.negotiating),
        signedOn: opt(p.reached.signed),
        constructionOn: opt(p.reached.under_construction),
        productionOn: opt(p.reached.in_production),
        capacityOn: opt(p.reached.at_capacity),
        totalInvestment: p.total,
        annualPlannedInvestment: p.annual,
        completedInvestment: p.completed,
        plannedStartOn: opt(p.start),
        plannedFinishOn: opt(p.finish),
        summary: p.summary,
      })
      .returning({ id: s.projects.id });
    if (!project) throw new Error('insert returned nothing');
    const since = shift(p.reached.signed ?? p.reached.negotiating ?? DEMO_REPORT_DATE);
    const [leader, cadre, liaison] = p.contacts;
    projectIds.set(p.name, { id: project.id, liaison, cadre });
    const holders = [
      { role: 'leader', username: leader },
      { role: 'cadre', username: cadre },
      { role: 'liaison', username: liaison },
    ] as const;
    await tx
      .insert(s.projectAssignments)
      .values(
        holders.flatMap(({ role, username }) =>
          username ? [{ projectId: project.id, userId: required(users, username).id, role, since }] : [],
        ),
      );
    await tx.insert(s.milestones).values(
      p.milestones.map(([name, plannedOn, state], i) => {
        const { status, actual } = milestoneState(state);
        return {
          projectId: project.id,
          sortOrder: i + 1,
          name,
          plannedOn: shift(plannedOn),
          actualOn: actual ? shift(actual) : null,
          status,
        };
      }),
    );
    const reporter = required(users, liaison ?? cadre).id;
    await tx.insert(s.progressReports).values(
      demoReports(p, index, build.asOf).map((r) => ({
        ...r,
        projectId: project.id,
        filedBy: reporter,
        updatedBy: reporter,
      })),
    );
  }
  return projectIds;
}

/**
 * Writes the demo zone of the report. Deterministic for a given `asOf`: every date of the report's moment is
 * moved by the same whole number of weeks, so that the report's day falls in the week of `asOf` and the demo
 * shows what was on time, at risk and late then. `SEED_AS_OF=2024-04-15` gives the report's own dates.
 */
export async function seedDemoData(db: Db, options: { asOf: IsoDate }): Promise<void> {
  const shiftDays = Math.floor(daysBetween(DEMO_REPORT_DATE, options.asOf) / 7) * 7;
  const shift = (date: string) => addDays(date, shiftDays);
  const opt = (date: string | undefined) => (date ? shift(date) : null);
  const planYear = Number(shift(DEMO_REPORT_DATE).slice(0, 4));
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const zones = byKey(await tx.insert(s.zones).values(demoZones).returning(), (z) => z.code);
    const home = required(zones, 'shangdang');
    const parks = byKey(
      await tx
        .insert(s.parks)
        .values(demoParks.map((name, i) => ({ zoneId: home.id, name, sortOrder: i + 1 })))
        .returning(),
      (p) => p.name,
    );
    const users = byKey(
      await tx
        .insert(s.users)
        .values(
          [...demoUsers, ...otherZonePeople].map((u, i) => ({
            username: u.username,
            name: u.name,
            title: u.title,
            // invented numbers in Changzhi's area code (0355), so the tap-to-call links have something to show
            officePhone: `0355-60${String(10_000 + i)}`,
            mobile: `1380355${String(1_000 + i)}`,
            role: u.role,
            zoneId: u.zone ? required(zones, u.zone).id : null,
            disabled: u.disabled ?? false,
            passwordHash,
          })),
        )
        .returning(),
      (u) => u.username,
    );
    const build: ZoneBuild = { shift, opt, planYear, asOf: options.asOf, users };
    const projectIds = await insertZoneProjects(tx, build, home.id, parks, demoProjects);
    // The other zones of the city, a few projects each (demo-other-zones.ts), built the same way.
    for (const z of otherZoneDemos) {
      const zone = required(zones, z.zone);
      const zoneParks = byKey(
        await tx
          .insert(s.parks)
          .values(z.parks.map((name, i) => ({ zoneId: zone.id, name, sortOrder: i + 1 })))
          .returning(),
        (p) => p.name,
      );
      for (const [name, ids] of await insertZoneProjects(tx, build, zone.id, zoneParks, z.projects))
        projectIds.set(name, ids);
    }
    await seedBlockers(tx, { shift, users, projectIds });
    await seedBlockers(tx, { shift, users, projectIds }, otherZoneBlockers, 'gaoxin');
    await seedNotices(tx, { shift, users, projectIds, zone: home });
    await assertDemoPlanMilestones(tx, projectIds);
    await seedPlans(tx, { shift, users, projectIds });
    await seedRounds(tx, {
      projectIdByName: new Map([...projectIds].map(([name, p]) => [name, p.id])),
      supervisorId: required(users, 'shangwu').id,
      shift,
      extra: otherZoneRoundEntries,
    });
    await seedIndicators(tx, { zones, users });
    // The demo's names are written in bulk above: their pinyin keys in one go.
    await fillMissingPinyin(tx);
  });
}
