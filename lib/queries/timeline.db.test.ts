import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { milestones, projects } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { assignContactAction } from '@/lib/actions/assignment';
import { assignBlockerAction } from '@/lib/actions/blocker-moves';
import { raiseBlockerAction } from '@/lib/actions/blocker-raise';
import type { Action } from '@/lib/actions/define-action';
import { updateMilestoneAction } from '@/lib/actions/milestone-update';
import { approvePlanChangeAction, requestPlanChangeAction } from '@/lib/actions/plan-request';
import { fileProgressAction } from '@/lib/actions/progress';
import { advanceStageAction } from '@/lib/actions/stage';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { addDays, zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { entryText } from '@/lib/domain/timeline-text';
import { translatorFor } from '@/lib/i18n/messages';
import { currentPlanVersionId } from './plan-state';
import { type FeedFilter, projectTimeline, type TimelineItem, zoneFeed } from './timeline';

const h = actionHarness();
const PROJECT = '日盛达光伏玻璃生产线（二期）'; // leader zhang, cadre liu, liaison xu; plan approved
const today = () => zoneDateOf(new Date());
const week = () => reportWeekOf(new Date());

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
}

async function ok<Out>(action: Action<Out>, username: string, input: unknown): Promise<Out> {
  const result = await h.run(action, username, input);
  if (!result.ok) throw new Error(`${action.name} by ${username}: ${result.message}`);
  return result.data;
}

async function milestoneNamed(projectId: number, name: string) {
  const [m] = await h.db
    .select()
    .from(milestones)
    .where(and(eq(milestones.projectId, projectId), eq(milestones.name, name)));
  if (!m) throw new Error(name);
  return m;
}

/**
 * A week on the project through the real actions, one person after another: the liaison marks a milestone
 * done, the leader moves the stage on, the liaison asks for a later 投产 and the supervisor approves it, the
 * cadre files the week and raises a blocker, the supervisor assigns it and replaces the liaison.
 */
async function aWeekOfWork() {
  const projectId = await h.projectId(PROJECT);
  const ignition = await milestoneNamed(projectId, '点火/试运营');
  await ok(updateMilestoneAction, 'xu', {
    milestoneId: ignition.id,
    version: ignition.version,
    status: 'done',
    actualOn: '2024-04-20',
  });
  const project = async () => {
    const [row] = await h.db
      .select({ project: projects, planVersionId: currentPlanVersionId })
      .from(projects)
      .where(eq(projects.id, projectId));
    if (!row) throw new Error('project');
    return row;
  };
  await ok(advanceStageAction, 'zhang', {
    projectId,
    version: (await project()).project.version,
    to: 'in_production',
    reachedOn: '2024-04-10',
  });
  const production = await milestoneNamed(projectId, '投产');
  const { project: p, planVersionId } = await project();
  const plan = await h.db
    .select({ id: milestones.id, name: milestones.name, plannedOn: milestones.plannedOn })
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.sortOrder));
  const request = await ok(requestPlanChangeAction, 'xu', {
    projectId,
    baseVersionId: planVersionId,
    clientKey: randomUUID(),
    reason: '窑炉点火推迟，投产顺延一个月',
    milestones: plan.map((m) => (m.id === production.id ? { ...m, plannedOn: '2024-07-31' } : m)),
    figures: {
      annualPlannedInvestment: p.annualPlannedInvestment,
      plannedStartOn: p.plannedStartOn,
      plannedFinishOn: p.plannedFinishOn,
    },
  });
  await ok(approvePlanChangeAction, 'duban', {
    requestId: request.id,
    version: request.version,
    note: '同意',
  });
  await ok(fileProgressAction, 'liu', {
    projectId,
    weekStart: week().start,
    version: '',
    progress: '窑炉烘烤中，准备点火。',
    investment: 320,
  });
  const blocker = await ok(raiseBlockerAction, 'liu', {
    projectId,
    clientKey: randomUUID(),
    title: '电力增容审批滞后',
    category: 'utilities',
  });
  const deadline = addDays(today(), 14);
  await ok(assignBlockerAction, 'duban', {
    blockerId: blocker.id,
    version: blocker.version,
    responsibleUnit: '供电公司',
    deadline,
  });
  await ok(assignContactAction, 'duban', {
    projectId,
    role: 'liaison',
    userId: await h.userId('lin'),
    currentUserId: await h.userId('xu'),
    since: today(),
  });
  return { projectId, plannedProduction: production.plannedOn, ignition, deadline };
}

