import type { BlockerMove } from '@/lib/domain/blockers';

/** What happened, as a notification kind; each has a message under notifications.kinds in the catalogues. */
export type NoticeKind = `blocker_${'raise' | BlockerMove}`;

/** Enough to show the message in the reader's own language, whenever they read it. */
export interface NoticePayload {
  blockerTitle: string;
  projectName: string;
  actorName: string;
  comment?: string;
}

export interface Notice {
  userId: number;
  kind: NoticeKind;
  blockerId: number | null;
  projectId: number | null;
  payload: NoticePayload;
}
