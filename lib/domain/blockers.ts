import type { IsoDate } from './dates';
import type { BlockerLevel, BlockerStatus } from './vocabulary';

// The blocker lifecycle (困难和问题): open 待受理 → assigned 已交办 → resolved 已解决 → closed 已销号, with
// reopening of a resolved blocker, escalation to the city and back, and comments at any time before closing.

export const BLOCKER_MOVES = [
  'assign',
  'resolve',
  'close',
  'reopen',
  'escalate',
  'deescalate',
  'comment',
] as const;
export type BlockerMove = (typeof BLOCKER_MOVES)[number];

/** Who is acting, in relation to this blocker. */
export interface BlockerActor {
  /** a supervisor who reaches the blocker's zone (city supervisors reach all) */
  supervisor: boolean;
  /** a city-level supervisor: the one who hands an escalated blocker back to the zone */
  citySupervisor: boolean;
  /** an official assigned to the blocker's project */
  projectOfficial: boolean;
  /** the one who raised it */
  raiser: boolean;
}

export interface BlockerState {
  status: BlockerStatus;
  level: BlockerLevel;
  /** 责任单位, set when assigned */
  responsibleUnit: string | null;
}

export type MoveRefusal = 'notAllowed' | 'wrongStatus';

const moves: Record<BlockerMove, { from: readonly BlockerStatus[]; who: (a: BlockerActor) => boolean }> = {
  assign: { from: ['open', 'assigned'], who: (a) => a.supervisor },
  resolve: { from: ['open', 'assigned'], who: (a) => a.supervisor },
  close: { from: ['resolved'], who: (a) => a.supervisor || a.raiser },
  reopen: { from: ['resolved'], who: (a) => a.supervisor || a.raiser },
  escalate: { from: ['open', 'assigned', 'resolved'], who: (a) => a.supervisor },
  deescalate: { from: ['open', 'assigned', 'resolved'], who: (a) => a.citySupervisor },
  comment: {
    from: ['open', 'assigned', 'resolved'],
    who: (a) => a.supervisor || a.projectOfficial || a.raiser,
  },
};

/** The state after a move, or why the move is refused. */
export function moveBlocker(
  state: BlockerState,
  move: BlockerMove,
  actor: BlockerActor,
): { ok: true; state: BlockerState } | { ok: false; reason: MoveRefusal } {
  const rule = moves[move];
  if (!rule.who(actor)) return { ok: false, reason: 'notAllowed' };
  if (!rule.from.includes(state.status)) return { ok: false, reason: 'wrongStatus' };
  if (move === 'escalate' && state.level === 'city') return { ok: false, reason: 'wrongStatus' };
  if (move === 'deescalate' && state.level === 'zone') return { ok: false, reason: 'wrongStatus' };
  switch (move) {
    case 'assign':
      return { ok: true, state: { ...state, status: 'assigned' } };
    case 'resolve':
      return { ok: true, state: { ...state, status: 'resolved' } };
    case 'close':
      return { ok: true, state: { ...state, status: 'closed' } };
    case 'reopen':
      // Back to the unit that had it, or to the queue if none was named.
      return { ok: true, state: { ...state, status: state.responsibleUnit ? 'assigned' : 'open' } };
    case 'escalate':
      return { ok: true, state: { ...state, level: 'city' } };
    case 'deescalate':
      return { ok: true, state: { ...state, level: 'zone' } };
    case 'comment':
      return { ok: true, state };
  }
}

/** Which moves an actor may make now: for showing the controls. */
export function availableMoves(state: BlockerState, actor: BlockerActor): BlockerMove[] {
  return BLOCKER_MOVES.filter((m) => moveBlocker(state, m, actor).ok);
}

export function isActive(status: BlockerStatus): boolean {
  return status === 'open' || status === 'assigned';
}

/**
 * Overdue: still being worked on and past its deadline (the one the supervisor set on assigning, else the
 * date the raiser said it must be solved by).
 */
export function isOverdue(
  b: { status: BlockerStatus; deadline: IsoDate | null; neededBy: IsoDate | null },
  today: IsoDate,
) {
  const due = b.deadline ?? b.neededBy;
  return isActive(b.status) && due !== null && due < today;
}