/** The entry in each language, its headline and lines in one string. */
function words(item: TimelineItem | undefined) {
  if (!item) throw new Error('no entry');
  const say = (locale: 'zh-CN' | 'en') => {
    const { headline, details } = entryText(translatorFor(locale), item.entry);
    return [headline, ...details].join(' / ');
  };
  return { zh: say('zh-CN'), en: say('en') };
}

describe('the project timeline', () => {
  it('holds each change of the week, newest first, by whom, in words in both languages', async () => {
    const work = await aWeekOfWork();
    const { entries, total } = await projectTimeline(h.db, await viewer('duban'), work.projectId, {
      page: 1,
    });
    expect(entries.map((e) => [e.entry.key, e.actorName])).toEqual([
      ['timeline.contacts.replaced', '督办员 郑某'],
      ['timeline.blocker.assigned', '督办员 郑某'],
      ['timeline.blocker.raised', '刘某'],
      ['timeline.progress.filed', '刘某'],
      ['timeline.plan.changeApproved', '督办员 郑某'],
      ['timeline.plan.requested', '徐某'],
      ['timeline.stage.advanced', '张某'],
      ['timeline.milestone.done', '徐某'],
      // the seed's approval of the year's plan
      ['timeline.plan.approved', '督办员 郑某'],
    ]);
    expect(total).toBe(entries.length);
    expect(entries.every((e) => e.projectName === PROJECT)).toBe(true);
    const at = entries.map((e) => e.at.getTime());
    expect(at).toEqual([...at].sort((a, b) => b - a));

    const [contact, assigned, raised, filed, approved, requested, stage, done] = entries.map(words);
    expect(contact?.zh).toBe(`常驻联络由 徐某 更换为 林某（${today()} 起）`);
    expect(contact?.en).toBe(`Liaison: 徐某 replaced by 林某 (from ${today()})`);
    expect(assigned?.zh).toBe(`交办问题「电力增容审批滞后」：责任单位 供电公司，期限 ${work.deadline}`);
    expect(assigned?.en).toBe(`Assigned “电力增容审批滞后” to 供电公司, due ${work.deadline}`);
    expect(raised?.zh).toBe('提出问题「电力增容审批滞后」');
    expect(raised?.en).toBe('Raised the problem “电力增容审批滞后”');
    const { year, number } = week();
    expect(filed?.zh).toBe(
      `填报了${year}年第${number}周进展，本周完成投资 320 万元 / 进展：窑炉烘烤中，准备点火。`,
    );
    expect(filed?.en).toContain(`week ${number} of ${year}: 320 × 10,000 yuan invested this week`);
    expect(approved?.zh).toBe('批准了计划调整 / 意见：同意');
    expect(approved?.en).toBe('Approved the plan change / Comment: 同意');
    const redated = `${work.plannedProduction} → 2024-07-31`;
    expect(requested?.zh).toBe(`提出计划调整申请 / 「投产」${redated} / 原因：窑炉点火推迟，投产顺延一个月`);
    expect(requested?.en).toBe(
      `Asked for a plan change / “投产” ${redated} / Reason: 窑炉点火推迟，投产顺延一个月`,
    );
    expect(stage?.zh).toBe('阶段推进：开工 → 投产（2024-04-10）');
    expect(stage?.en).toBe('Stage moved on: Under construction → In production (2024-04-10)');
    const planned = work.ignition.plannedOn;
    expect(done?.zh).toBe(`「点火/试运营」标记为已完成（计划 ${planned}，实际 2024-04-20）`);
    expect(done?.en).toBe(`“点火/试运营” done on 2024-04-20 (planned ${planned})`);
  });

  it('reads the same for anyone who reaches the zone, and nothing for another zone’s supervisor', async () => {
    const { projectId } = await aWeekOfWork();
    const ofZone = await projectTimeline(h.db, await viewer('duban'), projectId, { page: 1 });
    for (const who of ['shangwu', 'ma', 'chakan'])
      expect(await projectTimeline(h.db, await viewer(who), projectId, { page: 1 })).toEqual(ofZone);
    expect(await projectTimeline(h.db, await viewer('gaoxin'), projectId, { page: 1 })).toEqual({
      total: 0,
      entries: [],
    });
  });
});

