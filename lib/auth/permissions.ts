import type { AttachmentTarget } from '@/lib/attachments/kinds';
import type { BlockerActor } from '@/lib/domain/blockers';
import type { AssignmentRole } from '@/lib/domain/vocabulary';
import type { Viewer } from './viewer';

/** What most permissions are checked against: a project, seen from the viewer. */
export interface ProjectAccess {
  zoneId: number;
  /** The viewer's active "三个一" role on the project, if any. */
  assignment: AssignmentRole | null;
}

/**
 * A project with its plan. Locked once a supervisor has approved a plan of it (any year): from then on its
 * officials change the plan only by request, also while a new year's plan waits for approval (a rollover
 * must not reopen the door to re-dating). Only a new project's plan is theirs to draft.
 */
export interface PlanAccess extends ProjectAccess {
  planLocked: boolean;
}

/** The access a loader read: the zone, the viewer's role there, whether the plan is locked. */
export const planAccess = (
  zoneId: number,
  assignment: AssignmentRole | null,
  planLocked: boolean,
): PlanAccess => ({ zoneId, assignment, planLocked });

/** A blocker, seen from the viewer: its project's access, and whether the viewer raised it. */
export interface BlockerAccess extends ProjectAccess {
  raiser: boolean;
}

/** A 督办单, seen from the viewer: its project's access, and whether the viewer is its addressee. */
export interface NoticeAccess extends ProjectAccess {
  addressee: boolean;
}

/** What an attachment hangs on, seen from the viewer: the rule of the object it hangs on decides. */
export interface AttachmentAccess extends BlockerAccess {
  on: AttachmentTarget;
}

/** What user management is checked against: the zone of the account (null: a city-level account). */
export interface AccountAccess {
  zoneId: number | null;
}

/** City-level admins and supervisors (no zone) reach every zone; everyone else only their own. */
export function reachesZone(viewer: Viewer, zoneId: number): boolean {
  if (viewer.zoneId === null) return viewer.role === 'admin' || viewer.role === 'supervisor';
  return viewer.zoneId === zoneId;
}

const managesZone = (v: Viewer, p: ProjectAccess) =>
  (v.role === 'admin' || v.role === 'supervisor') && reachesZone(v, p.zoneId);

const assignedOfficial = (v: Viewer, p: ProjectAccess, roles?: readonly AssignmentRole[]) =>
  v.role === 'official' &&
  p.assignment !== null &&
  (roles === undefined || roles.includes(p.assignment)) &&
  reachesZone(v, p.zoneId);

const followsBlocker = (v: Viewer, b: BlockerAccess) =>
  reachesZone(v, b.zoneId) &&
  (v.role === 'supervisor' || (v.role === 'official' && (b.assignment !== null || b.raiser)));

function mayAttach(v: Viewer, a: AttachmentAccess): boolean {
  if (a.on === 'week') return assignedOfficial(v, a);
  if (a.on === 'milestone') return managesZone(v, a) || assignedOfficial(v, a);
  return followsBlocker(v, a);
}

/**
 * The one permission map, used by server actions (the authority) and by pages (to show or hide controls).
 * Each entry answers: may this viewer do this to this object?
 */
