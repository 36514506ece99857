import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { overdueNotices } from '@/lib/queries/supervision-notices';

type Row = Awaited<ReturnType<typeof overdueNotices>>[number];

/** 逾期督办单: notices past their reply date, in red, the longest waiting first; each opens the notice. */
export async function OverdueNotices({ rows }: { rows: Row[] }) {
  const t = await getTranslations();
  const late = rows.length > 0;
  return (
    <section
      className={`rounded-lg border bg-white p-4 ${late ? 'border-red-300' : 'border-slate-200'}`}
      data-testid="overdue-notices"
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className={`font-semibold ${late ? 'text-light-red' : ''}`}>
          {t('supervisionWork.overdueTitle')}
        </h2>
        <Link href="/supervision?status=overdue" className="text-sm text-red-900 hover:underline">
          {t('supervisionWork.filters.all')}
        </Link>
      </div>
      {!late ? (
        <p className="text-sm text-slate-500">{t('supervisionWork.overdueNone')}</p>
      ) : (
        <ol className="space-y-1.5 text-sm">
          {rows.map((n) => (
            <li key={n.id} className="flex flex-wrap justify-between gap-x-3" data-testid="overdue-notice">
              <span className="min-w-0 break-words">
                <Link href={`/supervision/${n.id}`} className="font-medium text-light-red hover:underline">
                  {n.number}
                </Link>
                <span className="text-slate-600">
                  {' '}
                  · {n.projectName} · {n.addresseeName}
                </span>
              </span>
              <span className="font-semibold text-light-red tabular-nums">
                {t('supervisionWork.daysLate', { days: n.daysLate })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
