import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import {
  attachmentBlobs,
  attachments,
  blockers,
  campaignEntries,
  campaignRounds,
  indicatorDefinitions,
  indicatorFilings,
  indicatorQuarters,
  milestones,
  notifications,
  notifyChannels,
  outbox,
  parks,
  planChangeRequests,
  projectAssignments,
  projects,
  reportChases,
  reportWeeks,
  supervisionNotices,
  users,
  zoneReminders,
  zones,
} from '@/db/schema';
import type { Db } from '@/db/types';
import { assignContactAction, endAssignmentAction } from '@/lib/actions/assignment';
import { removeAttachmentAction } from '@/lib/actions/attachment-remove';
import * as moves from '@/lib/actions/blocker-moves';
import { raiseBlockerAction } from '@/lib/actions/blocker-raise';
import { addEntriesAction, createRoundAction, removeEntryAction } from '@/lib/actions/campaign';
import { addChannelAction, addEmailChannelAction, testChannelAction } from '@/lib/actions/channel';
import { resendFailedAction, setChannelEnabledAction } from '@/lib/actions/channel-state';
import type { Action } from '@/lib/actions/define-action';
import { saveIndicatorDefinitionAction } from '@/lib/actions/indicator-definition';
import { fileIndicatorsAction } from '@/lib/actions/indicator-filing';
import { setQuarterLockAction, setReferenceRatesAction } from '@/lib/actions/indicator-quarter';
import { addMilestoneAction, applyMilestoneTemplateAction } from '@/lib/actions/milestone-add';
import { moveMilestoneAction, removeMilestoneAction } from '@/lib/actions/milestone-order';
import { updateMilestoneAction } from '@/lib/actions/milestone-update';
import { updateNoticeSettingsAction } from '@/lib/actions/notice-settings';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/lib/actions/notification-read';
import { approvePlanAction } from '@/lib/actions/plan-approve';
import {
  approvePlanChangeAction,
  rejectPlanChangeAction,
  requestPlanChangeAction,
} from '@/lib/actions/plan-request';
import { openPlanYearAction, openZonePlanYearAction } from '@/lib/actions/plan-year';
import { updateProfileAction } from '@/lib/actions/profile';
import { fileProgressAction } from '@/lib/actions/progress';
import { createProjectAction } from '@/lib/actions/project-create';
import { editProjectAction } from '@/lib/actions/project-edit';
import { updateReminderSettingsAction } from '@/lib/actions/reminder-settings';
import { chaseReportsAction } from '@/lib/actions/report-chase';
import { closeReportWeekAction, reopenReportWeekAction } from '@/lib/actions/report-week';
import { advanceStageAction, correctStageAction } from '@/lib/actions/stage';
import { issueNoticeAction } from '@/lib/actions/supervision-issue';
import { acceptNoticeAction, replyNoticeAction, returnNoticeAction } from '@/lib/actions/supervision-moves';
import { createUserAction, resetPasswordAction, setUserDisabledAction } from '@/lib/actions/users';
import { addDays, zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { currentPlanVersionId } from '@/lib/queries/plan-state';

// The authorization matrix: every server action × every kind of person, with an input for each built on the
// database as it is. Two tests read it: one calls each action in process (allowed cells must succeed), one
// POSTs each refused cell to the running app as a forged request would.

export const ROLES = {
  admin: 'admin',
  supervisor: 'duban',
  otherZoneSupervisor: 'gaoxin',
  citySupervisor: 'shangwu',
  cityAdmin: 'shiguan',
  leader: 'zhang',
  cadre: 'liu',
  liaison: 'xu',
  unassignedOfficial: 'ma',
  viewer: 'chakan',
  disabled: 'disabled',
  signedOut: null,
} as const;
export type Role = keyof typeof ROLES;
export const ALL = Object.keys(ROLES) as Role[];

export const PROJECT = '日盛达光伏玻璃生产线（二期）'; // leader zhang, cadre liu, liaison xu; plan approved
const DRAFT_PROJECT = '浙江矽盛电子单晶硅项目'; // 谋划, plan still a draft
const MANAGERS: Role[] = ['admin', 'supervisor', 'citySupervisor', 'cityAdmin'];
const ADMINS: Role[] = ['admin', 'cityAdmin'];
const SUPERVISORS: Role[] = ['supervisor', 'citySupervisor'];
const OFFICIALS: Role[] = ['leader', 'cadre', 'liaison'];
const SIGNED_IN: Role[] = ALL.filter((r) => r !== 'signedOut' && r !== 'disabled');

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('fixture missing');
  return row;
}
const userId = async (db: Db, username: string) =>
  (await one(db.select({ id: users.id }).from(users).where(eq(users.username, username)))).id;
