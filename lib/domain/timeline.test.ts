import fc from 'fast-check';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/config';
import { messagesFor } from '@/lib/i18n/messages';
import type { PlanChange } from './plan';
import { type AuditChange, areaOf, describeChange, type People, peopleIn } from './timeline';
import { DESCRIBERS } from './timeline-lines';
import { entryText } from './timeline-text';

// A missing message or value throws here (next-intl would log it and show the key).
const strict = (locale: Locale) =>
  createTranslator({
    locale,
    messages: messagesFor(locale),
    onError: (error) => {
      throw error;
    },
  });
const zh = strict('zh-CN');
const en = strict('en');

/** The entry as the reader sees it: headline, then its lines. */
function say(change: AuditChange, locale: Locale = 'zh-CN', people: People = new Map()) {
  const { headline, details } = entryText(locale === 'zh-CN' ? zh : en, describeChange(change, people));
  return [headline, ...details].join(' / ');
}

const milestone = {
  id: 7,
  projectId: 1,
  name: '设备安装',
  plannedOn: '2024-03-31',
  status: 'in_progress',
  actualOn: null,
  note: '',
  version: 3,
};

describe('milestone lines', () => {
  it('a milestone marked done says when, against its planned date', () => {
    const change = {
      action: 'milestone.update',
      before: milestone,
      after: { ...milestone, status: 'done', actualOn: '2024-04-02' },
    };
    expect(say(change)).toBe('「设备安装」标记为已完成（计划 2024-03-31，实际 2024-04-02）');
    expect(say(change, 'en')).toBe('“设备安装” done on 2024-04-02 (planned 2024-03-31)');
    expect(describeChange(change).area).toBe('milestone');
  });

  it('another status names it; a re-plan, a new name, an actual date and a note are listed under it', () => {
    const started = { ...milestone, status: 'not_started' };
    expect(say({ action: 'milestone.update', before: started, after: milestone })).toBe(
      '「设备安装」标记为进行中',
    );
    expect(say({ action: 'milestone.update', before: started, after: milestone }, 'en')).toBe(
      '“设备安装” set to In progress',
    );
    const after = {
      ...milestone,
      name: '设备安装调试',
      plannedOn: '2024-05-31',
      actualOn: '2024-04-01',
      note: '等待到货',
    };
    expect(say({ action: 'milestone.update', before: milestone, after })).toBe(
      '更新了节点「设备安装调试」 / 名称「设备安装」→「设备安装调试」 / 「设备安装调试」2024-03-31 → 2024-05-31 / ' +
        '实际日期 — → 2024-04-01 / 备注：等待到货',
    );
  });

  it('added, removed, moved and made from the template', () => {
    expect(say({ action: 'milestone.add', before: null, after: milestone })).toBe(
      '新增节点「设备安装」，计划 2024-03-31',
    );
    expect(say({ action: 'milestone.remove', before: milestone, after: null }, 'en')).toBe(
      'Removed milestone “设备安装” (planned 2024-03-31)',
    );
    const moved = (from: unknown, to: unknown) => ({
      action: 'milestone.move',
      before: { sortOrder: from, swappedWith: 8 },
      after: { sortOrder: to },
      subject: '设备安装',
    });
    expect(say(moved(3, 2))).toBe('节点「设备安装」上移一位');
    expect(say(moved(2, 3), 'en')).toBe('Moved milestone “设备安装” down');
    expect(say(moved(undefined, 2))).toBe('调整了节点「设备安装」的顺序');
    const template = { action: 'milestone.apply_template', before: { milestones: [] } };
    expect(say({ ...template, after: { milestones: [milestone, milestone] } })).toBe('按模板生成了 2 个节点');
    expect(say({ ...template, after: { milestones: [milestone] } }, 'en')).toBe(
      'Created 1 milestone from the template',
    );
  });
});

describe('stage lines', () => {
  const project = {
    stage: 'under_construction',
    constructionOn: '2023-06-01',
    productionOn: null,
    version: 4,
  };
  it('a move forward gives both stages and the day reached; a correction both stages', () => {
    const after = { ...project, stage: 'in_production', productionOn: '2024-04-10', version: 5 };
    const advance = { action: 'project.advance_stage', before: project, after };
    expect(say(advance)).toBe('阶段推进：开工 → 投产（2024-04-10）');
    expect(say(advance, 'en')).toBe('Stage moved on: Under construction → In production (2024-04-10)');
    expect(describeChange(advance).area).toBe('stage');
    const correct = {
      action: 'project.correct_stage',
      before: after,
      after: { ...project, stage: 'signed' },
    };
    expect(say(correct)).toBe('阶段更正：投产 → 签约');
    const why = { ...correct, after: { ...correct.after, reason: '误报投产' } };
    expect(say(why)).toBe('阶段更正：投产 → 签约 / 原因：误报投产');
  });
});

