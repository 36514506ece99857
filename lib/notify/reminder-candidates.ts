import { and, asc, eq, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import { blockers, milestones, projects, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { addDays, type IsoDate } from '@/lib/domain/dates';
import type { DueReminders } from '@/lib/domain/reminder-schedule';
import { ASSIGNMENT_ROLES } from '@/lib/domain/vocabulary';
import { activeContacts, type ContactsByRole } from '@/lib/queries/contacts';
import { unfiledProjects } from '@/lib/queries/weekly';
import { closedOnOrAfter } from '@/lib/queries/weekly-report';
import type { Notice, REMINDER_NOTICE_KINDS } from './notices';

export type ReminderReason = (typeof REMINDER_NOTICE_KINDS)[number];

/** One reminder to one person: given at most once per (reason, userId, objectId, period). */
export interface Reminder {
  reason: ReminderReason;
  userId: number;
  /** The project (filing), milestone or blocker it is about. */
  objectId: number;
  /** The week's Monday (filing) or the day (milestones, blockers), on the zone's calendar. */
  period: IsoDate;
  notice: Notice;
}

export const reminderKey = (r: Pick<Reminder, 'reason' | 'userId' | 'objectId' | 'period'>) =>
  `${r.reason}|${r.userId}|${r.objectId}|${r.period}`;

/** The enabled holders of a project's "三个一": a disabled account is never told. */
function officialsOf(contacts: ContactsByRole | undefined): number[] {
  return ASSIGNMENT_ROLES.flatMap((role) => {
    const contact = contacts?.[role];
    return contact && !contact.disabled ? [contact.userId] : [];
  });
}

/** The week's report due: each official of each project not filed for the week, once per project. */
async function filingReminders(tx: Tx, zoneId: number, weekStart: IsoDate): Promise<Reminder[]> {
  // Nobody can file a closed week, so nobody is asked to.
  if (await closedOnOrAfter(tx, zoneId, weekStart)) return [];
  const unfiled = await unfiledProjects(tx, zoneId, weekStart);
  return unfiled.flatMap((project) =>
    officialsOf(project.contacts).map((userId) => ({
      reason: 'remind_filing' as const,
      userId,
      objectId: project.id,
      period: weekStart,
      notice: {
        userId,
        kind: 'remind_filing' as const,
        blockerId: null,
        projectId: project.id,
        payload: { blockerTitle: '', projectName: project.name, actorName: '', weekStart },
      },
    })),
  );
}

/** Milestones not done and due within `days` days of today, or overdue (planned before today). */
function milestonesToMind(tx: Tx, zoneId: number, today: IsoDate, days: number) {
  return tx
    .select({
      id: milestones.id,
      name: milestones.name,
      plannedOn: milestones.plannedOn,
      projectId: projects.id,
      projectName: projects.name,
    })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(
      and(
        eq(projects.zoneId, zoneId),
        ne(milestones.status, 'done'),
        lte(milestones.plannedOn, addDays(today, days)),
      ),
    )
    .orderBy(asc(milestones.id));
}

/**
 * Blockers still being worked on (待受理 or 已交办, not 已解决 or 已销号) whose 办结时限 (the deadline a
 * supervisor set with the responsible unit) is today or past, with whether their raiser's account is enabled.
 */
function blockersPastDeadline(tx: Tx, zoneId: number, today: IsoDate) {
  return tx
    .select({
      id: blockers.id,
      title: blockers.title,
      deadline: blockers.deadline,
      projectId: projects.id,
      projectName: projects.name,
      raisedBy: blockers.raisedBy,
      raiserDisabled: users.disabled,
    })
    .from(blockers)
    .innerJoin(projects, eq(projects.id, blockers.projectId))
    .innerJoin(users, eq(users.id, blockers.raisedBy))
    .where(
      and(
        eq(projects.zoneId, zoneId),
        inArray(blockers.status, ['open', 'assigned']),
        isNotNull(blockers.deadline),
        lte(blockers.deadline, today),
      ),
    )
    .orderBy(asc(blockers.id));
}

/**
 * Every reminder of a zone that is due now, each person once per (reason, object, period), in a fixed
 * number of queries whatever the number of projects. Who: the project's officials; for a blocker also the
 * one who raised it, who follows it through to 销号.
 */
export async function dueRemindersOfZone(
  tx: Tx,
  zoneId: number,
  due: DueReminders,
  milestoneDays: number,
): Promise<Reminder[]> {
  const out = new Map<string, Reminder>();
  const add = (r: Reminder) => out.set(reminderKey(r), r);

  if (due.filingWeek) for (const r of await filingReminders(tx, zoneId, due.filingWeek)) add(r);

  const milestoneRows = due.milestoneDay ? await milestonesToMind(tx, zoneId, due.today, milestoneDays) : [];
  const blockerRows = due.blockerDay ? await blockersPastDeadline(tx, zoneId, due.today) : [];
  const contacts = await activeContacts(tx, [
    ...new Set([...milestoneRows, ...blockerRows].map((r) => r.projectId)),
  ]);

  for (const m of milestoneRows) {
    const reason = m.plannedOn < due.today ? 'remind_milestone_overdue' : 'remind_milestone_due';
    for (const userId of officialsOf(contacts.get(m.projectId)))
      add({
        reason,
        userId,
        objectId: m.id,
        period: due.today,
        notice: {
          userId,
          kind: reason,
          blockerId: null,
          projectId: m.projectId,
          payload: {
            blockerTitle: '',
            projectName: m.projectName,
            actorName: '',
            milestoneName: m.name,
            dueDate: m.plannedOn,
          },
        },
      });
  }

  for (const b of blockerRows) {
    const people = officialsOf(contacts.get(b.projectId));
    if (!b.raiserDisabled) people.push(b.raisedBy);
    for (const userId of people)
      add({
        reason: 'remind_blocker_deadline',
        userId,
        objectId: b.id,
        period: due.today,
        notice: {
          userId,
          kind: 'remind_blocker_deadline',
          blockerId: b.id,
          projectId: b.projectId,
          payload: {
            blockerTitle: b.title,
            projectName: b.projectName,
            actorName: '',
            dueDate: b.deadline ?? '',
          },
        },
      });
  }
  return [...out.values()];
}