async function projectId(db: Db) {
  return (await one(db.select({ id: projects.id }).from(projects).where(eq(projects.name, PROJECT)))).id;
}
const projectRow = async (db: Db, name = PROJECT) =>
  one(
    db
      .select({ project: projects, planVersionId: currentPlanVersionId })
      .from(projects)
      .where(eq(projects.name, name)),
  );

/** The project's plan as it stands, with its first milestone re-dated: a change to propose. */
async function proposal(db: Db) {
  const { project, planVersionId } = await projectRow(db);
  const list = await milestonesOf(db);
  return {
    projectId: project.id,
    baseVersionId: planVersionId,
    milestones: list.map((m, i) => ({
      id: m.id,
      name: m.name,
      plannedOn: i === 0 ? later() : m.plannedOn,
    })),
    figures: {
      annualPlannedInvestment: project.annualPlannedInvestment,
      plannedStartOn: project.plannedStartOn,
      plannedFinishOn: project.plannedFinishOn,
    },
  };
}

/** The open change request on the project, made by its liaison (one at most: refused cells share it). */
async function openRequest(db: Db) {
  const { milestones: proposed, figures, projectId, baseVersionId } = await proposal(db);
  const [open] = await db
    .select()
    .from(planChangeRequests)
    .where(and(eq(planChangeRequests.projectId, projectId), eq(planChangeRequests.status, 'open')));
  if (open) return { requestId: open.id, version: open.version };
  const row = await one(
    db
      .insert(planChangeRequests)
      .values({
        projectId,
        baseVersionId: baseVersionId ?? 0,
        proposal: { milestones: proposed, figures },
        reason: '矩阵测试',
        requestedBy: await userId(db, 'xu'),
        clientKey: randomUUID(),
      })
      .returning(),
  );
  return { requestId: row.id, version: row.version };
}

const zoneId = async (db: Db) =>
  (await one(db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'shangdang')))).id;
/** A robot of the demo zone, for the channel actions. */
const robotOf = async (db: Db) =>
  (
    await one(
      db
        .insert(notifyChannels)
        .values({
          zoneId: await zoneId(db),
          kind: 'wecom',
          webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=m',
        })
        .returning(),
    )
  ).id;
const milestonesOf = async (db: Db) =>
  db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, await projectId(db)))
    .orderBy(asc(milestones.sortOrder));
const today = () => zoneDateOf(new Date());
/** A date ahead of today, inside the window every action accepts (lib/domain/dates.ts dateMax). */
const later = () => addDays(today(), 365);

/** A blocker on the project, raised by its liaison, in the given state. */
async function blocker(db: Db, state: { status?: 'open' | 'resolved'; level?: 'zone' | 'city' } = {}) {
  const row = await one(
    db
      .insert(blockers)
      .values({
        projectId: await projectId(db),
        title: '矩阵测试问题',
        category: 'land',
        status: state.status ?? 'open',
        level: state.level ?? 'zone',
        resolution: state.status === 'resolved' ? '已协调' : null,
        raisedBy: await userId(db, 'xu'),
        clientKey: randomUUID(),
      })
      .returning(),
  );
  return { blockerId: row.id, version: row.version };
}

/** A 督办单 on the project to its cadre, in the given state, numbered past every other. */
async function notice(db: Db, status: 'open' | 'replied') {
  const [last] = await db
    .select({ seq: sql<number>`coalesce(max(${supervisionNotices.seq}), 0)`.mapWith(Number) })
    .from(supervisionNotices);
  const seq = (last?.seq ?? 0) + 1;
  const row = await one(
    db
      .insert(supervisionNotices)
      .values({
        zoneId: await zoneId(db),
        year: 2026,
        seq,
        number: `矩阵督〔2026〕${seq}号`,
        projectId: await projectId(db),
        matter: '矩阵测试督办事项',
        addresseeId: await userId(db, 'liu'),
        replyDue: later(),
        status,
        issuedBy: await userId(db, 'duban'),
      })
      .returning(),
  );
  return { noticeId: row.id, version: row.version };
}

