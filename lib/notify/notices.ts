import { BLOCKER_MOVES, type BlockerMove } from '@/lib/domain/blockers';

/** Notices about a project's plan (基准计划 and 计划调整申请). */
export const PLAN_NOTICE_KINDS = [
  'plan_approved',
  'plan_change_requested',
  'plan_change_approved',
  'plan_change_rejected',
] as const;

/** Notices about the weekly report: 催报, a supervisor asking for the week's report of the projects named. */
export const REPORT_NOTICE_KINDS = ['report_chase'] as const;

/**
 * Scheduled reminders (lib/notify/reminders): the week's report due and not filed, a milestone due soon or
 * overdue, a blocker past its deadline (办结时限).
 */
export const REMINDER_NOTICE_KINDS = [
  'remind_filing',
  'remind_milestone_due',
  'remind_milestone_overdue',
  'remind_blocker_deadline',
] as const;

/** 督办单: issued to its addressee; replied, accepted (办结) or sent back, told to the other side. */
export const SUPERVISION_NOTICE_KINDS = [
  'supervision_issued',
  'supervision_replied',
  'supervision_accepted',
  'supervision_returned',
] as const;

/** What happened, as a notification kind; each has a message under notifications.kinds in the catalogues. */
export type NoticeKind =
  | `blocker_${'raise' | BlockerMove}`
  | (typeof PLAN_NOTICE_KINDS)[number]
  | (typeof REPORT_NOTICE_KINDS)[number]
  | (typeof REMINDER_NOTICE_KINDS)[number]
  | (typeof SUPERVISION_NOTICE_KINDS)[number];

/** Every kind this version of the app has a message for. */
export const NOTICE_KINDS: readonly NoticeKind[] = [
  ...(['raise', ...BLOCKER_MOVES] as const).map((move) => `blocker_${move}` as const),
  ...PLAN_NOTICE_KINDS,
  ...REPORT_NOTICE_KINDS,
  ...REMINDER_NOTICE_KINDS,
  ...SUPERVISION_NOTICE_KINDS,
];

/** Enough to show the message in the reader's own language, whenever they read it. */
export interface NoticePayload {
  /** '' for notices that are not about a blocker */
  blockerTitle: string;
  projectName: string;
  actorName: string;
  comment?: string;
  /** 催报: the projects asked for (joined in the reader's language) and the week, by its Monday. */
  projectNames?: string[];
  weekStart?: string;
  /** Reminders: the milestone named and the date it (or the blocker) is due, YYYY-MM-DD. */
  milestoneName?: string;
  dueDate?: string;
  /** 督办单: its id (for the link) and its number as printed. */
  supervisionId?: number;
  supervisionNumber?: string;
}

export interface Notice {
  userId: number;
  kind: NoticeKind;
  blockerId: number | null;
  projectId: number | null;
  payload: NoticePayload;
}
