import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enterprises, milestones, parks, projects } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { MILESTONE_TEMPLATES } from '@/lib/domain/milestone-templates';
import { createProjectAction } from './project-create';

const h = actionHarness();

async function input(extra: Record<string, unknown> = {}) {
  const [park] = await h.db.select().from(parks).where(eq(parks.name, '智能制造产业园'));
  return {
    clientKey: randomUUID(),
    name: '雄山集团精密锯片二期',
    enterprise: '雄山集团有限公司',
    parkId: park?.id,
    kind: 'new',
    stage: 'signed',
    stageOn: '2024-04-01',
    planYear: '2024',
    totalInvestment: '8000',
    annualPlannedInvestment: '3000',
    completedInvestment: '0',
    plannedStartOn: '2024-05-01',
    plannedFinishOn: '2025-04-30',
    useTemplate: 'on',
    ...extra,
  };
}

describe('create a key project', () => {
  it('the zone admin creates it with the template milestones, reusing the enterprise', async () => {
    const before = await h.db.$count(enterprises);
    const result = await h.run(createProjectAction, 'admin', await input());
    if (!result.ok) throw new Error(result.message);
    const [p] = await h.db.select().from(projects).where(eq(projects.id, result.data.id));
    expect(p).toMatchObject({
      stage: 'signed',
      signedOn: '2024-04-01',
      totalInvestment: 8000,
      planYear: 2024,
    });
    expect(await h.db.$count(enterprises)).toBe(before);
    const names = (await h.db.select().from(milestones).where(eq(milestones.projectId, result.data.id))).map(
      (m) => m.name,
    );
    expect(names).toEqual([...MILESTONE_TEMPLATES.new]);
  });

  it.each([
    ['the zone supervisor', 'duban', 'forbidden'],
    ['an official', 'zhang', 'forbidden'],
    ['another zone', 'gaoxin', 'not_found'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s', async (_label, who, code) => {
    await h.expectRefused(createProjectAction, who, await input(), code);
  });

  it('refuses a plan above the total and a finish before the start, and fractional money', async () => {
    const result = await h.expectRefused(
      createProjectAction,
      'admin',
      await input({ annualPlannedInvestment: '9000', plannedFinishOn: '2024-01-01' }),
      'invalid',
    );
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      'annualPlannedInvestment',
      'plannedFinishOn',
    ]);
    await h.expectRefused(
      createProjectAction,
      'admin',
      await input({ totalInvestment: '8000.5' }),
      'invalid',
    );
  });
});
