import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/types';
import { startReminderScheduler } from './reminder-scheduler';

// The scheduler's own behaviour, with fake timers and a stand-in for the database round: what a round
// does is reminders.db.test.ts.

const db = {} as Db;
let stop: () => void = () => {};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the reminder scheduler', () => {
  it('runs a round at start and then every minute, each with the injected clock’s now', async () => {
    let now = new Date('2024-04-18T07:59:00Z');
    const send = vi.fn(async () => ({ sent: 0 }));
    stop = startReminderScheduler(db, { clock: () => now, send });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenLastCalledWith(db, new Date('2024-04-18T07:59:00Z'));

    now = new Date('2024-04-18T08:00:00Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith(db, new Date('2024-04-18T08:00:00Z'));
  });

  it('logs a failed round, each zone’s failure on its own line, and keeps going', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const send = vi
      .fn()
      .mockRejectedValueOnce(new AggregateError([new Error('zone 1: x'), new Error('zone 2: y')], 'failed'))
      .mockResolvedValue({ sent: 3 });
    stop = startReminderScheduler(db, { send });
    await vi.advanceTimersByTimeAsync(0);
    expect(logged.mock.calls.map((c) => c[0])).toEqual(['[reminders] zone 1: x', '[reminders] zone 2: y']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not start a round while the last one is still running', async () => {
    let finish: () => void = () => {};
    const send = vi.fn(
      () =>
        new Promise<{ sent: number }>((resolve) => {
          finish = () => resolve({ sent: 0 });
        }),
    );
    stop = startReminderScheduler(db, { send });
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(send).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('stops', async () => {
    const send = vi.fn(async () => ({ sent: 0 }));
    startReminderScheduler(db, { send })();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(send).not.toHaveBeenCalled();
  });
});
