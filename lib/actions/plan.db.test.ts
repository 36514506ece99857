import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  milestones,
  notifications,
  planChangeRequests,
  planVersions,
  projects,
  projectYears,
} from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { addDays, daysBetween, zoneDateOf } from '@/lib/domain/dates';
import { lightFromCounts } from '@/lib/domain/milestones';
import { getProjectDetail } from '@/lib/queries/project-detail';
import { listProjects } from '@/lib/queries/projects';
import { addMilestoneAction } from './milestone-add';
import { updateMilestoneAction } from './milestone-update';
import { approvePlanAction } from './plan-approve';
import { approvePlanChangeAction, rejectPlanChangeAction, requestPlanChangeAction } from './plan-request';
import { openPlanYearAction, openZonePlanYearAction } from './plan-year';

const h = actionHarness();
const PROJECT = '日盛达光伏玻璃生产线（二期）'; // leader zhang, cadre liu, liaison xu; approved in the demo
const DRAFT = '浙江矽盛电子单晶硅项目'; // 谋划: zhang, liu, sun; a draft plan
const REPORT_DAY = '2024-04-15'; // the demo's "today" in tests
const DUE_SOON = '点火/试运营'; // planned 2024-04-28, in progress: amber on the report's day
/** A re-dating inside the window every action accepts (a year ahead of the real today). */
const LATER = addDays(zoneDateOf(new Date()), 365);

const plan = async (projectId: number) =>
  h.db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.sortOrder));
const versions = async (projectId: number) =>
  h.db
    .select()
    .from(planVersions)
    .where(eq(planVersions.projectId, projectId))
    .orderBy(asc(planVersions.planYear), asc(planVersions.seq));
const projectRow = async (projectId: number) =>
  (await h.db.select().from(projects).where(eq(projects.id, projectId)))[0];

async function lightOf(projectId: number) {
  const viewer = await loadViewer(h.db, await sessionOf(h.db, 'duban'));
  if (!viewer) throw new Error('no viewer');
  const row = (await listProjects(h.db, viewer, {}, REPORT_DAY)).find((r) => r.id === projectId);
  if (!row) throw new Error('project not listed');
  return lightFromCounts(row);
}

/** The current plan as a proposal, changed by `edit`. */
async function proposal(projectId: number, edit: (p: ProposalInput) => void) {
  const p = await projectRow(projectId);
  const current = (await versions(projectId)).filter((v) => v.planYear === p?.planYear).at(-1);
  const input: ProposalInput = {
    projectId,
    baseVersionId: current?.id ?? 0,
    clientKey: randomUUID(),
    reason: '设备到货推迟',
    milestones: (await plan(projectId)).map((m) => ({ id: m.id, name: m.name, plannedOn: m.plannedOn })),
    figures: {
      annualPlannedInvestment: p?.annualPlannedInvestment ?? 0,
      plannedStartOn: p?.plannedStartOn ?? null,
      plannedFinishOn: p?.plannedFinishOn ?? null,
    },
  };
  edit(input);
  return input;
}
interface ProposalInput {
  projectId: number;
  baseVersionId: number;
  clientKey: string;
  reason: string;
  milestones: { id: number | null; name: string; plannedOn: string }[];
  figures: { annualPlannedInvestment: number; plannedStartOn: string | null; plannedFinishOn: string | null };
}

async function requestAndGet(who: string, input: ProposalInput) {
  const result = await h.run(requestPlanChangeAction, who, input);
  if (!result.ok) throw new Error(`request refused: ${result.message}`);
  return result.data;
}

