import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { campaignEntries, campaignRounds, parks, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { CAMPAIGN_KPIS, type CampaignKpi, type KpiFigure, kpiFigure, successStages } from '@/lib/domain/kpi';
import type { Round } from './campaigns';
import { zoneScope } from './scope';

// The "三个一批" KPIs in SQL, from the one table in lib/domain/kpi.ts: per round and over all rounds, with the
// ids of the projects behind each numerator and denominator. A database test holds them to `campaignKpis`.

/** The project's current stage counts as success for the KPI. */
const kpiMet = (kpi: CampaignKpi): SQL => inArray(projects.stage, successStages(kpi));

/** For an entry: its project now meets the KPI of the entry's batch. */
const entryMet = sql`case ${sql.join(
  CAMPAIGN_KPIS.map((k) => sql`when ${campaignEntries.batch} = ${k.batch} then ${kpiMet(k)}`),
  sql` `,
)} end`;

/** The projects of the group (those the viewer reaches), optionally only those meeting `where`. */
const ids = (where?: SQL) =>
  sql<
    number[]
  >`coalesce(array_agg(distinct ${projects.id} order by ${projects.id}) filter (where ${projects.id} is not null${
    where ? sql` and ${where}` : sql``
  }), '{}')::int[]`;

export interface CampaignKpiFigures {
  /** Over all rounds. */
  overall: KpiFigure[];
  /** Per round, newest first. */
  rounds: { round: Round; kpis: KpiFigure[] }[];
}

/**
 * The KPIs over all rounds (a project listed in a batch of several rounds counts once) and per round, newest
 * round first. Rounds are city-wide; their entries count only the projects the viewer reaches.
 */
export async function campaignKpiFigures(db: DbOrTx, viewer: Viewer): Promise<CampaignKpiFigures> {
  // From the rounds, so that a round without entries (or without any the viewer reaches) is still listed:
  // one statement for the rounds and both groupings.
  const rows = await db
    .select({
      id: campaignRounds.id,
      name: campaignRounds.name,
      heldOn: campaignRounds.heldOn,
      // grouping() is 1 where the round is rolled up: the row over all rounds
      overall: sql<number>`grouping(${campaignRounds.id})`.mapWith(Number),
      batch: campaignEntries.batch,
      listed: ids(),
      met: ids(entryMet),
    })
    .from(campaignRounds)
    .leftJoin(campaignEntries, eq(campaignEntries.roundId, campaignRounds.id))
    .leftJoin(projects, and(eq(projects.id, campaignEntries.projectId), zoneScope(viewer, projects.zoneId)))
    .groupBy(
      sql`grouping sets ((${campaignRounds.id}, ${campaignRounds.name}, ${campaignRounds.heldOn}, ${campaignEntries.batch}), (${campaignEntries.batch}))`,
    );
  const figuresOf = (roundId: number | null) =>
    CAMPAIGN_KPIS.map((kpi) => {
      const row = rows.find(
        (r) =>
          (roundId === null ? r.overall === 1 : r.overall === 0 && r.id === roundId) && r.batch === kpi.batch,
      );
      return kpiFigure(kpi.key, row?.listed ?? [], row?.met ?? []);
    });
  const rounds = new Map<number, Round>();
  for (const r of rows) if (r.overall === 0) rounds.set(r.id, { id: r.id, name: r.name, heldOn: r.heldOn });
  const newestFirst = [...rounds.values()].sort((a, b) =>
    a.heldOn === b.heldOn ? b.id - a.id : a.heldOn < b.heldOn ? 1 : -1,
  );
  return {
    overall: figuresOf(null),
    rounds: newestFirst.map((round) => ({ round, kpis: figuresOf(round.id) })),
  };
}

/** The projects behind a KPI (all rounds, or one), each with whether it meets it; those not yet first. */
export function kpiProjects(db: DbOrTx, viewer: Viewer, kpi: CampaignKpi, roundId?: number) {
  const listed = sql`exists (select 1 from ${campaignEntries} where ${campaignEntries.projectId} = ${projects.id}
    and ${campaignEntries.batch} = ${kpi.batch}${roundId === undefined ? sql`` : sql` and ${campaignEntries.roundId} = ${roundId}`})`;
  return db
    .select({
      id: projects.id,
      name: projects.name,
      zoneId: projects.zoneId,
      parkName: parks.name,
      stage: projects.stage,
      met: sql<boolean>`${kpiMet(kpi)}`.mapWith(Boolean),
    })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .where(and(zoneScope(viewer, projects.zoneId), listed))
    .orderBy(sql`${kpiMet(kpi)}`, asc(parks.sortOrder), asc(projects.id));
}
