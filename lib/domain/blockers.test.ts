import { describe, expect, it } from 'vitest';
import { availableMoves, type BlockerActor, type BlockerState, isOverdue, moveBlocker } from './blockers';
import { BLOCKER_STATUSES } from './vocabulary';

const supervisor: BlockerActor = { supervisor: true, projectOfficial: false, raiser: false };
const raiser: BlockerActor = { supervisor: false, projectOfficial: true, raiser: true };
const official: BlockerActor = { supervisor: false, projectOfficial: true, raiser: false };
const stranger: BlockerActor = { supervisor: false, projectOfficial: false, raiser: false };
const state = (status: BlockerState['status'], extra: Partial<BlockerState> = {}): BlockerState => ({
  status,
  level: 'zone',
  responsibleUnit: null,
  ...extra,
});

describe('who may make each move, from each status', () => {
  // [status, actor, moves allowed]: the whole table, so a change to any rule shows up here.
  const table: [BlockerState['status'], string, BlockerActor, string[]][] = [
    ['open', 'supervisor', supervisor, ['assign', 'resolve', 'escalate', 'comment']],
    ['open', 'raiser', raiser, ['comment']],
    ['open', 'official', official, ['comment']],
    ['open', 'stranger', stranger, []],
    ['assigned', 'supervisor', supervisor, ['assign', 'resolve', 'escalate', 'comment']],
    ['assigned', 'raiser', raiser, ['comment']],
    ['resolved', 'supervisor', supervisor, ['close', 'reopen', 'escalate', 'comment']],
    ['resolved', 'raiser', raiser, ['close', 'reopen', 'comment']],
    ['resolved', 'official', official, ['comment']],
    ['closed', 'supervisor', supervisor, []],
    ['closed', 'raiser', raiser, []],
  ];
  it.each(table)('%s, %s: %j', (status, _who, actor, allowed) => {
    expect(availableMoves(state(status), actor)).toEqual(allowed);
  });

  it('refuses with the reason: not yours, or not from this status', () => {
    expect(moveBlocker(state('open'), 'close', supervisor)).toEqual({ ok: false, reason: 'wrongStatus' });
    expect(moveBlocker(state('open'), 'assign', official)).toEqual({ ok: false, reason: 'notAllowed' });
  });
});

describe('what each move does', () => {
  it('assign, resolve, close', () => {
    expect(moveBlocker(state('open'), 'assign', supervisor)).toMatchObject({ state: { status: 'assigned' } });
    expect(moveBlocker(state('assigned'), 'resolve', supervisor)).toMatchObject({
      state: { status: 'resolved' },
    });
    expect(moveBlocker(state('resolved'), 'close', raiser)).toMatchObject({ state: { status: 'closed' } });
  });
  it('reopen returns to the unit that had it, or to the queue', () => {
    const withUnit = state('resolved', { responsibleUnit: '自然资源局' });
    expect(moveBlocker(withUnit, 'reopen', raiser)).toMatchObject({ state: { status: 'assigned' } });
    expect(moveBlocker(state('resolved'), 'reopen', raiser)).toMatchObject({ state: { status: 'open' } });
  });
  it('escalates to the city and back, once each way', () => {
    const up = moveBlocker(state('open'), 'escalate', supervisor);
    expect(up).toMatchObject({ ok: true, state: { level: 'city', status: 'open' } });
    expect(moveBlocker(state('open', { level: 'city' }), 'escalate', supervisor)).toMatchObject({
      ok: false,
    });
    expect(moveBlocker(state('open', { level: 'city' }), 'deescalate', supervisor)).toMatchObject({
      state: { level: 'zone' },
    });
    expect(moveBlocker(state('open'), 'deescalate', supervisor)).toMatchObject({ ok: false });
  });
  it('nothing moves a closed blocker', () => {
    for (const actor of [supervisor, raiser, official])
      expect(availableMoves(state('closed'), actor)).toEqual([]);
  });
});

describe('isOverdue', () => {
  const today = '2024-04-15';
  it('uses the deadline, else the needed-by date, for active blockers only', () => {
    expect(isOverdue({ status: 'assigned', deadline: '2024-04-14', neededBy: '2024-05-01' }, today)).toBe(
      true,
    );
    expect(isOverdue({ status: 'assigned', deadline: '2024-04-15', neededBy: null }, today)).toBe(false);
    expect(isOverdue({ status: 'open', deadline: null, neededBy: '2024-04-01' }, today)).toBe(true);
    expect(isOverdue({ status: 'open', deadline: null, neededBy: null }, today)).toBe(false);
    for (const status of BLOCKER_STATUSES.filter((s) => s === 'resolved' || s === 'closed')) {
      expect(isOverdue({ status, deadline: '2024-01-01', neededBy: null }, today)).toBe(false);
    }
  });
});