/** 开发区季度指标: the indicator set, and a zone's filing of an open quarter (2024 Q2, none in the seed). */
const indicatorsOf = (db: Db) =>
  db.select().from(indicatorDefinitions).where(eq(indicatorDefinitions.active, true));
async function filingVersion(db: Db, zone: number, year: number, quarter: number) {
  const [row] = await db
    .select({ version: indicatorFilings.version })
    .from(indicatorFilings)
    .where(
      and(
        eq(indicatorFilings.zoneId, zone),
        eq(indicatorFilings.year, year),
        eq(indicatorFilings.quarter, quarter),
      ),
    );
  return row?.version ?? 0;
}

/**
 * A file on this week's filing of the project, uploaded by its liaison (xu), as the upload would store it:
 * a PDF, so that the download route's answer is an attachment of some size.
 */
async function attachmentOnWeek(db: Db) {
  const row = await one(
    db
      .insert(attachments)
      .values({
        projectId: await projectId(db),
        target: 'week',
        weekStart: reportWeekOf(new Date()).start,
        kind: 'pdf',
        fileName: '矩阵测试.pdf',
        contentType: 'application/pdf',
        byteSize: MATRIX_PDF.byteLength,
        uploadedBy: await userId(db, 'xu'),
      })
      .returning(),
  );
  await db.insert(attachmentBlobs).values({ attachmentId: row.id, variant: 'file', bytes: MATRIX_PDF });
  return row.id;
}
const MATRIX_PDF = new TextEncoder().encode(`%PDF-1.4\n%${'矩阵'.repeat(400)}\n%%EOF\n`);

export interface MatrixCell {
  action: Action<unknown>;
  allow: Role[];
  /** The input for this person, built on the database as it is (fixtures may be written here). */
  input(db: Db, role: Role): Promise<Record<string, unknown>>;
}

