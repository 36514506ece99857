import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { projects } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { MATRIX, PROJECT, ROLES, type Role } from '@/lib/testing/authorization-matrix';
import type { ActionResult } from './result';

// The rules every action input obeys, whichever action it is: dates inside the window (2000-01-01 … today + 2
// years), whole numbers only from a number or ASCII digits, no control characters in text, money that adds up.
// Each case takes the authorization matrix's input for an allowed person (which succeeds as it is: the matrix
// test shows it) and spoils one field; the refusal names that field and the database does not change.

const h = actionHarness();

const cell = (name: string) => {
  const found = MATRIX[name];
  if (!found) throw new Error(`no matrix cell ${name}`);
  return found;
};

async function inputOf(name: string, role: Role, override: Record<string, unknown>) {
  return { ...(await cell(name).input(h.db, role)), ...override };
}

/** Refused as invalid, nothing written, and the field errors name exactly `fields`; returns them. */
async function refusedOn(name: string, role: Role, override: Record<string, unknown>, fields: string[]) {
  const result = (await h.expectRefused(
    cell(name).action,
    ROLES[role],
    await inputOf(name, role, override),
    'invalid',
  )) as Extract<ActionResult<unknown>, { ok: false }>;
  expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([...fields].sort());
  return result.fieldErrors ?? {};
}

const DATE_RANGE = '日期须在2000年1月1日至两年后的今天之间';
const CONTROL = '含有不可见的控制字符，请删除后重试';

describe('dates outside the window are refused by every action that stores one', () => {
  it.each([
    ['fileProgress', 'liaison', { weekStart: '0001-01-01' }, 'weekStart'],
    ['fileProgress', 'liaison', { weekStart: '1000-01-06' }, 'weekStart'],
    ['fileProgress', 'liaison', { weekStart: '1999-12-27' }, 'weekStart'],
    ['updateMilestone', 'supervisor', { plannedOn: '0001-01-01' }, 'plannedOn'],
    ['updateMilestone', 'supervisor', { status: 'done', actualOn: '0001-01-01' }, 'actualOn'],
    ['addMilestone', 'supervisor', { plannedOn: '9999-12-31' }, 'plannedOn'],
    ['createProject', 'admin', { stageOn: '0001-01-01' }, 'stageOn'],
    ['createProject', 'admin', { plannedStartOn: '1999-12-31' }, 'plannedStartOn'],
    ['createProject', 'admin', { plannedFinishOn: '9999-12-31' }, 'plannedFinishOn'],
    ['editProject', 'admin', { plannedFinishOn: '9999-12-31' }, 'plannedFinishOn'],
    ['advanceStage', 'leader', { reachedOn: '0001-01-01' }, 'reachedOn'],
    ['createRound', 'supervisor', { heldOn: '0001-01-01' }, 'heldOn'],
    ['assignContact', 'supervisor', { since: '0001-01-01' }, 'since'],
    ['endAssignment', 'supervisor', { until: '0001-01-01' }, 'until'],
    ['raiseBlocker', 'liaison', { neededBy: '9999-12-31' }, 'neededBy'],
    ['assignBlocker', 'supervisor', { deadline: '9999-12-31' }, 'deadline'],
    ['closeReportWeek', 'supervisor', { weekStart: '0001-01-01' }, 'weekStart'],
    ['reopenReportWeek', 'supervisor', { weekStart: '0001-01-01' }, 'weekStart'],
  ] as const)('%s as %s: %o', async (name, role, override, field) => {
    const errors = await refusedOn(name, role, override, [field]);
    expect(errors[field]).toEqual([DATE_RANGE]);
  });

  it('a plan change request with a milestone in year 1', async () => {
    const input = await inputOf('requestPlanChange', 'liaison', {});
    const milestones = input.milestones as { plannedOn: string }[];
    const spoiled = milestones.map((m, i) => (i === 1 ? { ...m, plannedOn: '0001-01-01' } : m));
    await refusedOn('requestPlanChange', 'liaison', { milestones: spoiled }, ['milestones.1.plannedOn']);
  });
});

describe('numbers come only as numbers or ASCII digits', () => {
  it.each(['', null, true, [5], '0x10', '1e3', '1.5', '-0', '１２'])(
    'the weekly investment refuses %j',
    async (investment) => {
      await refusedOn('fileProgress', 'liaison', { investment }, ['investment']);
    },
  );

  it.each([true, [5], '0x10', '1e3', ''])(
    'a project’s total investment refuses %j',
    async (totalInvestment) => {
      // annual and completed are 10 and 0 in the matrix's input: no second error from the cross-field rules
      await refusedOn('createProject', 'admin', { totalInvestment }, ['totalInvestment']);
    },
  );

  it.each([true, [1], '0x1', '1e0', ' ', 0])('ids and versions refuse %j', async (bad) => {
    await refusedOn('updateMilestone', 'liaison', { milestoneId: bad, version: bad }, [
      'milestoneId',
      'version',
    ]);
  });

  it('digits with spaces around them, as FormData brings them, are taken', async () => {
    const input = await inputOf('fileProgress', 'liaison', {});
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...input, investment: ' 320 ' })) form.set(k, String(v));
    const result = await h.run(cell('fileProgress').action, 'xu', form);
    expect(result).toMatchObject({ ok: true, data: { investment: 320 } });
  });
});