describe('an approved plan holds for its officials', () => {
  it.each(['xu', 'liu', 'zhang'])(
    '%s cannot re-date or rename a milestone, by any input; nothing changes',
    async (who) => {
      const projectId = await h.projectId(PROJECT);
      const m = (await plan(projectId)).find((x) => x.name === DUE_SOON);
      const base = { milestoneId: m?.id, version: m?.version, status: 'in_progress', note: '' };
      await h.expectRefused(updateMilestoneAction, who, { ...base, plannedOn: '2025-12-31' }, 'forbidden');
      await h.expectRefused(updateMilestoneAction, who, { ...base, name: '改名' }, 'forbidden');
      // status, actual date and note still work
      const marked = await h.run(updateMilestoneAction, who, {
        ...base,
        plannedOn: m?.plannedOn,
        name: m?.name,
        status: 'done',
        actualOn: '2024-04-12',
        note: '点火成功',
      });
      expect(marked).toMatchObject({ ok: true, data: { status: 'done', plannedOn: m?.plannedOn } });
    },
  );

  it('the walkthrough: the liaison’s re-dating is refused and the light stays amber until a supervisor approves', async () => {
    const projectId = await h.projectId(PROJECT);
    expect(await lightOf(projectId)).toBe('yellow');
    const m = (await plan(projectId)).find((x) => x.name === DUE_SOON);
    const moved = { milestoneId: m?.id, version: m?.version, status: 'in_progress', plannedOn: '2025-12-31' };
    expect(await h.run(updateMilestoneAction, 'xu', moved)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await lightOf(projectId)).toBe('yellow');

    const request = await requestAndGet(
      'xu',
      await proposal(projectId, (p) => {
        const row = p.milestones.find((x) => x.id === m?.id);
        if (row) row.plannedOn = '2025-12-31';
      }),
    );
    expect(await lightOf(projectId)).toBe('yellow'); // a request is not a change
    const approved = await h.run(approvePlanChangeAction, 'duban', {
      requestId: request.id,
      version: request.version,
    });
    expect(approved.ok).toBe(true);
    // the milestones after it (投产 2024-06-30, 达效) are far off too: only now does the light turn green
    expect(await lightOf(projectId)).toBe('green');
  });
});

