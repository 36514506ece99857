import { getTranslations } from 'next-intl/server';

/** 延期 N 天 (or 提前) against the milestone's first approved date; nothing when it has not moved. */
export async function SlipBadge({ days }: { days: number }) {
  if (days === 0) return null;
  const t = await getTranslations();
  const late = days > 0;
  return (
    <span
      data-testid="slip"
      className={`rounded px-1.5 py-0.5 text-xs ${late ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-700'}`}
    >
      {late ? t('planWork.slip', { days }) : t('planWork.ahead', { days: -days })}
    </span>
  );
}
