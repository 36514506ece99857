import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { attachments, blockerEvents, blockers, milestones, progressReports, users, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { attachmentStore } from '@/lib/attachments/store';
import { can } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import { getProjectDetail, type ProjectDetail } from './project-detail';

// 一项目一档: the project page's own read for the head (facts, contacts, stages, milestones), then the long
// parts (a year of weekly filings, every blocker with its timeline, the photos and files) read in batches only
// when the PDF writer reaches them, so a project with years of history never sits in memory whole.

const BATCH = 25;

export interface DossierHead {
  project: ProjectDetail['project'];
  zoneName: string;
  parkName: string;
  enterpriseName: string;
  yearToDate: number;
  assignments: ProjectDetail['assignments'];
  stages: ProjectDetail['stages'];
  milestones: ProjectDetail['milestones'];
  /** The plan year whose weekly filings the dossier holds. */
  year: number;
}

export interface DossierFiling {
  weekStart: IsoDate;
  progress: string;
  nextPlan: string;
  investment: number;
  filedBy: string;
}

export interface DossierBlockerEvent {
  kind: (typeof blockerEvents.kind.enumValues)[number];
  comment: string;
  detail: unknown;
  at: Date;
  actorName: string;
}

export interface DossierBlocker {
  id: number;
  title: string;
  description: string;
  category: (typeof blockers.category.enumValues)[number];
  urgency: (typeof blockers.urgency.enumValues)[number];
  status: (typeof blockers.status.enumValues)[number];
  level: (typeof blockers.level.enumValues)[number];
  neededBy: IsoDate | null;
  responsibleUnit: string | null;
  deadline: IsoDate | null;
  resolution: string | null;
  raisedAt: Date;
  closedAt: Date | null;
  raiserName: string;
  milestoneName: string | null;
  events: DossierBlockerEvent[];
}

/** What an attachment hangs on: a week's filing, a milestone or a blocker. */
export type AttachmentPlace =
  | { on: 'week'; weekStart: IsoDate }
  | { on: 'milestone'; name: string }
  | { on: 'blocker'; title: string };

/** A photo or file hanging on the project's filings, milestones or blockers. */
export interface DossierAttachment {
  id: string;
  kind: (typeof attachments.kind.enumValues)[number];
  name: string;
  place: AttachmentPlace;
  /** The camera's clock, "YYYY-MM-DD HH:MM:SS", when the photo said. */
  takenAt: string | null;
  uploadedAt: Date;
  bytes: number;
  /** A photo's thumbnail (a JPEG of at most 400 px), read with its batch; null for a file. */
  thumb: Uint8Array | null;
}

export interface Dossier {
  head: DossierHead;
  filings: AsyncIterable<DossierFiling>;
  blockers: AsyncIterable<DossierBlocker>;
  attachments: AsyncIterable<DossierAttachment>;
}

/**
 * The dossier of a project, or null when the viewer may not have it (no such project, another zone): the
 * route answers both with 404. Whoever may read the project may take its dossier (docs/decisions.md).
 */
export async function projectDossier(db: DbOrTx, viewer: Viewer, projectId: number): Promise<Dossier | null> {
  const detail = await getProjectDetail(db, viewer, projectId);
  if (!detail || !can(viewer, 'project.dossier', detail.access)) return null;
  const [zone] = await db.select({ name: zones.name }).from(zones).where(eq(zones.id, detail.project.zoneId));
  const year = detail.project.planYear;
  return {
    head: {
      project: detail.project,
      zoneName: zone?.name ?? '',
      parkName: detail.parkName,
      enterpriseName: detail.enterpriseName,
      yearToDate: detail.yearToDate,
      assignments: detail.assignments,
      stages: detail.stages,
      milestones: detail.milestones,
      year,
    },
    filings: filingsOfYear(db, projectId, year),
    blockers: projectBlockers(db, projectId),
    attachments: projectAttachmentsOf(db, projectId),
  };
}

/** The year's weekly filings, oldest week first, a batch at a time. */
async function* filingsOfYear(db: DbOrTx, projectId: number, year: number): AsyncGenerator<DossierFiling> {
  let after = `${year - 1}-12-31`;
  const end = `${year + 1}-01-01`;
  for (;;) {
    const batch = await db
      .select({
        weekStart: progressReports.weekStart,
        progress: progressReports.progress,
        nextPlan: progressReports.nextPlan,
        investment: progressReports.investment,
        filedBy: users.name,
      })
      .from(progressReports)
      .innerJoin(users, eq(users.id, progressReports.updatedBy))
      .where(
        and(
          eq(progressReports.projectId, projectId),
          gt(progressReports.weekStart, after),
          lt(progressReports.weekStart, end),
        ),
      )
      .orderBy(asc(progressReports.weekStart))
      .limit(BATCH);
    yield* batch;
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) return;
    after = last.weekStart;
  }
}