describe('plan change requests', () => {
  it('approval applies every part of the diff at once and adds one version; slippage and count follow', async () => {
    const projectId = await h.projectId(PROJECT);
    const before = await plan(projectId);
    const [first, second, third] = before;
    const input = await proposal(projectId, (p) => {
      p.milestones = [
        { id: second?.id ?? 0, name: '主体完工（含配套）', plannedOn: second?.plannedOn ?? '' },
        { id: first?.id ?? 0, name: first?.name ?? '', plannedOn: first?.plannedOn ?? '' },
        ...p.milestones.slice(3).map((m) => (m.name === DUE_SOON ? { ...m, plannedOn: '2024-05-20' } : m)),
        { id: null, name: '竣工验收', plannedOn: '2025-03-31' },
      ];
      p.figures.annualPlannedInvestment = 55_000;
    });
    const versionsBefore = await versions(projectId);
    const request = await requestAndGet('xu', input);
    // the supervisors heard of it
    const told = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'plan_change_requested'), eq(notifications.projectId, projectId)));
    expect(told.map((n) => n.userId)).toContain(await h.userId('duban'));

    const result = await h.run(approvePlanChangeAction, 'duban', {
      requestId: request.id,
      version: request.version,
      note: '同意，抓紧推进',
    });
    expect(result.ok).toBe(true);
    const after = await plan(projectId);
    expect(after.map((m) => [m.name, m.plannedOn])).toEqual(
      input.milestones.map((m) => [m.name, m.plannedOn]),
    );
    expect(after.some((m) => m.id === third?.id)).toBe(false); // removed
    expect((await projectRow(projectId))?.annualPlannedInvestment).toBe(55_000);
    const all = await versions(projectId);
    expect(all).toHaveLength(versionsBefore.length + 1);
    expect(all.slice(0, versionsBefore.length)).toEqual(versionsBefore); // earlier versions untouched
    expect(all.at(-1)).toMatchObject({
      kind: 'change',
      requestId: request.id,
      note: '同意，抓紧推进',
      seq: 2,
    });
    expect(all.at(-1)?.content.milestones.map((m) => m.name)).toEqual(after.map((m) => m.name));
    const [decided] = await h.db
      .select()
      .from(planChangeRequests)
      .where(eq(planChangeRequests.id, request.id));
    expect(decided).toMatchObject({ status: 'approved', decidedBy: await h.userId('duban') });
    const heard = await h.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, await h.userId('xu')), eq(notifications.kind, 'plan_change_approved')),
      );
    expect(heard).toHaveLength(1);

    // Slippage by an independent reading: each milestone's first approved date this year, from the versions.
    const year = (await projectRow(projectId))?.planYear;
    const firstApproved = new Map<number, string>();
    for (const v of all.filter((x) => x.planYear === year))
      for (const m of v.content.milestones)
        if (!firstApproved.has(m.id)) firstApproved.set(m.id, m.plannedOn);
    for (const m of after) {
      const expected = daysBetween(firstApproved.get(m.id) ?? m.plannedOn, m.plannedOn);
      expect(m.baselineOn === null ? 0 : daysBetween(m.baselineOn, m.plannedOn), m.name).toBe(expected);
    }
    const due = after.find((m) => m.name === DUE_SOON);
    expect(due?.baselineOn && daysBetween(due.baselineOn, due.plannedOn)).toBe(22);
  });

  it('rejection changes nothing of the plan; a reason is required', async () => {
    const projectId = await h.projectId(PROJECT);
    const input = await proposal(projectId, (p) => {
      const last = p.milestones.at(-1);
      if (last) last.plannedOn = '2026-06-30';
    });
    const request = await requestAndGet('liu', input);
    const planBefore = await plan(projectId);
    const versionsBefore = await versions(projectId);
    await h.expectRefused(
      rejectPlanChangeAction,
      'duban',
      { requestId: request.id, version: request.version },
      'invalid',
    );
    const result = await h.run(rejectPlanChangeAction, 'duban', {
      requestId: request.id,
      version: request.version,
      note: '理由不充分',
    });
    expect(result).toMatchObject({ ok: true, data: { status: 'rejected', decisionNote: '理由不充分' } });
    expect(await plan(projectId)).toEqual(planBefore);
    expect(await versions(projectId)).toEqual(versionsBefore);
    // decided: neither decision again
    await h.expectRefused(
      approvePlanChangeAction,
      'duban',
      { requestId: request.id, version: request.version + 1 },
      'conflict',
    );
  });

  it('a second open request, and one made against an older version, are conflicts', async () => {
    const projectId = await h.projectId(PROJECT);
    const redate = (p: ProposalInput) => {
      const last = p.milestones.at(-1);
      if (last) last.plannedOn = '2026-06-30';
    };
    const stale = await proposal(projectId, redate);
    await requestAndGet('xu', await proposal(projectId, redate));
    await h.expectRefused(requestPlanChangeAction, 'liu', await proposal(projectId, redate), 'conflict');

    // a supervisor's correction makes a new version; the open request (and any made on the old one) are stale
    const open = (
      await h.db.select().from(planChangeRequests).where(eq(planChangeRequests.status, 'open'))
    ).find((r) => r.projectId === projectId);
    expect(
      (
        await h.run(addMilestoneAction, 'duban', {
          projectId,
          clientKey: randomUUID(),
          name: '竣工',
          plannedOn: '2025-06-30',
        })
      ).ok,
    ).toBe(true);
    await h.expectRefused(
      approvePlanChangeAction,
      'duban',
      { requestId: open?.id, version: open?.version },
      'conflict',
    );
    await h.run(rejectPlanChangeAction, 'duban', {
      requestId: open?.id,
      version: open?.version,
      note: '已更正',
    });
    await h.expectRefused(requestPlanChangeAction, 'xu', { ...stale, clientKey: randomUUID() }, 'conflict');
  });

  it('an unchanged proposal, or one naming another project’s milestone, is refused as invalid', async () => {
    const projectId = await h.projectId(PROJECT);
    await h.expectRefused(requestPlanChangeAction, 'xu', await proposal(projectId, () => {}), 'invalid');
    const [foreign] = await plan(await h.projectId('华南智慧融创科技园'));
    const input = await proposal(projectId, (p) => {
      p.milestones.push({ id: foreign?.id ?? 0, name: 'x', plannedOn: '2024-09-01' });
    });
    await h.expectRefused(requestPlanChangeAction, 'xu', input, 'invalid');
  });

  it('a replayed request finds the one it made', async () => {
    const projectId = await h.projectId(PROJECT);
    const input = await proposal(projectId, (p) => {
      const last = p.milestones.at(-1);
      if (last) last.plannedOn = '2026-06-30';
    });
    const results = await Promise.all([1, 2, 3].map(() => h.run(requestPlanChangeAction, 'xu', input)));
    const ids = new Set(results.map((r) => (r.ok ? r.data.id : r.code)));
    expect([...ids].filter((x) => typeof x === 'number')).toHaveLength(1);
    expect((await h.audit()).filter((a) => a.action === 'plan.request_change')).toHaveLength(1);
  });
});