describe('the zone feed', () => {
  const feed = async (filter: FeedFilter, who = 'duban', page = 1) =>
    zoneFeed(h.db, await viewer(who), filter, { page });
  const keys = (page: { entries: TimelineItem[] }) => page.entries.map((e) => e.entry.key);

  it('shows another zone’s supervisor none of the zone’s changes', async () => {
    const { projectId } = await aWeekOfWork();
    expect((await feed({}, 'gaoxin')).entries.filter((e) => e.projectId === projectId)).toEqual([]);
    expect(await feed({ projectId }, 'gaoxin')).toEqual({ total: 0, entries: [] });
    expect((await feed({}, 'shangwu')).total).toBe((await feed({})).total);
  });

  it('narrows by project, person, area and days', async () => {
    const { projectId } = await aWeekOfWork();
    const everything = await feed({});
    expect(everything.entries.slice(0, 8).every((e) => e.projectId === projectId)).toBe(true);
    expect(everything.total).toBeGreaterThan(20); // the seed's plan approvals of the other projects

    const ofProject = await feed({ projectId });
    expect(ofProject).toEqual(await projectTimeline(h.db, await viewer('duban'), projectId, { page: 1 }));

    const xu = await h.userId('xu');
    expect(keys(await feed({ projectId, actorId: xu }))).toEqual([
      'timeline.plan.requested',
      'timeline.milestone.done',
    ]);
    expect((await feed({ actorId: xu })).entries.every((e) => e.actorName === '徐某')).toBe(true);

    expect(keys(await feed({ projectId, area: 'blocker' }))).toEqual([
      'timeline.blocker.assigned',
      'timeline.blocker.raised',
    ]);
    expect(keys(await feed({ projectId, area: 'plan' }))).toEqual([
      'timeline.plan.changeApproved',
      'timeline.plan.requested',
      'timeline.plan.approved',
    ]);
    expect(keys(await feed({ area: 'stage' }))).toEqual(['timeline.stage.advanced']);
    expect(keys(await feed({ area: 'contacts' }))).toEqual(['timeline.contacts.replaced']);
    expect(keys(await feed({ area: 'progress' }))).toEqual(['timeline.progress.filed']);
    expect(keys(await feed({ area: 'milestone' }))).toEqual(['timeline.milestone.done']);
    // A stage move is a project action, but not one of the project's facts.
    expect(await feed({ projectId, area: 'project' })).toEqual({ total: 0, entries: [] });

    // Days on the zone's clock: today's changes are this week's work; the seed's history is in 2024.
    expect((await feed({ projectId, from: today(), to: today() })).total).toBe(8);
    expect(keys(await feed({ projectId, to: addDays(today(), -1) }))).toEqual(['timeline.plan.approved']);
    expect((await feed({ from: addDays(today(), 1) })).total).toBe(0);
  });

  it('pages by 20, newest first, with the number of all that match', async () => {
    const first = await feed({});
    const second = await feed({}, 'duban', 2);
    expect(first.entries).toHaveLength(20);
    expect(second.total).toBe(first.total);
    expect(first.total).toBeGreaterThan(20);
    expect(second.entries).toHaveLength(Math.min(20, first.total - 20));
    const all = [...first.entries, ...second.entries];
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const at = all.map((e) => e.at.getTime());
    expect(at).toEqual([...at].sort((a, b) => b - a));
  });
});
