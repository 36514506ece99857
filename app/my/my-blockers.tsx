import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { MyWork } from '@/lib/queries/my-work';
import { card, cardList, WorkSection } from './work-section';

/** Their blockers not yet 销号: on their projects, or raised by them; overdue ones say so in words. */
export async function MyBlockers({ rows }: { rows: MyWork['blockers'] }) {
  const t = await getTranslations();
  return (
    <WorkSection
      id="my-blockers"
      title={t('myWork.blockersTitle', { count: rows.length })}
      empty={rows.length === 0 ? t('myWork.blockersNone') : null}
      action={
        <Link
          href="/blockers?scope=mine"
          className="inline-flex min-h-11 items-center text-sm text-red-900 underline"
        >
          {t('myWork.allBlockers')}
        </Link>
      }
    >
      <ul className={cardList}>
        {rows.map((b) => (
          <li key={b.id} className={card} data-testid="my-blocker" data-blocker-id={b.id}>
            <Link href={`/blockers/${b.id}`} className="font-medium text-red-900 hover:underline">
              {b.title}
            </Link>
            <p className="mt-1 text-sm text-slate-600">
              {b.projectName} · {t(`blockerWork.statuses.${b.status}`)}
            </p>
            {(b.deadline || b.overdue) && (
              <p className="mt-1 text-sm">
                {b.deadline && (
                  <span className="text-slate-600">{t('myWork.deadline', { date: b.deadline })}</span>
                )}
                {b.overdue && (
                  <span className="ml-2 font-semibold text-light-red" data-testid="blocker-overdue">
                    {t('myWork.blockerOverdue')}
                  </span>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </WorkSection>
  );
}
