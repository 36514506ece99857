import { useTranslations } from 'next-intl';

export function StatusBadge({ disabled }: { disabled: boolean }) {
  const t = useTranslations('users');
  return (
    <span
      data-testid="user-status"
      className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${disabled ? 'bg-slate-200 text-slate-600' : 'bg-emerald-50 text-emerald-800'}`}
    >
      {t(disabled ? 'disabled' : 'active')}
    </span>
  );
}
