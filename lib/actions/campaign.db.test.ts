import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, campaignEntries, campaignRounds } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { addEntriesAction, createRoundAction, removeEntryAction } from './campaign';

const h = actionHarness();
const STARTED = ['华南智慧融创科技园', '供销瓜果市场']; // both under construction
const SIGNED_ONLY = '上海欧朗德年产2GWh新型储能装备制造产业化项目';
const ROUND = { name: '2024年第二次三个一批', heldOn: '2024-06-28' };

async function newRound(by = 'duban') {
  const result = await h.run(createRoundAction, by, { ...ROUND, clientKey: randomUUID() });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

async function addInput(extra: Record<string, unknown> = {}) {
  return {
    roundId: await newRound(),
    batch: 'started',
    projectIds: await Promise.all(STARTED.map((n) => h.projectId(n))),
    ...extra,
  };
}

const entriesOf = (roundId: number) =>
  h.db.select().from(campaignEntries).where(eq(campaignEntries.roundId, roundId));
const auditOf = (action: string) => h.db.select().from(auditLog).where(eq(auditLog.action, action));

/** The entry of one project in a fresh round's 开工一批, listed by the zone's supervisor. */
async function listedEntry() {
  const input = await addInput();
  await h.run(addEntriesAction, 'duban', input);
  const [entry] = await entriesOf(input.roundId);
  if (!entry) throw new Error('not listed');
  return entry;
}

describe('createRound', () => {
  it.each(['duban', 'admin', 'shangwu', 'gaoxin'])(
    'is open to %s (rounds are city-wide), audited',
    async (who) => {
      const id = await newRound(who);
      const [round] = await h.db.select().from(campaignRounds).where(eq(campaignRounds.id, id));
      expect(round).toMatchObject({ ...ROUND, createdBy: await h.userId(who), version: 1 });
      expect(await auditOf('campaign.create_round')).toMatchObject([{ entityId: String(id), before: null }]);
    },
  );

  it.each([
    ['an official', 'xu', 'forbidden'],
    ['a viewer', 'chakan', 'forbidden'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s', async (_label, who, code) => {
    await h.expectRefused(createRoundAction, who, { ...ROUND, clientKey: randomUUID() }, code);
  });

  it('refuses a round without a name or a date', async () => {
    const result = await h.expectRefused(
      createRoundAction,
      'duban',
      { name: '', heldOn: '2024-02-30', clientKey: randomUUID() },
      'invalid',
    );
    expect(result.ok || Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['heldOn', 'name']);
  });
});

describe('addEntries', () => {
  it.each(['duban', 'admin', 'shangwu'])(
    'lists the projects in a batch for %s, with one audit row',
    async (who) => {
      const input = await addInput();
      expect(await h.run(addEntriesAction, who, input)).toEqual({ ok: true, data: { added: 2 } });
      const entries = await entriesOf(input.roundId);
      expect(entries.map((e) => [e.projectId, e.batch])).toEqual(
        input.projectIds.map((id) => [id, 'started']),
      );
      expect(await auditOf('campaign.add_entries')).toMatchObject([
        { entityId: String(input.roundId), after: { batch: 'started' } },
      ]);
    },
  );

  it('is idempotent: a replay adds nothing and writes no second audit row; a new project is added alone', async () => {
    const input = await addInput();
    await h.run(addEntriesAction, 'duban', input);
    expect(await h.run(addEntriesAction, 'duban', input)).toEqual({ ok: true, data: { added: 0 } });
    expect(await entriesOf(input.roundId)).toHaveLength(2);
    expect(await auditOf('campaign.add_entries')).toHaveLength(1);

    const more = {
      ...input,
      projectIds: [...input.projectIds, await h.projectId('振东10亿袋颗粒剂建设项目')],
    };
    expect(await h.run(addEntriesAction, 'duban', more)).toEqual({ ok: true, data: { added: 1 } });
    expect(await auditOf('campaign.add_entries')).toHaveLength(2);
  });

  // Truly concurrent on PostgreSQL; PGlite runs the transactions one after another.
  it('5 parallel replays of one submit list each project once, audited once', async () => {
    const input = await addInput();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => h.run(addEntriesAction, 'duban', input)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => r.ok && r.data.added).sort()).toEqual([0, 0, 0, 0, 2]);
    expect(await entriesOf(input.roundId)).toHaveLength(2);
    expect(await auditOf('campaign.add_entries')).toHaveLength(1);
  });

  it('takes the same project in another batch of the round as another entry', async () => {
    const input = await addInput();
    await h.run(addEntriesAction, 'duban', input);
    expect(await h.run(addEntriesAction, 'duban', { ...input, batch: 'signed' })).toMatchObject({
      ok: true,
      data: { added: 2 },
    });
  });

  it.each([
    ['an official', 'xu', 'forbidden'],
    ['a viewer', 'chakan', 'forbidden'],
    ['another zone’s supervisor (the projects are out of reach)', 'gaoxin', 'not_found'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s', async (_label, who, code) => {
    await h.expectRefused(addEntriesAction, who, await addInput(), code);
  });

  it('refuses the whole list when one id is out of reach, an unknown round, an empty list', async () => {
    const input = await addInput();
    await h.expectRefused(
      addEntriesAction,
      'duban',
      { ...input, projectIds: [...input.projectIds, 999_999] },
      'not_found',
    );
    await h.expectRefused(addEntriesAction, 'duban', { ...input, roundId: 999_999 }, 'not_found');
    await h.expectRefused(addEntriesAction, 'duban', { ...input, projectIds: [] }, 'invalid');
    await h.expectRefused(addEntriesAction, 'duban', { ...input, batch: 'negotiating' }, 'invalid');
  });

  it('refuses a project that has not reached the batch’s stage', async () => {
    const input = await addInput({ projectIds: [await h.projectId(SIGNED_ONLY)] });
    const result = await h.expectRefused(addEntriesAction, 'duban', input, 'invalid');
    expect(result.ok || result.fieldErrors?.projectIds).toHaveLength(1);
    expect(await h.run(addEntriesAction, 'duban', { ...input, batch: 'signed' })).toMatchObject({ ok: true });
  });
});

describe('removeEntry', () => {
  it('takes the entry out, audited with what it was; a replay finds nothing', async () => {
    const entry = await listedEntry();
    expect(await h.run(removeEntryAction, 'admin', { entryId: entry.id })).toEqual({
      ok: true,
      data: { removed: entry.id },
    });
    expect(await h.db.$count(campaignEntries, eq(campaignEntries.id, entry.id))).toBe(0);
    expect(await auditOf('campaign.remove_entry')).toMatchObject([
      { entityId: String(entry.id), after: null },
    ]);
    await h.expectRefused(removeEntryAction, 'admin', { entryId: entry.id }, 'not_found');
  });

  it.each([
    ['an official', 'xu', 'forbidden'],
    ['a viewer', 'chakan', 'forbidden'],
    ['another zone’s supervisor', 'gaoxin', 'not_found'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s', async (_label, who, code) => {
    const entry = await listedEntry();
    await h.expectRefused(removeEntryAction, who, { entryId: entry.id }, code);
    expect(
      await h.db.$count(
        campaignEntries,
        and(eq(campaignEntries.id, entry.id), eq(campaignEntries.batch, 'started')),
      ),
    ).toBe(1);
  });
});