describe('approving a draft', () => {
  it('the supervisor approves; the officials then lose direct changes', async () => {
    const projectId = await h.projectId(DRAFT);
    expect(
      (
        await h.run(addMilestoneAction, 'liu', {
          projectId,
          clientKey: randomUUID(),
          name: '开工',
          plannedOn: '2024-09-30',
        })
      ).ok,
    ).toBe(true);
    const p = await projectRow(projectId);
    await h.expectRefused(approvePlanAction, 'liu', { projectId, version: p?.version }, 'forbidden');
    const result = await h.run(approvePlanAction, 'duban', { projectId, version: p?.version });
    expect(result).toMatchObject({ ok: true, data: { seq: 1 } });
    const [v] = await versions(projectId);
    expect(v?.content.milestones.map((m) => m.name)).toEqual((await plan(projectId)).map((m) => m.name));
    expect((await plan(projectId)).every((m) => m.baselineOn === m.plannedOn)).toBe(true);
    await h.expectRefused(
      addMilestoneAction,
      'liu',
      { projectId, clientKey: randomUUID(), name: '投产', plannedOn: '2025-09-30' },
      'forbidden',
    );
    // approving twice is a conflict
    await h.expectRefused(
      approvePlanAction,
      'duban',
      { projectId, version: (await projectRow(projectId))?.version },
      'conflict',
    );
  });
});

describe('the plan as the project page reads it', () => {
  it('holds the versions, the open request with its base, and the decided ones, in the project’s row', async () => {
    const viewer = await loadViewer(h.db, await sessionOf(h.db, 'duban'));
    if (!viewer) throw new Error('no viewer');
    const pending = await getProjectDetail(h.db, viewer, await h.projectId('振东10亿袋颗粒剂建设项目'));
    expect(pending?.plan.current).toMatchObject({ seq: 1, kind: 'approval', approverName: '督办员 郑某' });
    expect(pending?.plan.current?.approvedAt).toBeInstanceOf(Date);
    expect(pending?.plan.open).toMatchObject({ status: 'open', stale: false, requesterName: '马某' });
    expect(pending?.plan.open?.base?.id).toBe(pending?.plan.current?.id);
    const changed = await getProjectDetail(h.db, viewer, await h.projectId('华南智慧融创科技园'));
    expect(changed?.plan).toMatchObject({ changeCount: 1, open: null });
    expect(changed?.plan.decided).toMatchObject([{ status: 'approved', deciderName: '督办员 郑某' }]);
    expect(changed?.plan.versions.map((v) => v.seq)).toEqual([2, 1]);
  });
});

describe('approving what was seen', () => {
  it('a draft changed after the supervisor opened it is a conflict, not an approval of the new dates', async () => {
    const projectId = await h.projectId(DRAFT);
    const seen = await projectRow(projectId);
    const [m] = await plan(projectId);
    const redated = await h.run(updateMilestoneAction, 'liu', {
      milestoneId: m?.id,
      version: m?.version,
      status: m?.status,
      name: m?.name,
      plannedOn: LATER,
    });
    expect(redated.ok).toBe(true);
    await h.expectRefused(approvePlanAction, 'duban', { projectId, version: seen?.version }, 'conflict');
  });

  it('an annual plan above the total investment is refused in a request', async () => {
    const projectId = await h.projectId(PROJECT);
    const total = (await projectRow(projectId))?.totalInvestment ?? 0;
    const input = await proposal(projectId, (p) => {
      p.figures.annualPlannedInvestment = total + 1;
    });
    await h.expectRefused(requestPlanChangeAction, 'xu', input, 'invalid');
  });
});

