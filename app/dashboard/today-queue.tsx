import { getTranslations } from 'next-intl/server';
import type { TodayQueue as Queue } from '@/lib/queries/dashboard-queue';
import { withZone } from '../_components/zone-picker';
import { FigureCard } from './figure-card';

/**
 * 今日待办: the few counts a supervisor acts on today, each opening the list it counts. Two columns on a phone;
 * a figure above zero carries its tone, and the number says it in any case.
 */
export async function TodayQueue({
  queue,
  notFiled,
  zone,
}: {
  queue: Queue;
  notFiled: number;
  /** The zone a city account picked: each figure opens that zone's rows. */
  zone?: number;
}) {
  const t = await getTranslations();
  const count = (n: number) => t('dashboard.queue.count', { count: n });
  const items = [
    { key: 'notFiled', n: notFiled, href: '/weekly', tone: 'warn' as const },
    { key: 'planRequests', n: queue.planRequests, href: '/plan-requests', tone: 'warn' as const },
    {
      key: 'blockersAwaiting',
      n: queue.blockersAwaiting,
      href: '/blockers?status=open',
      tone: 'warn' as const,
    },
    { key: 'blockersOverdue', n: queue.blockersOverdue, href: '/blockers?overdue=1', tone: 'bad' as const },
    {
      key: 'lateMilestones',
      n: queue.lateMilestones,
      href: '/dashboard/lights?light=red',
      tone: 'bad' as const,
      detail: t('dashboard.queue.lateProjects', { count: queue.lateMilestoneProjects }),
    },
  ];
  return (
    <section
      aria-labelledby="today-queue-title"
      className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
      data-testid="today-queue"
    >
      <h2 id="today-queue-title" className="mb-2 font-semibold">
        {t('dashboard.queue.title')}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((item) => (
          <li key={item.key} className="min-w-0">
            <FigureCard
              label={t(`dashboard.queue.items.${item.key}`)}
              value={count(item.n)}
              detail={item.detail}
              href={withZone(item.href, zone)}
              testId={`queue-${item.key}`}
              tone={item.n > 0 ? item.tone : 'plain'}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
