import type { Db, Tx } from '@/db/types';
import { type AttachmentAccess, can } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { AttachmentTargetRef } from '@/lib/validation/attachment';
import { loadBlocker } from './blocker-load';
import { loadMilestone, loadProject, lockProjectOfBlocker } from './load-target';

/** The object an attachment hangs on, loaded in the action's transaction with its project locked. */
export interface LoadedAttachmentTarget {
  projectId: number;
  zoneId: number;
  access: AttachmentAccess;
  /** The columns of `attachments` that name the object. */
  columns: { weekStart: string | null; milestoneId: number | null; blockerId: number | null };
}

const NO_TARGET = { weekStart: null, milestoneId: null, blockerId: null };

/**
 * Scoped to the viewer's zone like every loader (another zone's id finds nothing). The project row is locked
 * whatever the object, so two uploads to one project take their quota in turn.
 */
export async function loadAttachmentTarget(
  tx: Tx,
  ref: AttachmentTargetRef,
  viewer: Viewer,
): Promise<LoadedAttachmentTarget | null> {
  if (ref.on === 'week') {
    const found = await loadProject(tx, ref.projectId, viewer);
    if (!found) return null;
    return {
      projectId: found.project.id,
      zoneId: found.project.zoneId,
      access: { ...found.access, raiser: false, on: 'week' },
      columns: { ...NO_TARGET, weekStart: ref.weekStart },
    };
  }
  if (ref.on === 'milestone') {
    const found = await loadMilestone(tx, ref.milestoneId, viewer);
    if (!found) return null;
    return {
      projectId: found.milestone.projectId,
      zoneId: found.access.zoneId,
      access: { ...found.access, raiser: false, on: 'milestone' },
      columns: { ...NO_TARGET, milestoneId: found.milestone.id },
    };
  }
  // The project first, as every loader locks: two uploads to one project take their quota in turn.
  await lockProjectOfBlocker(tx, ref.blockerId);
  const found = await loadBlocker(tx, ref.blockerId, viewer);
  if (!found) return null;
  return {
    projectId: found.blocker.projectId,
    zoneId: found.access.zoneId,
    access: { ...found.access, on: 'blocker' },
    columns: { ...NO_TARGET, blockerId: found.blocker.id },
  };
}

/**
 * Whether the viewer may attach to the object at all, asked before an upload is decoded: decoding a photo
 * costs a core for a second or more, which nobody should be able to spend on an object not theirs. The attach
 * action asks again inside its transaction, where the answer counts.
 */
export async function mayAttachTo(db: Db, viewer: Viewer, ref: AttachmentTargetRef): Promise<boolean> {
  const target = await db.transaction((tx) => loadAttachmentTarget(tx, ref, viewer));
  return target !== null && can(viewer, 'attachment.add', target.access);
}
