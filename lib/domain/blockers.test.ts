import { describe, expect, it } from 'vitest';
import { availableMoves, type BlockerActor, type BlockerState, isOverdue, moveBlocker } from './blockers';
import { BLOCKER_STATUSES } from './vocabulary';

const nobody: BlockerActor = {
  supervisor: false,
  citySupervisor: false,
  projectOfficial: false,
  raiser: false,
};
const supervisor: BlockerActor = { ...nobody, supervisor: true };
const city: BlockerActor = { ...nobody, supervisor: true, citySupervisor: true };
const raiser: BlockerActor = { ...nobody, projectOfficial: true, raiser: true };
const official: BlockerActor = { ...nobody, projectOfficial: true };
const stranger = nobody;
const state = (status: BlockerState['status'], extra: Partial<BlockerState> = {}): BlockerState => ({
  status,
  level: 'zone',
  responsibleUnit: null,
  ...extra,
});

describe('who may make each move, from each status', () => {
  // [status, actor, moves allowed]: the whole table, so a change to any rule shows up here.
  // [status, level, who, moves allowed]: the whole table, so a change to any rule shows up here.
  const actors = { supervisor, city, raiser, official, stranger };
  const table: [BlockerState['status'], BlockerState['level'], keyof typeof actors, string[]][] = [
    ['open', 'zone', 'supervisor', ['assign', 'resolve', 'escalate', 'comment']],
    ['open', 'zone', 'city', ['assign', 'resolve', 'escalate', 'comment']],
    ['open', 'zone', 'raiser', ['comment']],
    ['open', 'zone', 'official', ['comment']],
    ['open', 'zone', 'stranger', []],
    ['assigned', 'zone', 'supervisor', ['assign', 'resolve', 'escalate', 'comment']],
    ['assigned', 'zone', 'raiser', ['comment']],
    ['assigned', 'zone', 'official', ['comment']],
    ['assigned', 'zone', 'stranger', []],
    ['assigned', 'city', 'supervisor', ['assign', 'resolve', 'comment']],
    ['assigned', 'city', 'city', ['assign', 'resolve', 'deescalate', 'comment']],
    ['assigned', 'city', 'official', ['comment']],
    ['resolved', 'zone', 'supervisor', ['close', 'reopen', 'escalate', 'comment']],
    ['resolved', 'zone', 'raiser', ['close', 'reopen', 'comment']],
    ['resolved', 'zone', 'official', ['comment']],
    ['resolved', 'zone', 'stranger', []],
    ['resolved', 'city', 'city', ['close', 'reopen', 'deescalate', 'comment']],
    ['closed', 'zone', 'supervisor', []],
    ['closed', 'city', 'city', []],
    ['closed', 'zone', 'raiser', []],
  ];
  it.each(table)('%s at %s level, %s: %j', (status, level, who, allowed) => {
    expect(availableMoves(state(status, { level }), actors[who])).toEqual(allowed);
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
    expect(moveBlocker(state('open', { level: 'city' }), 'deescalate', city)).toMatchObject({
      state: { level: 'zone' },
    });
    expect(moveBlocker(state('open', { level: 'city' }), 'deescalate', supervisor)).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(moveBlocker(state('open'), 'deescalate', city)).toMatchObject({
      ok: false,
      reason: 'wrongStatus',
    });
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
