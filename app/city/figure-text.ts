import type { getTranslations } from 'next-intl/server';
import type { CityFigureKey } from '@/lib/domain/city-overview';
import { wanToYiText } from '@/lib/domain/money';
import { rateText } from '../dashboard/rate-text';

type T = Awaited<ReturnType<typeof getTranslations>>;

const MONEY: readonly CityFigureKey[] = ['total', 'annualPlan', 'completed'];
const RATES: readonly CityFigureKey[] = ['signedStarted', 'startedProducing', 'producingAtCapacity'];

/** Money and the 序时进度 gap are no counts: a bar chart of them would mislead (or go negative). */
export const isCount = (key: CityFigureKey) => !MONEY.includes(key) && key !== 'schedule';

/** A figure as the overview shows it: 亿元, points against the schedule, a rate, or a count. */
export function figureText(t: T, key: CityFigureKey, value: number | null): string {
  if (MONEY.includes(key)) return t('dashboard.yi', { yi: wanToYiText(value ?? 0) });
  if (key === 'schedule')
    return value === null ? t('dashboard.noRate') : t('dashboard.points', { gap: value });
  if (RATES.includes(key)) return rateText(t, value);
  return String(value ?? 0);
}

/** The tone of a figure worth noticing: red lights, overdue work, behind schedule. */
export function figureTone(key: CityFigureKey, value: number | null): string | undefined {
  if (value === null || value === 0) return undefined;
  if (key === 'schedule') return value < 0 ? 'text-light-red' : 'text-light-green';
  if (key === 'red' || key === 'blockersOverdue' || key === 'noticesOverdue') return 'text-light-red';
  if (key === 'yellow' || key === 'notFiled') return 'text-light-yellow';
  return undefined;
}