describe('plan lines', () => {
  it('a change request lists what it asks for, item by item, and why', () => {
    const changes: PlanChange[] = [
      { kind: 'redate', id: 3, name: '投产', from: '2024-04-10', to: '2024-05-31' },
      { kind: 'rename', id: 2, from: '主体封顶', to: '主体结构封顶' },
      { kind: 'add', name: '试生产', plannedOn: '2024-06-15' },
      { kind: 'remove', id: 4, name: '验收', plannedOn: '2024-09-30' },
      { kind: 'reorder' },
      { kind: 'figure', field: 'annualPlannedInvestment', from: 5000, to: 6000 },
      { kind: 'figure', field: 'plannedFinishOn', from: null, to: '2024-12-31' },
    ];
    const change = {
      action: 'plan.request_change',
      before: null,
      after: { reason: 'GMP认证推迟', changes: [...changes, { kind: 'teleport' }] },
    };
    expect(say(change)).toBe(
      '提出计划调整申请 / 「投产」2024-04-10 → 2024-05-31 / 名称「主体封顶」→「主体结构封顶」 / ' +
        '新增「试生产」，计划 2024-06-15 / 删除「验收」（原计划 2024-09-30） / 调整节点顺序 / ' +
        '年度计划投资：5,000 万元 → 6,000 万元 / 计划竣工：— → 2024-12-31 / 原因：GMP认证推迟',
    );
    expect(say(change, 'en')).toContain('“投产” 2024-04-10 → 2024-05-31');
    expect(say(change, 'en')).toContain(
      'Annual planned investment: 5,000 × 10,000 yuan → 6,000 × 10,000 yuan',
    );
  });

  it('approval, decisions with their comment, and a new plan year', () => {
    const version = { planYear: 2024, seq: 1, kind: 'approval', content: { milestones: [milestone] } };
    expect(say({ action: 'plan.approve', before: null, after: version })).toBe(
      '确认了 2024 年度计划（第 1 版，1 个节点）',
    );
    const decision = { status: 'approved', note: '同意', planVersionId: 9 };
    expect(say({ action: 'plan.approve_change', before: { status: 'open' }, after: decision })).toBe(
      '批准了计划调整 / 意见：同意',
    );
    expect(
      say({ action: 'plan.reject_change', before: null, after: { status: 'rejected', note: '' } }, 'en'),
    ).toBe('Rejected the plan change');
    const year = { planYear: 2025, annualPlannedInvestment: 1200, completedInvestment: 0 };
    expect(say({ action: 'plan.open_zone_year', before: null, after: year })).toBe(
      '开启 2025 年度计划，年度计划投资 1,200 万元',
    );
    expect(say({ action: 'plan.open_year', before: null, after: year }, 'en')).toContain('2025 plan year');
  });
});

describe('project lines', () => {
  it('creation names the project and its stage', () => {
    const after = { name: '新项目', stage: 'signed', enterprise: '某公司' };
    expect(say({ action: 'project.create', before: null, after })).toBe('创建项目「新项目」（签约）');
  });

  it('an edit lists the facts it changed', () => {
    const before = {
      name: '甲',
      enterpriseId: 1,
      parkId: 1,
      kind: 'new',
      totalInvestment: 100,
      contactPerson: '',
      summary: 'a',
      plannedStartOn: '2024-01-01',
    };
    const after = {
      ...before,
      enterpriseId: 2,
      enterprise: '乙公司',
      parkId: 2,
      kind: 'continuing',
      totalInvestment: 150,
      contactPerson: '王经理',
      summary: 'b',
    };
    expect(say({ action: 'project.edit', before, after })).toBe(
      '修改了项目信息 / 建设性质：新建 → 续建 / 总投资：100 万元 → 150 万元 / 企业联系人：— → 王经理 / ' +
        '建设单位改为 乙公司 / 修改了园区 / 修改了项目简介',
    );
  });
});

describe('contacts lines', () => {
  const people: People = new Map([
    [11, '徐某'],
    [12, '林某'],
  ]);
  const assignment = { id: 5, projectId: 1, userId: 12, role: 'liaison', since: '2024-04-15', until: null };

  it('names the new holder, and the one replaced', () => {
    const replaced = { ...assignment, id: 4, userId: 11, since: '2023-01-01', until: '2024-04-15' };
    const change = { action: 'assignment.assign', before: replaced, after: assignment };
    expect(say(change, 'zh-CN', people)).toBe('常驻联络由 徐某 更换为 林某（2024-04-15 起）');
    expect(say(change, 'en', people)).toBe('Liaison: 徐某 replaced by 林某 (from 2024-04-15)');
    expect(say({ ...change, before: null }, 'zh-CN', people)).toBe('常驻联络：林某（2024-04-15 起）');
    expect(peopleIn(change).sort()).toEqual([11, 12]);
    expect(describeChange(change).area).toBe('contacts');
  });

  it('an ended assignment; a person not looked up shows as unknown', () => {
    const ended = { ...assignment, until: '2024-05-01' };
    expect(say({ action: 'assignment.end', before: assignment, after: ended }, 'zh-CN', people)).toBe(
      '林某 不再担任常驻联络（2024-05-01 止）',
    );
    expect(say({ action: 'assignment.end', before: assignment, after: ended })).toBe(
      '— 不再担任常驻联络（2024-05-01 止）',
    );
  });
});