describe('money adds up', () => {
  it('a new project’s completed investment cannot exceed its total', async () => {
    const errors = await refusedOn(
      'createProject',
      'admin',
      { totalInvestment: 100, annualPlannedInvestment: 10, completedInvestment: 1000 },
      ['completedInvestment'],
    );
    expect(errors.completedInvestment).toEqual(['不能超过总投资']);
  });

  it('nor its annual plan', async () => {
    await refusedOn('createProject', 'admin', { totalInvestment: 100, annualPlannedInvestment: 101 }, [
      'annualPlannedInvestment',
    ]);
  });

  it('an edit cannot lower the total below what is already completed', async () => {
    // the demo project: total 200 000, completed 14 200 before the weekly reports
    const errors = await refusedOn(
      'editProject',
      'admin',
      { totalInvestment: 10_000, annualPlannedInvestment: 5_000 },
      ['totalInvestment'],
    );
    expect(errors.totalInvestment).toEqual(['总投资不能少于已完成投资']);
  });

  it('a request whose annual plan the total no longer covers cannot be approved', async () => {
    const request = await inputOf('requestPlanChange', 'liaison', {});
    const figures = request.figures as { annualPlannedInvestment: number };
    const asked = await h.run(cell('requestPlanChange').action, 'xu', {
      ...request,
      figures: { ...figures, annualPlannedInvestment: 150_000 },
    });
    if (!asked.ok) throw new Error(asked.message);
    // the total is lowered afterwards, still above the approved annual plan (60 000): no new plan version
    const edit = await inputOf('editProject', 'admin', { totalInvestment: 100_000 });
    expect((await h.run(cell('editProject').action, 'admin', edit)).ok).toBe(true);
    const { id, version } = asked.data as { id: number; version: number };
    const refused = await h.expectRefused(
      cell('approvePlanChange').action,
      'duban',
      { requestId: id, version, note: '' },
      'conflict',
    );
    expect(refused).toMatchObject({ message: '申请的年度计划投资已超过项目现在的总投资：请驳回后重新申请' });
    const [project] = await h.db.select().from(projects).where(eq(projects.name, PROJECT));
    expect(project?.annualPlannedInvestment).toBe(60_000);
  });
});

describe('control characters in text', () => {
  it.each([
    ['fileProgress', 'liaison', { progress: '点火\u0000成功' }, 'progress'],
    ['fileProgress', 'liaison', { nextPlan: '\u001b[31m' }, 'nextPlan'],
    ['createProject', 'admin', { name: '项目\u0000' }, 'name'],
    ['createProject', 'admin', { enterprise: '企业\u0007' }, 'enterprise'],
    ['raiseBlocker', 'liaison', { title: '用地\n指标' }, 'title'],
    ['raiseBlocker', 'liaison', { description: '说明\u0000' }, 'description'],
    ['createRound', 'supervisor', { name: '第二轮\u007f' }, 'name'],
    ['correctStage', 'supervisor', { reason: '更正\u0000' }, 'reason'],
  ] as const)('%s as %s: %o', async (name, role, override, field) => {
    const errors = await refusedOn(name, role, override, [field]);
    expect(errors[field]).toEqual([CONTROL]);
  });

  it('a multi-line field keeps its line breaks and tabs', async () => {
    const input = await inputOf('fileProgress', 'liaison', { progress: '一、主体封顶\r\n二、\t设备进场' });
    const result = await h.run(cell('fileProgress').action, 'xu', input);
    expect(result).toMatchObject({ ok: true, data: { progress: '一、主体封顶\r\n二、\t设备进场' } });
  });
});

describe('closing a week', () => {
  it.each(['supervisor', 'citySupervisor'] as const)(
    'of a zone that does not exist is not found (%s)',
    async (role) => {
      await h.expectRefused(
        cell('closeReportWeek').action,
        ROLES[role],
        await inputOf('closeReportWeek', role, { zoneId: 999_999 }),
        'not_found',
      );
      await h.expectRefused(
        cell('reopenReportWeek').action,
        ROLES[role],
        await inputOf('reopenReportWeek', role, { zoneId: 999_999 }),
        'not_found',
      );
    },
  );
});