export const permissions = {
  'project.read': (v: Viewer, p: ProjectAccess) => reachesZone(v, p.zoneId),
  /**
   * download the project's dossier (一项目一档, its whole record as a PDF): whoever reads the project, as the
   * weekly report's file goes to whoever reads the zone; it holds only what the project's pages and its
   * blockers' pages show them
   */
  'project.dossier': (v: Viewer, p: ProjectAccess) => reachesZone(v, p.zoneId),
  /** mark a milestone's status, actual date and note */
  'milestone.write': (v: Viewer, p: ProjectAccess) => managesZone(v, p) || assignedOfficial(v, p),
  /**
   * change the plan itself (add, rename, re-date, reorder, remove milestones; the annual figures): the zone's
   * management always (a correction, once approved); the project's officials only while it is a draft
   */
  'plan.edit': (v: Viewer, p: PlanAccess) => managesZone(v, p) || (assignedOfficial(v, p) && !p.planLocked),
  /** approve a plan (确认计划), decide change requests, open the next plan year: the zone's management */
  'plan.approve': (v: Viewer, p: ProjectAccess) => managesZone(v, p),
  /** propose a change to an approved plan (计划调整申请): the project's officials */
  'plan.request': (v: Viewer, p: PlanAccess) => assignedOfficial(v, p) && p.planLocked,
  /** edit a project's facts (name, enterprise, park, kind, investment, period, enterprise contact) */
  'project.edit': (v: Viewer, p: ProjectAccess) => managesZone(v, p),
  /** assign, replace and end the "三个一" */
  'assignment.manage': (v: Viewer, p: ProjectAccess) => managesZone(v, p),
  /** move a project one stage forward: its leader or cadre, or the zone's management */
  'stage.advance': (v: Viewer, p: ProjectAccess) =>
    managesZone(v, p) || assignedOfficial(v, p, ['leader', 'cadre']),
  /** move a project back: a correction, supervisors only */
  'stage.correct': (v: Viewer, p: ProjectAccess) => v.role === 'supervisor' && reachesZone(v, p.zoneId),
  /** file and edit the weekly progress report (周调度): the project's own officials */
  'progress.file': (v: Viewer, p: ProjectAccess) => assignedOfficial(v, p),
  /** see a zone's (or, for null, the city's) supervision lists: reports not filed, 雷同, "三个一" gaps, load */
  'zone.supervise': (v: Viewer, z: AccountAccess) =>
    (v.role === 'admin' || v.role === 'supervisor') &&
    (z.zoneId === null ? v.zoneId === null : reachesZone(v, z.zoneId)),
  /** raise a blocker (困难和问题) on a project: its own officials */
  'blocker.raise': (v: Viewer, p: ProjectAccess) => assignedOfficial(v, p),
  /**
   * take part in a blocker: the zone's (or city's) supervisors, the project's officials and whoever raised it.
   * Which move each may make is the lifecycle's rule (lib/domain/blockers.ts).
   */
  'blocker.follow': (v: Viewer, b: BlockerAccess) => followsBlocker(v, b),
  /**
   * attach a photo or file: whoever may file the week, update the milestone or take part in the blocker it
   * hangs on (the same rules as those entries above)
   */
  'attachment.add': (v: Viewer, a: AttachmentAccess) => mayAttach(v, a),
  /** remove one: the zone's managers, or the official who uploaded it while still allowed to attach there */
  'attachment.remove': (v: Viewer, a: AttachmentAccess & { uploader: boolean }) =>
    managesZone(v, a) || (a.uploader && v.role === 'official' && mayAttach(v, a)),
  /** read (mark read) one's own notifications */
  'notification.read': (v: Viewer, n: { userId: number }) => n.userId === v.id,
  /** read a zone's weekly report (周报) and download it: whoever reads the zone */
  'report.read': (v: Viewer, z: { zoneId: number }) => reachesZone(v, z.zoneId),
  /** close (freeze) a zone's report week, or reopen it with a reason: supervisors */
  'report.close': (v: Viewer, z: { zoneId: number }) => v.role === 'supervisor' && reachesZone(v, z.zoneId),
  /** 催报: chase a zone's officials for the week's reports not yet filed: supervisors */
  'report.chase': (v: Viewer, z: { zoneId: number }) => v.role === 'supervisor' && reachesZone(v, z.zoneId),
  /** 督办单: issue one on a project or its blocker: the zone's (or city's) supervisors */
  'supervision.issue': (v: Viewer, p: ProjectAccess) => v.role === 'supervisor' && reachesZone(v, p.zoneId),
  /** reply to a 督办单: its addressee and the project's other officials */
  'supervision.reply': (v: Viewer, n: NoticeAccess) =>
    v.role === 'official' && reachesZone(v, n.zoneId) && (n.addressee || n.assignment !== null),
  /** accept a reply (办结) or send it back: the zone's (or city's) supervisors */
  'supervision.review': (v: Viewer, n: NoticeAccess) => v.role === 'supervisor' && reachesZone(v, n.zoneId),
  /**
   * maintain the "三个一批" rounds: admins and supervisors. Rounds are city-wide; the projects a change touches
   * (`zoneIds`, none for the round itself) must all be in the viewer's reach.
   */
  'campaign.manage': (v: Viewer, c: { zoneIds: readonly number[] }) =>
    (v.role === 'admin' || v.role === 'supervisor') && c.zoneIds.every((z) => reachesZone(v, z)),
  /** add a key project to a zone */
  'project.create': (v: Viewer, z: { zoneId: number }) => v.role === 'admin' && reachesZone(v, z.zoneId),
  /** import the zone's 项目台账 (creates and updates its projects in bulk): its admins and supervisors */
  'ledger.import': (v: Viewer, z: { zoneId: number }) =>
    (v.role === 'admin' || v.role === 'supervisor') && reachesZone(v, z.zoneId),
  /** edit a person's phones: the person, or an admin who manages their account */
  'user.profile': (v: Viewer, a: AccountAccess & { userId: number }) =>
    a.userId === v.id ||
    (v.role === 'admin' && (a.zoneId === null ? v.zoneId === null : reachesZone(v, a.zoneId))),
  /** create accounts, reset passwords, disable: admins, within their zone (city admins: all) */
  /** set up a zone's work-group robots (企业微信/钉钉) and send them a test: its admins */
  'channel.manage': (v: Viewer, z: { zoneId: number }) => v.role === 'admin' && reachesZone(v, z.zoneId),
  /** set a zone's scheduled reminders (days, times, on/off) and its 催报 quiet period: its admins */
  'reminder.manage': (v: Viewer, z: { zoneId: number }) => v.role === 'admin' && reachesZone(v, z.zoneId),
  /** read a zone's quarterly indicators (开发区季度指标): whoever reads the zone; the city's table, city accounts */
  'indicator.read': (v: Viewer, z: { zoneId: number }) => reachesZone(v, z.zoneId),
  /** file or correct a zone's figures of a quarter: its admins and supervisors (the city's: every zone) */
  'indicator.file': (v: Viewer, z: { zoneId: number }) =>
    (v.role === 'admin' || v.role === 'supervisor') && reachesZone(v, z.zoneId),
  /** lock or unlock a quarter for every zone: the city's admins and supervisors */
  'indicator.lock': (v: Viewer, _q: { year: number; quarter: number }) =>
    (v.role === 'admin' || v.role === 'supervisor') && v.zoneId === null,
  /** enter a quarter's reference rates (全市, 全省开发区): the city's admins and supervisors */
  'indicator.reference': (v: Viewer, _q: { year: number; quarter: number }) =>
    (v.role === 'admin' || v.role === 'supervisor') && v.zoneId === null,
  /** define, edit and deactivate the indicator set: the city's admins */
  'indicator.define': (v: Viewer, _d: { id: number | null }) => v.role === 'admin' && v.zoneId === null,
  'user.manage': (v: Viewer, a: AccountAccess) =>
    v.role === 'admin' && (a.zoneId === null ? v.zoneId === null : reachesZone(v, a.zoneId)),
} as const;

export type Permission = keyof typeof permissions;
export type PermissionObject<P extends Permission> = Parameters<(typeof permissions)[P]>[1];

export function can<P extends Permission>(
  viewer: Viewer,
  permission: P,
  object: PermissionObject<P>,
): boolean {
  const rule = permissions[permission] as (v: Viewer, o: PermissionObject<P>) => boolean;
  return rule(viewer, object);
}

/** The viewer in the blocker lifecycle's terms (who may make which move is lib/domain/blockers.ts). */
export function blockerActor(viewer: Viewer, access: BlockerAccess): BlockerActor {
  return {
    supervisor: viewer.role === 'supervisor' && reachesZone(viewer, access.zoneId),
    citySupervisor: viewer.role === 'supervisor' && viewer.zoneId === null,
    projectOfficial: viewer.role === 'official' && access.assignment !== null,
    raiser: access.raiser,
  };
}
