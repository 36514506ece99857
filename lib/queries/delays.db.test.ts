import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { milestones, planChangeRequests, planVersions, projects } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { addMilestoneAction } from '@/lib/actions/milestone-add';
import { updateMilestoneAction } from '@/lib/actions/milestone-update';
import { approvePlanChangeAction } from '@/lib/actions/plan-request';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { mostDelayedProjects } from './dashboard-delays';
import { listProjects } from './projects';

const h = actionHarness();
const TODAY = '2024-04-15'; // the seed's "as of" in tests

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The figures worked out from the approved plans alone (not from milestones.baseline_on): a milestone's
 * baseline is its date in the first version of the project's plan year that holds it; its delay is today's
 * planned date minus that, when later; the changes are the year's versions after the first.
 */
async function fromPlanVersions() {
  const [all, versions, rows] = await Promise.all([
    h.db.select({ id: projects.id, planYear: projects.planYear }).from(projects),
    h.db.select().from(planVersions).orderBy(asc(planVersions.seq)),
    h.db.select().from(milestones),
  ]);
  return new Map(
    all.map((p) => {
      const year = versions.filter((v) => v.projectId === p.id && v.planYear === p.planYear);
      let delayDays = 0;
      for (const m of rows.filter((r) => r.projectId === p.id)) {
        const first = year.find((v) => v.content.milestones.some((x) => x.id === m.id));
        const baseline = first?.content.milestones.find((x) => x.id === m.id)?.plannedOn;
        if (baseline) delayDays += Math.max(0, days(baseline, m.plannedOn));
      }
      return [p.id, { delayDays, planChanges: Math.max(0, year.length - 1) }];
    }),
  );
}

async function expectListToMatchPlans() {
  const expected = await fromPlanVersions();
  const rows = await listProjects(h.db, await viewer('duban'), {}, TODAY);
  expect(rows).toHaveLength(27);
  for (const r of rows)
    expect({ delayDays: r.delayDays, planChanges: r.planChanges }, r.name).toEqual(expected.get(r.id));
  return rows;
}

const figuresOf = (rows: { name: string; delayDays: number; planChanges: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.delayDays > 0).map((r) => [r.name, [r.delayDays, r.planChanges]]));

describe('调整次数 and 累计延期天数 of the project list', () => {
  it('equal what the approved plan versions give, for every demo project', async () => {
    const rows = await expectListToMatchPlans();
    expect(figuresOf(rows)).toEqual({ 华南智慧融创科技园: [30, 1], 物流特色小镇综合配套提升区项目: [31, 1] });
  });

  it('still do after an approved change, a correction bringing a date forward, and a milestone added and moved', async () => {
    const [request] = await h.db
      .select()
      .from(planChangeRequests)
      .where(eq(planChangeRequests.status, 'open'))
      .orderBy(asc(planChangeRequests.id));
    if (!request) throw new Error('no open request in the demo');
    const approved = await h.run(approvePlanChangeAction, 'duban', {
      requestId: request.id,
      version: request.version,
    });
    expect(approved.ok).toBe(true);

    // Brought forward: no delay, and it does not cancel another milestone's delay.
    const huanan = await h.projectId('华南智慧融创科技园');
    const own = await h.db
      .select()
      .from(milestones)
      .where(eq(milestones.projectId, huanan))
      .orderBy(asc(milestones.sortOrder));
    const early = own.find((m) => m.status !== 'done' && m.name !== '主体结构封顶');
    if (!early) throw new Error('no milestone to move');
    const edit = (m: typeof early, plannedOn: string) =>
      h.run(updateMilestoneAction, 'duban', {
        milestoneId: m.id,
        version: m.version,
        plannedOn,
        status: m.status,
        actualOn: m.actualOn,
        note: m.note,
      });
    expect((await edit(early, '2024-01-02')).ok).toBe(true);

    // Added by a correction (its baseline is that version), then moved 10 days later by another.
    expect(
      (
        await h.run(addMilestoneAction, 'duban', {
          projectId: huanan,
          clientKey: randomUUID(),
          name: '消防验收',
          plannedOn: '2024-10-01',
        })
      ).ok,
    ).toBe(true);
    const [added] = await h.db.select().from(milestones).where(eq(milestones.name, '消防验收'));
    if (!added) throw new Error('not added');
    expect((await edit(added, '2024-10-11')).ok).toBe(true);

    const rows = await expectListToMatchPlans();
    const [requested] = await h.db.select().from(projects).where(eq(projects.id, request.projectId));
    const requestedRow = rows.find((r) => r.id === request.projectId);
    expect(figuresOf(rows)).toEqual({
      华南智慧融创科技园: [40, 4],
      物流特色小镇综合配套提升区项目: [31, 1],
      [requested?.name ?? '']: [requestedRow?.delayDays, 1],
    });
    expect(requestedRow?.delayDays).toBeGreaterThan(0);
  });
});

describe('sorting and filtering by delay', () => {
  it('sort=delay is the default order re-sorted by delay, most first (ties keep the default order)', async () => {
    const duban = await viewer('duban');
    const plain = await listProjects(h.db, duban, {}, TODAY);
    const byDelay = await listProjects(h.db, duban, { sort: 'delay' }, TODAY);
    const expected = [...plain].sort((a, b) => b.delayDays - a.delayDays); // Array.sort is stable
    expect(byDelay.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(byDelay.map((r) => r.id)).not.toEqual(plain.map((r) => r.id));
  });

  it('slipped=1 lists exactly the projects with delay, counting and paging them alone', async () => {
    const duban = await viewer('duban');
    const plain = await listProjects(h.db, duban, {}, TODAY);
    const slipped = await listProjects(h.db, duban, { slipped: true, sort: 'delay' }, TODAY);
    expect(slipped.map((r) => r.name)).toEqual(['物流特色小镇综合配套提升区项目', '华南智慧融创科技园']);
    expect(slipped.every((r) => r.matching === 2)).toBe(true);
    const page2 = await listProjects(h.db, duban, { slipped: true, sort: 'delay' }, TODAY, {
      offset: 1,
      limit: 1,
    });
    expect(page2.map((r) => r.name)).toEqual(['华南智慧融创科技园']);
    const inPark = await listProjects(h.db, duban, { slipped: true, parkId: slipped[0]?.parkId }, TODAY);
    expect(inPark.map((r) => r.id)).toEqual(
      plain.filter((r) => r.delayDays > 0 && r.parkId === slipped[0]?.parkId).map((r) => r.id),
    );
  });

  it('the dashboard’s most delayed projects are the first rows of the slipped list, in reach only', async () => {
    const duban = await viewer('duban');
    const list = await listProjects(h.db, duban, { slipped: true, sort: 'delay' }, TODAY);
    const top = await mostDelayedProjects(h.db, duban);
    expect(top).toEqual(
      list.slice(0, 5).map((r) => ({
        id: r.id,
        name: r.name,
        parkName: r.parkName,
        delayDays: r.delayDays,
        planChanges: r.planChanges,
      })),
    );
    expect(await mostDelayedProjects(h.db, await viewer('gaoxin'))).toEqual([]);
    expect(await mostDelayedProjects(h.db, await viewer('shangwu'))).toEqual(top);
  });
});
