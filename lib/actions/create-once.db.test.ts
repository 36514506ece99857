import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  blockerEvents,
  campaignRounds,
  enterprises,
  milestones,
  notifications,
  parks,
  projects,
  users,
} from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { MILESTONE_TEMPLATES } from '@/lib/domain/milestone-templates';
import { commentBlockerAction } from './blocker-moves';
import { raiseBlockerAction } from './blocker-raise';
import { createRoundAction } from './campaign';
import type { Action } from './define-action';
import { addMilestoneAction, applyMilestoneTemplateAction } from './milestone-add';
import { createProjectAction } from './project-create';
import { editProjectAction } from './project-edit';
import { createUserAction } from './users';

// Every create takes its form's key: replays of one submit (a double click, a resent request) make one thing,
// audited once, and all get the first answer. Truly concurrent on PostgreSQL; PGlite runs them one by one.

const h = actionHarness();
const DRAFT = '浙江矽盛电子单晶硅项目'; // 谋划 (kind pipeline), plan still a draft
const APPROVED = '日盛达光伏玻璃生产线（二期）';
const RAISED_ON = '上海欧朗德年产2GWh新型储能装备制造产业化项目'; // liaison gao

type Input = Record<string, unknown>;

async function raised(): Promise<number> {
  const result = await h.run(raiseBlockerAction, 'gao', {
    projectId: await h.projectId(RAISED_ON),
    clientKey: randomUUID(),
    title: '用地指标未落实',
    category: 'land',
  });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

async function parkIds(): Promise<number[]> {
  const [zone] = await h.db
    .select({ zoneId: projects.zoneId })
    .from(projects)
    .where(eq(projects.id, await h.projectId(DRAFT)));
  const rows = await h.db
    .select({ id: parks.id })
    .from(parks)
    .where(eq(parks.zoneId, zone?.zoneId ?? 0));
  return rows.map((r) => r.id);
}

interface Case {
  action: Action<unknown>;
  actor: string;
  /** A first submit's input, with its key. */
  input(): Promise<Input>;
  /** The same key sent for another target. */
  elsewhere(input: Input): Promise<Input>;
  /** How many of the things this create makes there are (for the input's target). */
  made(input: Input): Promise<number>;
  /** How many one submit makes. */
  perSubmit: number;
}

const CASES: Record<string, Case> = {
  commentBlocker: {
    action: commentBlockerAction,
    actor: 'duban',
    input: async () => ({ blockerId: await raised(), clientKey: randomUUID(), comment: '已电话联系' }),
    elsewhere: async (input) => ({ ...input, blockerId: await raised() }),
    made: (input) =>
      h.db.$count(
        blockerEvents,
        and(eq(blockerEvents.blockerId, Number(input.blockerId)), eq(blockerEvents.kind, 'comment')),
      ),
    perSubmit: 1,
  },
  addMilestone: {
    action: addMilestoneAction,
    actor: 'duban',
    input: async () => ({
      projectId: await h.projectId(DRAFT),
      clientKey: randomUUID(),
      name: '竣工验收',
      plannedOn: '2025-06-30',
    }),
    elsewhere: async (input) => ({ ...input, projectId: await h.projectId(APPROVED) }),
    made: (input) =>
      h.db.$count(
        milestones,
        and(eq(milestones.projectId, Number(input.projectId)), eq(milestones.name, '竣工验收')),
      ),
    perSubmit: 1,
  },
  applyMilestoneTemplate: {
    action: applyMilestoneTemplateAction,
    actor: 'duban',
    input: async () => {
      const projectId = await h.projectId(DRAFT);
      await h.db.delete(milestones).where(eq(milestones.projectId, projectId));
      return { projectId, clientKey: randomUUID() };
    },
    elsewhere: async (input) => ({ ...input, projectId: await h.projectId(APPROVED) }),
    made: (input) => h.db.$count(milestones, eq(milestones.projectId, Number(input.projectId))),
    perSubmit: MILESTONE_TEMPLATES.pipeline.length,
  },
  createProject: {
    action: createProjectAction,
    actor: 'admin',
    input: async () => ({
      clientKey: randomUUID(),
      name: '并发测试项目',
      enterprise: '并发测试企业',
      parkId: (await parkIds())[0],
      kind: 'new',
      stage: 'signed',
      stageOn: '2024-04-01',
      planYear: 2024,
      totalInvestment: 100,
      annualPlannedInvestment: 10,
      completedInvestment: 0,
    }),
    elsewhere: async (input) => ({ ...input, parkId: (await parkIds())[1] }),
    made: () => h.db.$count(projects, eq(projects.name, '并发测试项目')),
    perSubmit: 1,
  },
  createRound: {
    action: createRoundAction,
    actor: 'duban',
    input: async () => ({ clientKey: randomUUID(), name: '2024年第二次三个一批', heldOn: '2024-06-28' }),
    elsewhere: async (input) => ({ ...input, name: '2024年第三次三个一批' }),
    made: () => h.db.$count(campaignRounds, eq(campaignRounds.heldOn, '2024-06-28')),
    perSubmit: 1,
  },
  createUser: {
    action: createUserAction,
    actor: 'admin',
    input: async () => ({
      clientKey: randomUUID(),
      username: 'newcomer',
      name: '新某',
      role: 'official',
      password: 'correct-horse-9',
    }),
    elsewhere: async (input) => ({ ...input, username: 'othercomer' }),
    made: () => h.db.$count(users, sql`${users.username} in ('newcomer', 'othercomer')`),
    perSubmit: 1,
  },
};

/** The database's own words under drizzle's wrapping of a failed query. */
function databaseSays(err: unknown): string {
  const said: string[] = [];
  for (let e = err; e instanceof Error; e = e.cause) said.push(e.message);
  return said.join(' / ');
}

const auditOf = async (action: Action<unknown>) =>
  (await h.audit()).filter((row) => row.action === action.name);

describe.each(Object.entries(CASES))('%s, once per form key', (_name, c) => {
  it('10 parallel replays make it once, audit it once, and all get the first answer', async () => {
    const input = await c.input();
    const before = await c.made(input);
    const results = await Promise.all(Array.from({ length: 10 }, () => h.run(c.action, c.actor, input)));
    expect(results[0]).toMatchObject({ ok: true });
    // Equal answers, the fresh one and those read back from the key's row alike.
    for (const result of results) expect(result).toEqual(results[0]);
    expect(await c.made(input)).toBe(before + c.perSubmit);
    expect(await auditOf(c.action)).toHaveLength(1);
    // and a replay after the fact still finds it
    expect(await h.run(c.action, c.actor, input)).toEqual(results[0]);
  });

  it('refuses the key for another target, writing nothing', async () => {
    const input = await c.input();
    expect(await h.run(c.action, c.actor, input)).toMatchObject({ ok: true });
    const result = await h.expectRefused(c.action, c.actor, await c.elsewhere(input), 'invalid');
    expect(result.ok || Object.keys(result.fieldErrors ?? {})).toEqual(['clientKey']);
  });

  it('makes a second one for a new key', async () => {
    const input = await c.input();
    const before = await c.made(input);
    expect(await h.run(c.action, c.actor, input)).toMatchObject({ ok: true });
    if (c.action === applyMilestoneTemplateAction) return; // only for a project without milestones
    const again = { ...input, clientKey: randomUUID() };
    const second = await h.run(c.action, c.actor, again);
    if (c.action === createRoundAction || c.action === createUserAction) {
      // one name a day is one round; a username is one account
      expect(second).toMatchObject({ ok: false, code: 'invalid' });
    } else {
      expect(second).toMatchObject({ ok: true });
      expect(await c.made(input)).toBe(before + 2);
    }
  });
});

describe('replayed comments', () => {
  it('tell each recipient once', async () => {
    const input = await CASES.commentBlocker?.input();
    await Promise.all(Array.from({ length: 10 }, () => h.run(commentBlockerAction, 'duban', input)));
    const told = await h.db
      .select({ userId: notifications.userId, n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(
        and(eq(notifications.blockerId, Number(input?.blockerId)), eq(notifications.kind, 'blocker_comment')),
      )
      .groupBy(notifications.userId);
    expect(told.length).toBeGreaterThan(0);
    expect(told.map((t) => t.n)).toEqual(told.map(() => 1));
  });
});

describe('what the domain holds unique', () => {
  it('10 projects of one new enterprise, created at once, share one enterprise row', async () => {
    const input = await CASES.createProject?.input();
    const before = await h.db.$count(enterprises);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.run(createProjectAction, 'admin', { ...input, clientKey: randomUUID() }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(await h.db.$count(enterprises)).toBe(before + 1);
    expect(await h.db.$count(projects, eq(projects.name, '并发测试项目'))).toBe(10);
  });

  it('a round already entered (its name and day) is refused to another submit, saying so', async () => {
    const input = await CASES.createRound?.input();
    expect(await h.run(createRoundAction, 'duban', input)).toMatchObject({ ok: true });
    const result = await h.expectRefused(
      createRoundAction,
      'shangwu',
      { ...input, clientKey: randomUUID() },
      'invalid',
    );
    expect(result.ok || result.fieldErrors).toEqual({ name: ['该日期已有同名轮次，请勿重复录入'] });
  });

  it('the database refuses a second enterprise or round of one name, whatever the code does', async () => {
    const [e] = await h.db.select().from(enterprises).limit(1);
    const copy = h.db.insert(enterprises).values({ zoneId: e?.zoneId ?? 0, name: e?.name ?? '' });
    expect(await copy.then(() => null, databaseSays)).toMatch(/enterprises_zone_name_unique/);
    const [r] = await h.db.select().from(campaignRounds).limit(1);
    const again = h.db.insert(campaignRounds).values({ name: r?.name ?? '', heldOn: r?.heldOn ?? '' });
    expect(await again.then(() => null, databaseSays)).toMatch(/campaign_rounds_once/);
  });
});

describe('a project’s investment adds up, held by the database', () => {
  const PROJECT = '供销瓜果市场'; // total 20000, annual 8000, completed 2600

  it.each([
    ['completed above the total', sql`completed_investment = total_investment + 1`],
    ['the year’s plan above the total', sql`annual_planned_investment = total_investment + 1`],
    ['the total below what was completed', sql`total_investment = completed_investment - 1`],
  ])('refuses %s in raw SQL, the row unchanged', async (_label, change) => {
    const id = await h.projectId(PROJECT);
    const before = await h.snapshot();
    const refused = await h.db
      .execute(sql`update ${projects} set ${change} where ${projects.id} = ${id}`)
      .then(() => null, databaseSays);
    expect(refused).toMatch(/violates check constraint "projects_(completed|annual)_within_total"/);
    expect(await h.snapshot()).toEqual(before);
  });

  it('refuses an edit that takes the total below the year’s completed investment, as invalid input', async () => {
    const id = await h.projectId(PROJECT);
    const [p] = await h.db.select().from(projects).where(eq(projects.id, id));
    if (!p) throw new Error('no project');
    const [e] = await h.db.select().from(enterprises).where(eq(enterprises.id, p.enterpriseId));
    await h.expectRefused(
      editProjectAction,
      'duban',
      {
        projectId: p.id,
        version: p.version,
        name: p.name,
        enterprise: e?.name,
        parkId: p.parkId,
        kind: p.kind,
        totalInvestment: p.completedInvestment - 1,
        annualPlannedInvestment: 0,
        plannedStartOn: p.plannedStartOn ?? '',
        plannedFinishOn: p.plannedFinishOn ?? '',
      },
      'invalid',
    );
  });
});
