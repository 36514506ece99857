import { randomUUID } from 'node:crypto';
import * as s from '../schema';
import type { Tx } from '../types';
import { type DemoBlocker, demoBlockers } from './demo-blockers';
import { type SeedContext, seedHelpers } from './seed-context';

const SUPERVISOR = 'duban';

/** The demo's blockers (上党's by default; another zone's with its own supervisor) with the timeline their status implies, and the supervisor's unread notices of new ones. */
export async function seedBlockers(
  tx: Tx,
  ctx: SeedContext,
  list: readonly DemoBlocker[] = demoBlockers,
  supervisorName = SUPERVISOR,
) {
  const { person, day, at } = seedHelpers(ctx);
  const user = (name: string) => person(name).id;
  const supervisor = user(supervisorName);

  for (const b of list) {
    const project = ctx.projectIds.get(b.project);
    if (!project) throw new Error(`demo blocker on unknown project ${b.project}`);
    const raisedBy = person(
      project.liaison && project.liaison !== 'disabled' ? project.liaison : project.cadre,
    );
    const raiser = raisedBy.id;
    const [row] = await tx
      .insert(s.blockers)
      .values({
        projectId: project.id,
        title: b.title,
        description: b.description,
        category: b.category,
        urgency: b.urgency,
        status: b.status,
        level: b.level ?? 'zone',
        neededBy: b.neededByDays === undefined ? null : day(b.neededByDays),
        responsibleUnit: b.unit ?? null,
        deadline: b.deadlineDays === undefined ? null : day(b.deadlineDays),
        resolution: b.resolution ?? null,
        raisedBy: raiser,
        clientKey: randomUUID(),
        raisedAt: at(-b.raisedDaysAgo),
        closedAt: b.status === 'closed' ? at(-1) : null,
      })
      .returning({ id: s.blockers.id });
    if (!row) throw new Error('insert returned nothing');
    const event = (
      kind: typeof s.blockerEvents.$inferInsert.kind,
      to: typeof b.status,
      actorId: number,
      daysAgo: number,
      comment = '',
    ) => ({ blockerId: row.id, kind, toStatus: to, actorId, at: at(-daysAgo), comment });
    const events: (typeof s.blockerEvents.$inferInsert)[] = [
      event('raise', 'open', raiser, b.raisedDaysAgo, b.description),
    ];
    const deadline = b.deadlineDays === undefined ? null : day(b.deadlineDays);
    if (b.unit) {
      const assigned = event('assign', 'assigned', supervisor, b.raisedDaysAgo - 1, '请尽快协调解决');
      events.push({ ...assigned, detail: { responsibleUnit: b.unit, deadline } });
    }
    if (b.level === 'city')
      events.push(event('escalate', 'assigned', supervisor, b.raisedDaysAgo - 2, '需市级协调'));
    if (b.status === 'resolved' || b.status === 'closed')
      events.push({ ...event('resolve', 'resolved', supervisor, 2), detail: { resolution: b.resolution } });
    if (b.status === 'closed') events.push(event('close', 'closed', raiser, 1));
    await tx.insert(s.blockerEvents).values(events);
    if (b.status === 'open') {
      await tx.insert(s.notifications).values({
        userId: supervisor,
        kind: 'blocker_raise',
        blockerId: row.id,
        projectId: project.id,
        payload: { blockerTitle: b.title, projectName: b.project, actorName: raisedBy.name },
        createdAt: at(-b.raisedDaysAgo),
      });
    }
  }
}
