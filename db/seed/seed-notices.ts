import { and, eq } from 'drizzle-orm';
import { noticeNumber, noticePrefix } from '@/lib/domain/supervision-notice';
import * as s from '../schema';
import type { Tx } from '../types';
import { type SeedContext, seedHelpers } from './seed-context';

/**
 * Two 督办单 so that the list, the dashboard and the printed sheet have something to show: one replied and
 * waiting for the supervisor's review, one past its reply date without an answer.
 */
export async function seedNotices(
  tx: Tx,
  ctx: SeedContext & { zone: { id: number; name: string; supervisionPrefix: string } },
) {
  const { person, day, at } = seedHelpers(ctx);
  const supervisor = person('duban');
  const year = Number(day(0).slice(0, 4));
  const projectOf = (name: string) => {
    const p = ctx.projectIds.get(name);
    if (!p) throw new Error(`demo notice on unknown project ${name}`);
    return p;
  };
  const zhendong = projectOf('振东10亿袋颗粒剂建设项目');
  const logistics = projectOf('物流特色小镇综合配套提升区项目');
  const [permit] = await tx
    .select({ id: s.blockers.id })
    .from(s.blockers)
    .where(and(eq(s.blockers.projectId, zhendong.id), eq(s.blockers.title, '排污许可证变更')));
  const notices = [
    {
      project: zhendong,
      blockerId: permit?.id ?? null,
      matter: '排污许可证变更已完成，请说明生产线投产时间安排及尚需协调的事项。',
      unit: '市生态环境局上党分局',
      issuedDaysAgo: 12,
      replyDueDays: -5,
      instruction: '',
      status: 'replied' as const,
    },
    {
      project: logistics,
      blockerId: null,
      matter: '项目配套道路施工进度滞后于计划，请说明原因并提出赶工措施。',
      unit: '',
      issuedDaysAgo: 10,
      replyDueDays: -3,
      instruction: '请务必于本月内完成配套道路主体施工。',
      status: 'open' as const,
    },
  ];
  for (const [i, n] of notices.entries()) {
    const addressee = person(n.project.cadre);
    const [row] = await tx
      .insert(s.supervisionNotices)
      .values({
        zoneId: ctx.zone.id,
        year,
        seq: i + 1,
        number: noticeNumber(noticePrefix(ctx.zone), year, i + 1),
        projectId: n.project.id,
        blockerId: n.blockerId,
        matter: n.matter,
        addresseeId: addressee.id,
        unit: n.unit,
        replyDue: day(n.replyDueDays),
        instruction: n.instruction,
        status: n.status,
        issuedBy: supervisor.id,
        issuedAt: at(-n.issuedDaysAgo),
      })
      .returning({ id: s.supervisionNotices.id });
    if (!row) throw new Error('insert returned nothing');
    if (n.status === 'replied')
      await tx.insert(s.supervisionEvents).values({
        noticeId: row.id,
        kind: 'reply',
        authorId: addressee.id,
        body: '生产线设备已完成调试，计划下月中旬试生产；尚需协调供电增容。',
        createdAt: at(-6),
      });
  }
  await tx.insert(s.supervisionCounters).values({ zoneId: ctx.zone.id, year, last: notices.length });
}