describe('progress and blocker lines', () => {
  const report = { weekStart: '2024-04-15', progress: '点火成功，进入试运营。', investment: 320 };
  it('a weekly report says which week and what was invested', () => {
    expect(say({ action: 'progress.file', before: null, after: report })).toBe(
      '填报了2024年第16周进展，本周完成投资 320 万元 / 进展：点火成功，进入试运营。',
    );
    expect(say({ action: 'progress.file', before: report, after: report }, 'en')).toContain(
      'Edited the report for week 16 of 2024',
    );
  });

  it('each move of a blocker names it; a comment row without the title takes the blocker’s', () => {
    const blocker = { id: 3, title: '用地指标不足', status: 'open' };
    const after = { ...blocker, status: 'assigned', responsibleUnit: '自然资源局', deadline: '2024-05-01' };
    expect(say({ action: 'blocker.raise', before: null, after: blocker })).toBe('提出问题「用地指标不足」');
    expect(say({ action: 'blocker.assign', before: blocker, after })).toBe(
      '交办问题「用地指标不足」：责任单位 自然资源局，期限 2024-05-01',
    );
    expect(say({ action: 'blocker.resolve', before: after, after: { ...after, resolution: '已协调' } })).toBe(
      '问题「用地指标不足」已解决 / 解决情况：已协调',
    );
    for (const move of ['close', 'reopen', 'escalate', 'deescalate'])
      expect(say({ action: `blocker.${move}`, before: blocker, after: blocker }, 'en')).toContain(
        '“用地指标不足”',
      );
    const comment = {
      action: 'blocker.comment',
      before: null,
      after: { comment: '请加快' },
      subject: '用地指标不足',
    };
    expect(say(comment)).toBe('就问题「用地指标不足」留言 / 留言：请加快');
    const reopened = {
      action: 'blocker.reopen',
      before: blocker,
      after: { ...blocker, comment: '仍未供地' },
    };
    expect(say(reopened)).toContain(' / 留言：仍未供地');
  });
});

describe('rows the timeline does not know', () => {
  it('an unknown action gets a generic line and no area', () => {
    const change = { action: 'report_week.close', before: null, after: null };
    expect(say(change)).toBe('其他变更（report_week.close）');
    expect(describeChange(change).area).toBeNull();
    expect(describeChange({ action: 'toString', before: null, after: null }).key).toBe('timeline.unknown');
  });

  it('a code the catalogue lacks is shown as recorded', () => {
    const after = { ...milestone, status: 'paused' };
    expect(say({ action: 'milestone.update', before: milestone, after })).toBe('「设备安装」标记为paused');
  });

  it('any JSON at all, for every known action, gives a line in both languages without a raw placeholder', () => {
    // Rows shaped like the real ones, with any value (or none) in any field, and rows of any shape at all.
    const fields = ['name', 'plannedOn', 'status', 'actualOn', 'note', 'sortOrder', 'milestones', 'stage'];
    fields.push('productionOn', 'userId', 'role', 'since', 'until', 'weekStart', 'investment', 'progress');
    fields.push(
      'title',
      'responsibleUnit',
      'deadline',
      'resolution',
      'comment',
      'planYear',
      'seq',
      'content',
    );
    fields.push(
      'changes',
      'reason',
      'annualPlannedInvestment',
      'enterpriseId',
      'enterprise',
      'kind',
      'summary',
    );
    const value = fc.oneof(
      fc.constantFrom('2024-04-15', '2024-02-30', 'done', 'in_production', 'liaison', 'redate', 'figure'),
      fc.string().filter((v) => !/[{}]/.test(v)),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.dictionary(fc.constantFrom('kind', 'field', 'from', 'to', 'name'), fc.string())),
    );
    const row = fc.oneof(fc.dictionary(fc.constantFrom(...fields), value), fc.jsonValue());
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(DESCRIBERS)), row, row, (action, before, after) => {
        for (const locale of ['zh-CN', 'en'] as const)
          expect(say({ action, before, after }, locale, new Map([[1, '某']]))).not.toMatch(/[{}]/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('areas', () => {
  it('stage moves have their own; other project actions are the project’s', () => {
    expect(areaOf('project.correct_stage')).toBe('stage');
    expect(areaOf('project.edit')).toBe('project');
    expect(areaOf('assignment.end')).toBe('contacts');
    expect(areaOf('plan.open_zone_year')).toBe('plan');
    expect(areaOf('user.create')).toBeNull();
  });
});
