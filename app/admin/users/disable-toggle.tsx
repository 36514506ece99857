'use client';

import { useTranslations } from 'next-intl';
import { setUserDisabled } from '@/lib/actions/user-actions';
import { useActionButton } from '../../_components/action-hooks';
import { useConfirm } from '../../_components/confirm-dialog';
import { FormMessage } from '../../_components/form-controls';

interface Props {
  userId: number;
  version: number;
  disabled: boolean;
  name: string;
}

/** Disables (after a confirmation: the person is locked out at once) or re-enables an account. */
export function DisableToggle({ userId, version, disabled, name }: Props) {
  const t = useTranslations('users');
  const toggle = useActionButton(setUserDisabled);
  const confirm = useConfirm();
  const disabling = !disabled;
  const run = async () => {
    // Re-enabling gives access back and can be undone: only disabling asks.
    if (
      disabling &&
      !(await confirm.ask({ message: t('disableConfirm', { name }), confirmLabel: t('disable') }))
    ) {
      return;
    }
    toggle.run({ userId, version, disabled: disabling });
  };
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={toggle.pending}
        onClick={run}
        className={`min-h-11 rounded px-4 py-1.5 font-medium disabled:opacity-60 ${disabling ? 'border border-red-800 text-red-800 hover:bg-red-50' : 'bg-red-800 text-white'}`}
        data-testid="disable-toggle"
        data-disabled={disabled}
      >
        {toggle.pending ? t('working') : t(disabling ? 'disable' : 'enable')}
      </button>
      <FormMessage text={toggle.notice} />
      {confirm.dialog}
    </div>
  );
}
