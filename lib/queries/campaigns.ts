import { asc, desc, eq } from 'drizzle-orm';
import { campaignEntries, campaignRounds, parks, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneScope } from './scope';

// The "三个一批" rounds page: every round (they are city-wide), with the entries of the projects the viewer
// reaches, and those projects to choose from. Two queries for the rounds, one for the choices.

const roundFields = { id: campaignRounds.id, name: campaignRounds.name, heldOn: campaignRounds.heldOn };
export type Round = { id: number; name: string; heldOn: string };

/** Every round, newest first. */
export function listRounds(db: DbOrTx): Promise<Round[]> {
  return db
    .select(roundFields)
    .from(campaignRounds)
    .orderBy(desc(campaignRounds.heldOn), desc(campaignRounds.id));
}

export async function roundsWithEntries(db: DbOrTx, viewer: Viewer) {
  const [rounds, entries] = await Promise.all([
    listRounds(db),
    db
      .select({
        id: campaignEntries.id,
        roundId: campaignEntries.roundId,
        batch: campaignEntries.batch,
        projectId: projects.id,
        projectName: projects.name,
        stage: projects.stage,
      })
      .from(campaignEntries)
      .innerJoin(projects, eq(projects.id, campaignEntries.projectId))
      .innerJoin(parks, eq(parks.id, projects.parkId))
      .where(zoneScope(viewer, projects.zoneId))
      .orderBy(asc(parks.sortOrder), asc(projects.id)),
  ]);
  return rounds.map((round) => ({ ...round, entries: entries.filter((e) => e.roundId === round.id) }));
}
export type RoundWithEntries = Awaited<ReturnType<typeof roundsWithEntries>>[number];

/** The projects the viewer may list, with their stage (a batch takes only those that reached its stage). */
export function listableProjects(db: DbOrTx, viewer: Viewer) {
  return db
    .select({ id: projects.id, name: projects.name, stage: projects.stage, parkName: parks.name })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .where(zoneScope(viewer, projects.zoneId))
    .orderBy(asc(parks.zoneId), asc(parks.sortOrder), asc(projects.id));
}
export type ListableProject = Awaited<ReturnType<typeof listableProjects>>[number];

/** One round's name and date, for a heading (rounds are city-wide: anyone who may see the KPIs sees it). */
export async function roundById(db: DbOrTx, roundId: number): Promise<Round | null> {
  const [round] = await db.select(roundFields).from(campaignRounds).where(eq(campaignRounds.id, roundId));
  return round ?? null;
}
