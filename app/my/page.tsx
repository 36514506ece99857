import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { myWork } from '@/lib/queries/my-work';
import { DueMilestones } from './due-milestones';
import { MyBlockers } from './my-blockers';
import { ReportCards } from './report-cards';
import { UnreadNotices } from './unread-notices';

/** 我的工作: an official's first screen, what needs them now, the week's reports first. */
export default async function MyWorkPage() {
  const viewer = await requireViewer();
  const now = new Date();
  const week = reportWeekOf(now);
  const [t, work] = await Promise.all([
    getTranslations(),
    myWork(await getDb(), viewer, week, zoneDateOf(now)),
  ]);
  return (
    <ClientMessages route="my">
      <div className="space-y-6" data-testid="my-work">
        <div>
          <h1 className="text-2xl font-semibold">{t('myWork.title')}</h1>
          <p className="text-sm text-slate-600">
            {t('progressWork.weekLabel', { year: week.year, number: week.number })} · {week.start} ~{' '}
            {week.end} ·{' '}
            {t('myWork.summary', {
              count: work.unfiled.length + work.filed.length,
              unfiled: work.unfiled.length,
            })}
          </p>
        </div>
        <ReportCards unfiled={work.unfiled} filed={work.filed} />
        <DueMilestones rows={work.dueMilestones} />
        <MyBlockers rows={work.blockers} />
        <UnreadNotices unread={work.unread} />
      </div>
    </ClientMessages>
  );
}