export const MATRIX: Record<string, MatrixCell> = {
  updateMilestone: {
    action: updateMilestoneAction,
    allow: [...MANAGERS, ...OFFICIALS],
    input: async (db) => {
      const [m] = await milestonesOf(db);
      return { milestoneId: m?.id, version: m?.version, status: 'in_progress', actualOn: '', note: '矩阵' };
    },
  },
  // The demo project's plan is approved: changing it is a correction, for the zone's management only.
  addMilestone: {
    action: addMilestoneAction,
    allow: MANAGERS,
    input: async (db) => ({
      projectId: await projectId(db),
      clientKey: randomUUID(),
      name: '新节点',
      plannedOn: later(),
    }),
  },
  // The demo project's plan is approved: changing it is a correction, for the zone's management only.
  applyMilestoneTemplate: {
    action: applyMilestoneTemplateAction,
    allow: MANAGERS,
    input: async (db) => {
      await db.delete(milestones).where(eq(milestones.projectId, await projectId(db)));
      return { projectId: await projectId(db), clientKey: randomUUID() };
    },
  },
  // The demo project's plan is approved: changing it is a correction, for the zone's management only.
  moveMilestone: {
    action: moveMilestoneAction,
    allow: MANAGERS,
    input: async (db) => {
      const m = (await milestonesOf(db))[1];
      return { milestoneId: m?.id, version: m?.version, direction: 'up' };
    },
  },
  // The demo project's plan is approved: changing it is a correction, for the zone's management only.
  removeMilestone: {
    action: removeMilestoneAction,
    allow: MANAGERS,
    input: async (db) => {
      const m = (await milestonesOf(db)).at(-1);
      return { milestoneId: m?.id, version: m?.version };
    },
  },
  // The zone's management, and the official who uploaded it (the liaison); not the project's other officials.
  removeAttachment: {
    action: removeAttachmentAction,
    allow: [...MANAGERS, 'liaison'],
    input: async (db) => ({ attachmentId: await attachmentOnWeek(db) }),
  },
  approvePlan: {
    action: approvePlanAction,
    allow: MANAGERS,
    input: async (db) => {
      const { project } = await projectRow(db, DRAFT_PROJECT);
      return { projectId: project.id, version: project.version };
    },
  },
  requestPlanChange: {
    action: requestPlanChangeAction,
    allow: OFFICIALS,
    input: async (db) => ({ ...(await proposal(db)), clientKey: randomUUID(), reason: '矩阵测试调整' }),
  },
  approvePlanChange: {
    action: approvePlanChangeAction,
    allow: MANAGERS,
    input: async (db) => ({ ...(await openRequest(db)), note: '同意' }),
  },
  rejectPlanChange: {
    action: rejectPlanChangeAction,
    allow: MANAGERS,
    input: async (db) => ({ ...(await openRequest(db)), note: '不同意' }),
  },
  openPlanYear: {
    action: openPlanYearAction,
    allow: MANAGERS,
    input: async (db) => {
      const { project } = await projectRow(db);
      return {
        projectId: project.id,
        version: project.version,
        year: project.planYear + 1,
        annualPlannedInvestment: 100,
      };
    },
  },
  openZonePlanYear: {
    action: openZonePlanYearAction,
    allow: MANAGERS,
    input: async (db) => ({ zoneId: await zoneId(db), year: (await projectRow(db)).project.planYear + 1 }),
  },
  editProject: {
    action: editProjectAction,
    allow: MANAGERS,
    input: async (db) => {
      const { project: p } = await projectRow(db);
      return {
        projectId: p.id,
        version: p.version,
        name: p.name,
        enterprise: '矩阵测试企业',
        parkId: p.parkId,
        kind: p.kind,
        totalInvestment: p.totalInvestment,
        annualPlannedInvestment: p.annualPlannedInvestment,
        plannedStartOn: p.plannedStartOn ?? '',
        plannedFinishOn: p.plannedFinishOn ?? '',
        contactPerson: '王经理',
        contactPhone: '0355-1234567',
      };
    },
  },
  // The liaison's own phones: the person, and the zone's admin.
  updateProfile: {
    action: updateProfileAction,
    allow: ['admin', 'cityAdmin', 'liaison'],
    input: async (db) => {
      const u = await one(db.select().from(users).where(eq(users.username, 'xu')));
      return { userId: u.id, version: u.version, officePhone: '0355-2020202', mobile: '13900000000' };
    },
  },
  advanceStage: {
    action: advanceStageAction,
    allow: [...MANAGERS, 'leader', 'cadre'],
    input: async (db) => {
      const p = await one(
        db
          .select()
          .from(projects)
          .where(eq(projects.id, await projectId(db))),
      );
      return { projectId: p.id, version: p.version, to: 'in_production', reachedOn: '2024-04-10' };
    },
  },
  correctStage: {
    action: correctStageAction,
    allow: SUPERVISORS,
    input: async (db) => {
      const p = await one(
        db
          .select()
          .from(projects)
          .where(eq(projects.id, await projectId(db))),
      );
      return { projectId: p.id, version: p.version, to: 'signed', reason: '矩阵测试更正' };
    },
  },
  assignContact: {
    action: assignContactAction,
    allow: MANAGERS,
    input: async (db) => ({
      projectId: await projectId(db),
      role: 'liaison',
      userId: await userId(db, 'lin'),
      currentUserId: await userId(db, 'xu'),
      since: today(),
    }),
  },
  endAssignment: {
    action: endAssignmentAction,
    allow: MANAGERS,
    input: async (db) => {
      const a = await one(
        db
          .select()
          .from(projectAssignments)
          .where(
            and(
              eq(projectAssignments.projectId, await projectId(db)),
              eq(projectAssignments.role, 'liaison'),
            ),
          ),
      );
      return { assignmentId: a.id, until: today() };
    },
  },
  fileProgress: {
    action: fileProgressAction,
    allow: OFFICIALS,
    input: async (db) => ({
      projectId: await projectId(db),
      weekStart: reportWeekOf(new Date()).start,
      version: '',
      progress: '矩阵测试进展',
      investment: 1,
    }),
  },
  createProject: {
    action: createProjectAction,
    allow: ADMINS,
    input: async (db) => {
      const park = await one(
        db
          .select()
          .from(parks)
          .where(eq(parks.zoneId, await zoneId(db)))
          .limit(1),
      );
      return {
        clientKey: randomUUID(),
        name: '矩阵测试项目',
        enterprise: '矩阵测试企业',
        parkId: park.id,
        kind: 'new',
        stage: 'signed',
        stageOn: '2024-04-01',
        planYear: 2024,
        totalInvestment: 100,
        annualPlannedInvestment: 10,
        completedInvestment: 0,
      };
    },
  },
  raiseBlocker: {
    action: raiseBlockerAction,
    allow: OFFICIALS,
    input: async (db) => ({
      projectId: await projectId(db),
      clientKey: randomUUID(),
      title: '矩阵测试',
      category: 'land',
    }),
  },
  assignBlocker: {
    action: moves.assignBlockerAction,
    allow: SUPERVISORS,
    input: async (db) => ({ ...(await blocker(db)), responsibleUnit: '自然资源局', deadline: later() }),
  },
  resolveBlocker: {
    action: moves.resolveBlockerAction,
    allow: SUPERVISORS,
    input: async (db) => ({ ...(await blocker(db)), resolution: '已解决' }),
  },
  closeBlocker: {
    action: moves.closeBlockerAction,
    allow: [...SUPERVISORS, 'liaison'],
    input: async (db) => blocker(db, { status: 'resolved' }),
  },
  reopenBlocker: {
    action: moves.reopenBlockerAction,
    allow: [...SUPERVISORS, 'liaison'],
    input: async (db) => ({ ...(await blocker(db, { status: 'resolved' })), comment: '未解决' }),
  },
  escalateBlocker: {
    action: moves.escalateBlockerAction,
    allow: SUPERVISORS,
    input: async (db) => blocker(db),
  },
  deescalateBlocker: {
    action: moves.deescalateBlockerAction,
    allow: ['citySupervisor'],
    input: async (db) => blocker(db, { level: 'city' }),
  },
  commentBlocker: {
    action: moves.commentBlockerAction,
    allow: [...SUPERVISORS, ...OFFICIALS],
    input: async (db) => ({
      blockerId: (await blocker(db)).blockerId,
      clientKey: randomUUID(),
      comment: '矩阵测试意见',
    }),
  },
  markNotificationRead: {
    action: markNotificationReadAction,
    allow: SIGNED_IN,
    input: async (db, role) => {
      // one's own notification (for the signed out: someone's)
      const owner = await userId(db, ROLES[role] ?? 'xu');
      const n = await one(
        db
          .insert(notifications)
          .values({
            userId: owner,
            kind: 'blocker_comment',
            payload: { blockerTitle: 't', projectName: 'p', actorName: 'a' },
          })
          .returning(),
      );
      return { notificationId: n.id };
    },
  },
  markAllNotificationsRead: {
    action: markAllNotificationsReadAction,
    allow: SIGNED_IN,
    input: async () => ({}),
  },
  createUser: {
    action: createUserAction,
    allow: ADMINS,
    input: async (db, role) => ({
      clientKey: randomUUID(),
      username: `matrix${Date.now() % 100000}`,
      name: '矩阵',
      title: '',
      role: 'viewer',
      password: 'matrix-password',
      // A city admin places the account in a zone; a zone admin's accounts are its own zone's.
      ...(role === 'cityAdmin' ? { zoneId: await zoneId(db) } : {}),
    }),
  },
  resetPassword: {
    action: resetPasswordAction,
    allow: ADMINS,
    input: async (db) => {
      const u = await one(db.select().from(users).where(eq(users.username, 'sun')));
      return { userId: u.id, version: u.version, password: 'matrix-password' };
    },
  },
  setUserDisabled: {
    action: setUserDisabledAction,
    allow: ADMINS,
    input: async (db) => {
      const u = await one(db.select().from(users).where(eq(users.username, 'sun')));
      return { userId: u.id, version: u.version, disabled: true };
    },
  },
  closeReportWeek: {
    action: closeReportWeekAction,
    allow: SUPERVISORS,
    input: async (db) => ({
      zoneId: await zoneId(db),
      weekStart: reportWeekOf(new Date()).start,
      version: 0,
    }),
  },
  reopenReportWeek: {
    action: reopenReportWeekAction,
    allow: SUPERVISORS,
    input: async (db) => {
      const weekStart = reportWeekOf(new Date()).start;
      await db
        .insert(reportWeeks)
        .values({ zoneId: await zoneId(db), weekStart, status: 'closed', snapshot: {} })
        .onConflictDoNothing();
      return { zoneId: await zoneId(db), weekStart, version: 1, reason: '矩阵测试' };
    },
  },
  addChannel: {
    action: addChannelAction,
    allow: ADMINS,
    input: async (db) => ({
      zoneId: await zoneId(db),
      kind: 'dingtalk',
      webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=matrix',
      secret: 'SECmatrix',
    }),
  },
  testChannel: {
    action: testChannelAction,
    allow: ADMINS,
    input: async (db) => {
      const channel = await one(
        db
          .insert(notifyChannels)
          .values({
            zoneId: await zoneId(db),
            kind: 'wecom',
            webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=m',
          })
          .returning(),
      );
      return { channelId: channel.id };
    },
  },
  addEmailChannel: {
    action: addEmailChannelAction,
    allow: ADMINS,
    input: async (db) => ({
      zoneId: await zoneId(db),
      host: 'smtp.example.cn',
      port: 465,
      secure: true,
      user: 'notice@example.cn',
      password: 'matrix-password',
      from: 'notice@example.cn',
    }),
  },
  setChannelEnabled: {
    action: setChannelEnabledAction,
    allow: ADMINS,
    input: async (db) => ({ channelId: await robotOf(db), enabled: false }),
  },
  // A failed message to send again, so that an allowed resend changes something.
  resendFailed: {
    action: resendFailedAction,
    allow: ADMINS,
    input: async (db) => {
      const channelId = await robotOf(db);
      await db.insert(outbox).values({ channelId, body: { title: '矩阵', text: '矩阵' }, status: 'failed' });
      return { channelId };
    },
  },
  // Everyone signed in sets their own; nobody anyone else's (the action takes no account id).
  updateNoticeSettings: {
    action: updateNoticeSettingsAction,
    // Led by an official: extra-fields.db.test.ts forges role 'admin', which an admin's own row has anyway.
    allow: ['liaison', ...SIGNED_IN.filter((r) => r !== 'liaison')],
    input: async (db, role) => {
      const u = await one(
        db
          .select()
          .from(users)
          .where(eq(users.username, ROLES[role] ?? 'xu')),
      );
      return { version: u.version, email: 'matrix@example.cn', emailGroups: ['blockers', 'supervision'] };
    },
  },
  chaseReports: {
    action: chaseReportsAction,
    allow: SUPERVISORS,
    input: async (db) => {
      // Each allowed person chases afresh: the quiet period would refuse the second.
      await db.delete(reportChases);
      return { zoneId: await zoneId(db), weekStart: reportWeekOf(new Date()).start, message: '矩阵测试' };
    },
  },
  // The zone's reminders, from the version stored (0 while the zone runs on the defaults).
  updateReminderSettings: {
    action: updateReminderSettingsAction,
    allow: ADMINS,
    input: async (db) => {
      const zone = await zoneId(db);
      const [row] = await db.select().from(zoneReminders).where(eq(zoneReminders.zoneId, zone));
      return {
        zoneId: zone,
        version: row?.version ?? 0,
        filingEnabled: true,
        filingWeekday: 5,
        filingTime: '10:00',
        milestoneEnabled: true,
        milestoneDays: 14,
        blockerEnabled: false,
        dailyTime: '08:30',
        chaseQuietHours: 24,
      };
    },
  },
  createRound: {
    action: createRoundAction,
    // rounds are city-wide; which projects a zone lists is checked on the entries
    allow: ['admin', 'supervisor', 'otherZoneSupervisor', 'citySupervisor', 'cityAdmin'],
    input: async () => ({ clientKey: randomUUID(), name: '矩阵测试轮次', heldOn: '2024-04-01' }),
  },
  addEntries: {
    action: addEntriesAction,
    allow: MANAGERS,
    input: async (db) => {
      const round = await one(
        db
          .insert(campaignRounds)
          .values({ name: `矩阵${randomUUID()}`, heldOn: '2024-04-01' })
          .returning(),
      );
      return { roundId: round.id, batch: 'started', projectIds: [await projectId(db)] };
    },
  },
  removeEntry: {
    action: removeEntryAction,
    allow: MANAGERS,
    input: async (db) => {
      const round = await one(
        db
          .insert(campaignRounds)
          .values({ name: `矩阵${randomUUID()}`, heldOn: '2024-04-01' })
          .returning(),
      );
      const entry = await one(
        db
          .insert(campaignEntries)
          .values({ roundId: round.id, projectId: await projectId(db), batch: 'started' })
          .returning(),
      );
      return { entryId: entry.id };
    },
  },
  issueNotice: {
    action: issueNoticeAction,
    allow: SUPERVISORS,
    input: async (db) => ({
      projectId: await projectId(db),
      clientKey: randomUUID(),
      matter: '矩阵测试督办事项',
      addresseeId: await userId(db, 'liu'),
      replyDue: later(),
    }),
  },
  // The project's officials reply; the unassigned one and every supervisor are refused.
  replyNotice: {
    action: replyNoticeAction,
    allow: OFFICIALS,
    input: async (db) => ({ ...(await notice(db, 'open')), body: '矩阵测试回复' }),
  },
  acceptNotice: {
    action: acceptNoticeAction,
    allow: SUPERVISORS,
    input: async (db) => ({ ...(await notice(db, 'replied')), body: '' }),
  },
  returnNotice: {
    action: returnNoticeAction,
    allow: SUPERVISORS,
    input: async (db) => ({ ...(await notice(db, 'replied')), body: '请补充说明' }),
  },
  // A zone's quarterly indicators: its admin and supervisor, and the city's; another zone's finds nothing.
  fileIndicators: {
    action: fileIndicatorsAction,
    allow: MANAGERS,
    input: async (db) => {
      const zone = await zoneId(db);
      const defs = await indicatorsOf(db);
      return {
        zoneId: zone,
        year: 2024,
        quarter: 2,
        version: await filingVersion(db, zone, 2024, 2),
        values: defs.map((d, i) => ({ indicatorId: d.id, value: String(i + 1) })),
      };
    },
  },
  // The city locks a quarter and enters its reference rates; no zone account may.
  setQuarterLock: {
    action: setQuarterLockAction,
    allow: ['citySupervisor', 'cityAdmin'],
    input: async () => ({ year: 2024, quarter: 1, locked: true }),
  },
  setReferenceRates: {
    action: setReferenceRatesAction,
    allow: ['citySupervisor', 'cityAdmin'],
    input: async (db) => {
      const [quarter] = await db
        .select({ version: indicatorQuarters.version })
        .from(indicatorQuarters)
        .where(and(eq(indicatorQuarters.year, 2024), eq(indicatorQuarters.quarter, 1)));
      const [def] = await indicatorsOf(db);
      return {
        year: 2024,
        quarter: 1,
        version: quarter?.version ?? 0,
        rates: [{ indicatorId: def?.id, city: '21.5', province: '11' }],
      };
    },
  },
  // The indicator set is the city admin's alone.
  saveIndicatorDefinition: {
    action: saveIndicatorDefinitionAction,
    allow: ['cityAdmin'],
    input: async (db) => {
      const [def] = await indicatorsOf(db);
      return { ...def, id: def?.id, version: def?.version, name: '矩阵测试指标' };
    },
  },
};

