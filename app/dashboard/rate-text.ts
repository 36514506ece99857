import type { getTranslations } from 'next-intl/server';

type T = Awaited<ReturnType<typeof getTranslations>>;

/** A rate as the dashboard shows it: one decimal and a per cent sign, or a dash when nothing was counted. */
export const rateText = (t: T, rate: number | null) =>
  rate === null ? t('dashboard.noRate') : t('dashboard.percent', { rate });
