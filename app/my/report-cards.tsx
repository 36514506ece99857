import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { MyWork } from '@/lib/queries/my-work';
import { card, cardList, WorkSection } from './work-section';

/** 本周待报送: each unfiled project with a one-tap 填报; then the ones already filed, compactly. */
export async function ReportCards({ unfiled, filed }: Pick<MyWork, 'unfiled' | 'filed'>) {
  const t = await getTranslations();
  return (
    <WorkSection
      id="to-file"
      title={t('myWork.toFile', { count: unfiled.length })}
      empty={unfiled.length === 0 && filed.length === 0 ? t('myWork.none') : null}
    >
      {unfiled.length === 0 ? (
        <p className="text-sm font-medium text-light-green" data-testid="all-filed">
          {t('myWork.allFiled')}
        </p>
      ) : (
        <ul className={cardList}>
          {unfiled.map((p) => (
            <li key={p.id} className={card} data-testid="to-file" data-project-id={p.id}>
              <Link href={`/projects/${p.id}`} className="font-medium text-red-900 hover:underline">
                {p.name}
              </Link>
              <p className="mt-1 text-sm text-slate-600">
                {p.parkName} · {t(`stages.${p.stage}`)} · {t(`assignmentRoles.${p.role}`)}
              </p>
              <p className="mt-1 text-sm font-medium text-light-red">{t('progressWork.notFiled')}</p>
              <Link
                href={`/projects/${p.id}/week`}
                className="mt-3 flex min-h-11 w-full items-center justify-center rounded bg-red-800 px-4 font-medium text-white hover:bg-red-900 sm:w-auto sm:inline-flex"
              >
                {t('myWork.fileNow')}
                <span className="sr-only"> {p.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {filed.length > 0 && (
        <div className="mt-3">
          <h3 className="text-sm font-semibold text-slate-700">
            {t('myWork.filedTitle', { count: filed.length })}
          </h3>
          <ul className="mt-1 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {filed.map((p) => (
              <li
                key={p.id}
                className="flex min-h-11 items-center justify-between gap-3 px-3 py-1"
                data-testid="filed-project"
                data-project-id={p.id}
              >
                <Link href={`/projects/${p.id}`} className="min-w-0 text-red-900 hover:underline">
                  {p.name}
                </Link>
                <Link
                  href={`/projects/${p.id}/week`}
                  className="inline-flex min-h-11 shrink-0 items-center whitespace-nowrap text-slate-600 underline"
                >
                  {t('myWork.filedEdit')}
                  <span className="sr-only"> {p.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </WorkSection>
  );
}
