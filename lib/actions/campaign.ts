import { and, eq, inArray } from 'drizzle-orm';
import { campaignEntries, campaignRounds, projects } from '@/db/schema';
import { mayBeListed } from '@/lib/domain/kpi';
import { zoneScope } from '@/lib/queries/scope';
import { addEntriesSchema, createRoundSchema, removeEntrySchema } from '@/lib/validation/campaign';
import { defineAction } from './define-action';
import { invalidField } from './result';

// "三个一批" rounds are city-wide (the province holds them), so any admin or supervisor may hold one; the
// projects listed in it are each zone's own, fetched scoped to the viewer so another zone's id finds nothing.

/**
 * A round is its name and day (a unique pair): another submit of one already entered is told so; the same
 * submit replayed gets the round it made.
 */
export const createRoundAction = defineAction({
  name: 'campaign.create_round',
  schema: createRoundSchema,
  permission: 'campaign.manage',
  unversioned: 'creates',
  /** The round touches no zone's projects; the permission asks only who the viewer is. */
  load: async () => ({ access: { zoneIds: [] } }),
  submit: (input) => ({ clientKey: input.clientKey, target: `round:${input.heldOn}:${input.name}` }),
  async write(tx, { input, viewer }) {
    const [round] = await tx
      .insert(campaignRounds)
      .values({ name: input.name, heldOn: input.heldOn, createdBy: viewer.id })
      .onConflictDoNothing({ target: [campaignRounds.name, campaignRounds.heldOn] })
      .returning();
    if (!round) throw invalidField('name', 'campaigns.errors.roundExists');
    return {
      data: { id: round.id },
      audit: { entity: 'campaign_round', entityId: round.id, before: null, after: round },
    };
  },
});

/**
 * Lists projects in one batch of a round. Creations only: a project already in that batch stays as it is (the
 * unique index decides, also between two concurrent submits), and a submit that adds nothing writes no audit.
 * So it needs no form key: a replay adds nothing and says so ({ added: 0 }).
 */
export const addEntriesAction = defineAction({
  name: 'campaign.add_entries',
  schema: addEntriesSchema,
  permission: 'campaign.manage',
  unversioned: 'creates',
  async load(tx, input, viewer) {
    const [round] = await tx
      .select({ id: campaignRounds.id })
      .from(campaignRounds)
      .where(eq(campaignRounds.id, input.roundId))
      .for('share');
    if (!round) return null;
    const listed = await tx
      .select({ id: projects.id, zoneId: projects.zoneId, stage: projects.stage })
      .from(projects)
      .where(and(inArray(projects.id, input.projectIds), zoneScope(viewer, projects.zoneId)))
      .for('share');
    // One id out of reach refuses the whole list, as a forged single id would be.
    if (listed.length !== input.projectIds.length) return null;
    return { round, projects: listed, access: { zoneIds: [...new Set(listed.map((p) => p.zoneId))] } };
  },
  async write(tx, { input, target }) {
    if (target.projects.some((p) => !mayBeListed(input.batch, p.stage))) {
      throw invalidField('projectIds', 'campaigns.errors.notAtBatchStage');
    }
    const added = await tx
      .insert(campaignEntries)
      .values(
        input.projectIds.map((projectId) => ({ roundId: input.roundId, projectId, batch: input.batch })),
      )
      .onConflictDoNothing()
      .returning({ id: campaignEntries.id, projectId: campaignEntries.projectId });
    const data = { added: added.length };
    if (added.length === 0) return { data, audit: null };
    return {
      data,
      audit: {
        entity: 'campaign_round',
        entityId: input.roundId,
        before: null,
        after: { batch: input.batch, entries: added },
      },
    };
  },
});

/** Takes a project out of a round's batch (a listing made by mistake). Removing is the same however often. */
export const removeEntryAction = defineAction({
  name: 'campaign.remove_entry',
  schema: removeEntrySchema,
  permission: 'campaign.manage',
  unversioned: 'idempotent',
  async load(tx, input, viewer) {
    const [row] = await tx
      .select({ entry: campaignEntries, zoneId: projects.zoneId })
      .from(campaignEntries)
      .innerJoin(projects, eq(projects.id, campaignEntries.projectId))
      .where(and(eq(campaignEntries.id, input.entryId), zoneScope(viewer, projects.zoneId)))
      .for('update', { of: campaignEntries });
    return row ? { entry: row.entry, access: { zoneIds: [row.zoneId] } } : null;
  },
  async write(tx, { target }) {
    const { entry } = target;
    await tx.delete(campaignEntries).where(eq(campaignEntries.id, entry.id));
    return {
      data: { removed: entry.id },
      audit: { entity: 'campaign_entry', entityId: entry.id, before: entry, after: null },
    };
  },
});