/** Every blocker of the project, closed ones too, oldest first, each with its whole timeline. */
async function* projectBlockers(db: DbOrTx, projectId: number): AsyncGenerator<DossierBlocker> {
  let afterId = 0;
  for (;;) {
    const batch = await db
      .select({
        id: blockers.id,
        title: blockers.title,
        description: blockers.description,
        category: blockers.category,
        urgency: blockers.urgency,
        status: blockers.status,
        level: blockers.level,
        neededBy: blockers.neededBy,
        responsibleUnit: blockers.responsibleUnit,
        deadline: blockers.deadline,
        resolution: blockers.resolution,
        raisedAt: blockers.raisedAt,
        closedAt: blockers.closedAt,
        raiserName: users.name,
        milestoneName: sql<string | null>`(select ${milestones.name} from ${milestones}
          where ${milestones.id} = ${blockers.milestoneId})`,
      })
      .from(blockers)
      .innerJoin(users, eq(users.id, blockers.raisedBy))
      .where(and(eq(blockers.projectId, projectId), gt(blockers.id, afterId)))
      .orderBy(asc(blockers.id))
      .limit(BATCH);
    if (batch.length === 0) return;
    const events = await db
      .select({
        blockerId: blockerEvents.blockerId,
        kind: blockerEvents.kind,
        comment: blockerEvents.comment,
        detail: blockerEvents.detail,
        at: blockerEvents.at,
        actorName: users.name,
      })
      .from(blockerEvents)
      .innerJoin(users, eq(users.id, blockerEvents.actorId))
      .where(
        inArray(
          blockerEvents.blockerId,
          batch.map((b) => b.id),
        ),
      )
      .orderBy(asc(blockerEvents.at), asc(blockerEvents.id));
    for (const b of batch) {
      yield { ...b, events: events.filter((e) => e.blockerId === b.id).map(({ blockerId: _, ...e }) => e) };
    }
    if (batch.length < BATCH) return;
    afterId = batch.at(-1)?.id ?? afterId;
  }
}

/** Small batches: a batch's thumbnails are in memory together (each some tens of KB). */
const PHOTO_BATCH = 12;

const placeOf = (row: {
  weekStart: string | null;
  milestoneName: string | null;
  blockerTitle: string | null;
}): AttachmentPlace =>
  row.weekStart !== null
    ? { on: 'week', weekStart: row.weekStart }
    : row.milestoneName !== null
      ? { on: 'milestone', name: row.milestoneName }
      : { on: 'blocker', title: row.blockerTitle ?? '' };

/**
 * The project's photos and files, oldest first, a batch at a time with the batch's photo thumbnails. Paged
 * by offset: uploaded_at has microseconds a JS Date would round off, so it cannot serve as a keyset.
 */
async function* projectAttachmentsOf(db: DbOrTx, projectId: number): AsyncGenerator<DossierAttachment> {
  for (let offset = 0; ; offset += PHOTO_BATCH) {
    const batch = await db
      .select({
        id: attachments.id,
        kind: attachments.kind,
        name: attachments.fileName,
        takenAt: attachments.takenAt,
        uploadedAt: attachments.uploadedAt,
        bytes: attachments.byteSize,
        weekStart: attachments.weekStart,
        milestoneName: milestones.name,
        blockerTitle: blockers.title,
      })
      .from(attachments)
      .leftJoin(milestones, eq(milestones.id, attachments.milestoneId))
      .leftJoin(blockers, eq(blockers.id, attachments.blockerId))
      .where(eq(attachments.projectId, projectId))
      .orderBy(asc(attachments.uploadedAt), asc(attachments.id))
      .limit(PHOTO_BATCH)
      .offset(offset);
    const thumbs = await Promise.all(
      batch.map((a) => (a.kind === 'photo' ? attachmentStore().get(db, a.id, 'thumb') : null)),
    );
    yield* batch.map(({ weekStart, milestoneName, blockerTitle, ...a }, i) => ({
      ...a,
      place: placeOf({ weekStart, milestoneName, blockerTitle }),
      thumb: thumbs[i] ?? null,
    }));
    if (batch.length < PHOTO_BATCH) return;
  }
}