describe('year rollover', () => {
  it('zone-wide: every project of the year moves on, those with a pending request wait', async () => {
    const all = await h.db
      .select()
      .from(projects)
      .where(eq(projects.zoneId, (await projectRow(await h.projectId(PROJECT)))?.zoneId ?? 0));
    const year = all[0]?.planYear ?? 0;
    const pending = await h.db.select().from(planChangeRequests).where(eq(planChangeRequests.status, 'open'));
    expect(pending).toHaveLength(2);
    const result = await h.run(openZonePlanYearAction, 'duban', { zoneId: all[0]?.zoneId, year: year + 1 });
    expect(result).toMatchObject({ ok: true, data: { opened: all.length - 2, waiting: 2 } });
    const after = await h.db
      .select()
      .from(projects)
      .where(eq(projects.zoneId, all[0]?.zoneId ?? 0));
    const stayed = new Set(pending.map((r) => r.projectId));
    for (const p of after) expect(p.planYear, p.name).toBe(stayed.has(p.id) ? year : year + 1);
    expect(await h.db.$count(projectYears)).toBe(all.length - 2);
  });

  it('keeps last year’s figures and versions; unfinished milestones are in the new year’s plan', async () => {
    const projectId = await h.projectId(PROJECT);
    const p = await projectRow(projectId);
    if (!p) throw new Error('no project');
    const oldVersions = await versions(projectId);
    const unfinished = (await plan(projectId)).filter((m) => m.status !== 'done');
    expect(unfinished.length).toBeGreaterThan(0);
    const result = await h.run(openPlanYearAction, 'duban', {
      projectId,
      version: p.version,
      year: p.planYear + 1,
      annualPlannedInvestment: 40_000,
    });
    expect(result.ok).toBe(true);
    const rolled = await projectRow(projectId);
    expect(rolled).toMatchObject({
      planYear: p.planYear + 1,
      annualPlannedInvestment: 40_000,
      completedInvestment: 0,
    });
    expect(await h.db.select().from(projectYears).where(eq(projectYears.projectId, projectId))).toMatchObject(
      [
        {
          year: p.planYear,
          annualPlannedInvestment: p.annualPlannedInvestment,
          completedInvestment: p.completedInvestment,
        },
      ],
    );
    expect(await versions(projectId)).toEqual(oldVersions);
    // the unfinished milestones carried over as they were, with no baseline until the new year's approval
    const carried = await plan(projectId);
    for (const m of unfinished)
      expect(carried.find((c) => c.id === m.id)).toMatchObject({
        name: m.name,
        plannedOn: m.plannedOn,
        baselineOn: null,
      });
    // the new year's plan waits for the supervisor, and its officials may not re-date it meanwhile
    const overdue = unfinished[0];
    await h.expectRefused(
      updateMilestoneAction,
      'xu',
      { milestoneId: overdue?.id, version: overdue?.version, status: 'in_progress', plannedOn: LATER },
      'forbidden',
    );
    await h.expectRefused(
      addMilestoneAction,
      'xu',
      { projectId, clientKey: randomUUID(), name: '达产验收', plannedOn: '2025-10-31' },
      'forbidden',
    );
    expect(
      (
        await h.run(addMilestoneAction, 'duban', {
          projectId,
          clientKey: randomUUID(),
          name: '达产验收',
          plannedOn: '2025-10-31',
        })
      ).ok,
    ).toBe(true);
    const approved = await h.run(approvePlanAction, 'duban', {
      projectId,
      version: (await projectRow(projectId))?.version,
    });
    expect(approved).toMatchObject({ ok: true, data: { seq: 1 } });
    const newYear = (await versions(projectId)).filter((v) => v.planYear === p.planYear + 1);
    expect(newYear).toHaveLength(1);
    expect(newYear[0]?.content.milestones.map((m) => m.id)).toEqual(
      expect.arrayContaining(unfinished.map((m) => m.id)),
    );
    // only the next year can be opened
    await h.expectRefused(
      openPlanYearAction,
      'duban',
      {
        projectId,
        version: (await projectRow(projectId))?.version,
        year: p.planYear + 3,
        annualPlannedInvestment: 1,
      },
      'invalid',
    );
  });
});
