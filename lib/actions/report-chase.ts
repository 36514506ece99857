import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { reportChases, zones } from '@/db/schema';
import { ASSIGNMENT_ROLES } from '@/lib/domain/vocabulary';
import { chaseRobotMessage } from '@/lib/notify/chase-message';
import type { Notice } from '@/lib/notify/notices';
import { deliver } from '@/lib/notify/notify';
import { enqueue } from '@/lib/notify/outbox';
import { unfiledProjects } from '@/lib/queries/weekly';
import { closedOnOrAfter } from '@/lib/queries/weekly-report';
import { chaseReportsSchema } from '@/lib/validation/report-chase';
import { defineAction } from './define-action';
import { refusal } from './result';

/**
 * 催报: each official of the zone's projects not filed for the week (or of those picked) is told once, however
 * many of their projects are missing, with the supervisor's word. A project chased within the zone's quiet
 * period is left out; when every one is, the chase is refused. A closed week is not chased: nobody can file it.
 * The zone row is locked (without blocking rows that refer to it), so two supervisors chasing at once cannot
 * both pass the quiet check, and a chase waits for a close of the week in progress.
 */
export const chaseReportsAction = defineAction({
  name: 'report.chase',
  schema: chaseReportsSchema,
  permission: 'report.chase',
  unversioned: 'creates',
  async load(tx, input) {
    const [zone] = await tx
      .select({ id: zones.id, quietHours: zones.chaseQuietHours })
      .from(zones)
      .where(eq(zones.id, input.zoneId))
      .for('no key update');
    return zone ? { zone, access: { zoneId: zone.id } } : null;
  },
  async write(tx, { input, target, viewer }) {
    if (await closedOnOrAfter(tx, target.zone.id, input.weekStart))
      throw refusal('conflict', 'chase.weekClosed');
    const picked = new Set(input.projectIds);
    const unfiled = (await unfiledProjects(tx, target.zone.id, input.weekStart)).filter(
      (p) => picked.size === 0 || picked.has(p.id),
    );
    if (unfiled.length === 0) throw refusal('conflict', 'chase.nothingToChase');
    const quiet = await tx
      .selectDistinct({ projectId: reportChases.projectId })
      .from(reportChases)
      .where(
        and(
          inArray(
            reportChases.projectId,
            unfiled.map((p) => p.id),
          ),
          eq(reportChases.weekStart, input.weekStart),
          gt(reportChases.chasedAt, sql`now() - make_interval(hours => ${target.zone.quietHours})`),
        ),
      );
    const recent = new Set(quiet.map((r) => r.projectId));
    const chased = unfiled.filter((p) => !recent.has(p.id));
    if (chased.length === 0) throw refusal('conflict', 'chase.quiet');

    // Each official with the names of their projects in this chase.
    const byOfficial = new Map<number, { projectIds: number[]; names: string[] }>();
    for (const project of chased)
      for (const role of ASSIGNMENT_ROLES) {
        const contact = project.contacts[role];
        if (!contact || contact.disabled) continue;
        const entry = byOfficial.get(contact.userId) ?? { projectIds: [], names: [] };
        if (!entry.projectIds.includes(project.id)) {
          entry.projectIds.push(project.id);
          entry.names.push(project.name);
        }
        byOfficial.set(contact.userId, entry);
      }
    byOfficial.delete(viewer.id);
    const notices: Notice[] = [...byOfficial].map(([userId, entry]) => ({
      userId,
      kind: 'report_chase',
      blockerId: null,
      projectId: entry.projectIds.length === 1 ? (entry.projectIds[0] ?? null) : null,
      payload: {
        blockerTitle: '',
        projectName: '',
        projectNames: entry.names,
        weekStart: input.weekStart,
        actorName: viewer.name,
        ...(input.message ? { comment: input.message } : {}),
      },
    }));
    await deliver(tx, notices);
    // The zone's work groups (企业微信/钉钉 robots) get one message each, sent by the outbox worker.
    const robots = await enqueue(
      tx,
      target.zone.id,
      chaseRobotMessage({
        actorName: viewer.name,
        weekStart: input.weekStart,
        projectNames: chased.map((p) => p.name),
        message: input.message,
      }),
    );
    const rows = await tx
      .insert(reportChases)
      .values(
        chased.map((p) => ({
          zoneId: target.zone.id,
          projectId: p.id,
          weekStart: input.weekStart,
          chasedBy: viewer.id,
          message: input.message,
        })),
      )
      .returning({ id: reportChases.id });
    const data = {
      projects: chased.length,
      people: notices.length,
      skipped: unfiled.length - chased.length,
      robots,
    };
    return {
      data,
      audit: {
        entity: 'report_chase',
        entityId: rows[0]?.id ?? 0,
        before: null,
        after: { weekStart: input.weekStart, projectIds: chased.map((p) => p.id), ...data },
      },
    };
  },
});
