import type { IsoDate } from './dates';

// 督办单: a supervisor issues a numbered notice on a project (or one of its blockers) to one of its officials,
// who replies in the app; the supervisor accepts the reply (办结) or sends it back for another.

export const SUPERVISION_STATUSES = ['open', 'replied', 'closed'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

export const SUPERVISION_MOVES = ['reply', 'accept', 'return'] as const;
export type SupervisionMove = (typeof SUPERVISION_MOVES)[number];

/** Who makes each move: the project's officials reply; the zone's supervisors accept or send back. */
export const MOVE_BY: Record<SupervisionMove, 'official' | 'supervisor'> = {
  reply: 'official',
  accept: 'supervisor',
  return: 'supervisor',
};

const FROM_TO: Record<SupervisionMove, [SupervisionStatus, SupervisionStatus]> = {
  reply: ['open', 'replied'],
  accept: ['replied', 'closed'],
  return: ['replied', 'open'],
};

/** The status a move leads to, or null when the notice is not in the status the move starts from. */
export function moveNotice(status: SupervisionStatus, move: SupervisionMove): SupervisionStatus | null {
  const [from, to] = FROM_TO[move];
  return status === from ? to : null;
}

/** The moves open in a status, for one side. */
export function movesOpen(status: SupervisionStatus, side: 'official' | 'supervisor'): SupervisionMove[] {
  return SUPERVISION_MOVES.filter((m) => MOVE_BY[m] === side && FROM_TO[m][0] === status);
}

/** The number as printed on the notice: 上党督〔2026〕12号. */
export function noticeNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

/** A zone without a prefix of its own numbers its notices with its name and 督. */
export function noticePrefix(zone: { supervisionPrefix: string; name: string }): string {
  return zone.supervisionPrefix || `${zone.name}督`;
}

/** Overdue: still waiting for its addressee's reply after the day it was due. */
export function isNoticeOverdue(notice: { status: string; replyDue: IsoDate }, today: IsoDate): boolean {
  return notice.status === 'open' && notice.replyDue < today;
}