/**
 * Route handlers besides next-auth's own, with the people who may read them; `path` is what a GET asks for.
 * A refused GET answers 401 (no session) or 404 (not this person's zone), never data.
 */
export const ROUTES: Record<
  string,
  {
    file: string;
    allow: Role[];
    path(db: Db): Promise<string>;
    /** Answers every caller with a redirect and no data: the allowed to their page, the others to sign in. */
    redirects?: true;
    /** A POST route: the multipart body it is sent; the allowed get JSON with `ok: true`. */
    form?(db: Db): Promise<FormData>;
  }
> = {
  // 一项目一档: whoever reads the project's zone; another zone's account finds nothing.
  projectDossier: {
    file: 'app/api/projects/[id]/dossier/route.ts',
    allow: SIGNED_IN.filter((r) => r !== 'otherZoneSupervisor'),
    path: async (db) => `/api/projects/${await projectId(db)}/dossier`,
  },
  // A project's file: whoever reads the project's zone. Signed out it is 404 too (proxy.ts lets it through).
  attachmentDownload: {
    file: 'app/api/attachments/[id]/route.ts',
    allow: SIGNED_IN.filter((r) => r !== 'otherZoneSupervisor'),
    path: async (db) => `/api/attachments/${await attachmentOnWeek(db)}`,
  },
  // A photo on this week's filing: the project's own officials, as filing the week.
  attachmentUpload: {
    file: 'app/api/attachments/route.ts',
    allow: OFFICIALS,
    path: async () => '/api/attachments',
    form: async (db) => {
      const form = new FormData();
      form.set('on', 'week');
      form.set('clientKey', randomUUID());
      form.set('projectId', String(await projectId(db)));
      form.set('weekStart', reportWeekOf(new Date()).start);
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
        .png()
        .toBuffer();
      form.set('file', new File([new Uint8Array(png)], '现场.png', { type: 'image/png' }));
      return form;
    },
  },
  // The ledger template holds no data: anyone signed in.
  ledgerTemplate: {
    file: 'app/api/import/ledger/template/route.ts',
    allow: SIGNED_IN,
    path: async () => '/api/import/ledger/template',
  },
  // The ledger import's preview (a read): the zone's admins and supervisors, and the city's.
  ledgerPreview: {
    file: 'app/api/import/ledger/route.ts',
    allow: MANAGERS,
    path: async () => '/api/import/ledger',
    form: async (db) => {
      const zone = await zoneId(db);
      const csv =
        '项目名称,建设单位,园区,建设性质,总投资(万元)\n矩阵测试项目,矩阵测试企业,矩阵测试园区,新建,1000\n';
      const form = new FormData();
      form.set('step', 'preview');
      form.set('options', JSON.stringify({ zoneId: zone, planYear: 2024, createMissing: true }));
      form.set('file', new File([csv], 'ledger.csv', { type: 'text/csv' }));
      return form;
    },
  },
  // Each person's first screen (lib/auth/home.ts); nothing but a Location.
  home: { file: 'app/route.ts', allow: SIGNED_IN, path: async () => '/', redirects: true },
  weeklyReportCsv: {
    file: 'app/api/reports/weekly/[format]/route.ts',
    allow: SIGNED_IN.filter((r) => r !== 'otherZoneSupervisor'),
    path: async (db) => `/api/reports/weekly/csv?zone=${await zoneId(db)}`,
  },
  // Every zone the person may read: their own for most, all of them for the city's accounts.
  weeklyReportAllZones: {
    file: 'app/api/reports/weekly/[format]/route.ts',
    allow: SIGNED_IN,
    path: async () => '/api/reports/weekly/xlsx?zone=all',
  },
  // The quarter's indicator table: every zone account gets its own row, the city all; no one else anything.
  indicatorsXlsx: {
    file: 'app/api/indicators/xlsx/route.ts',
    allow: SIGNED_IN,
    path: async () => '/api/indicators/xlsx?year=2024&quarter=1',
  },
  weeklyReportXlsx: {
    file: 'app/api/reports/weekly/[format]/route.ts',
    allow: SIGNED_IN.filter((r) => r !== 'otherZoneSupervisor'),
    path: async (db) => `/api/reports/weekly/xlsx?zone=${await zoneId(db)}`,
  },
};

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Server functions as the 'use server' files export them. */
export function servedActions(): string[] {
  const dir = path.join(ROOT, 'lib/actions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'sign-in.ts' && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .filter((text) => /^['"]use server['"];/m.test(text))
    .flatMap((text) => [...text.matchAll(/export async function (\w+)\(/g)].map((m) => m[1] ?? ''));
}

/** Route handler files under app/, next-auth's excepted (it serves sign-in itself). */
export function servedRoutes(): string[] {
  return readdirSync(path.join(ROOT, 'app'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|\/)route\.tsx?$/.test(f) && !f.startsWith('api/auth/'))
    .map((f) => `app/${f}`);
}
