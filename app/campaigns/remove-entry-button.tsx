'use client';

import { useTranslations } from 'next-intl';
import { removeEntry } from '@/lib/actions/campaigns';
import { useActionButton } from '../_components/action-hooks';
import { FormMessage } from '../_components/form-controls';

/** Takes a project out of a batch (a listing made by mistake), after a confirmation. */
export function RemoveEntryButton(props: { entryId: number; name: string; batchLabel: string }) {
  const t = useTranslations('campaigns');
  const remove = useActionButton(removeEntry);
  return (
    <>
      <button
        type="button"
        disabled={remove.pending}
        onClick={() =>
          remove.run(
            { entryId: props.entryId },
            t('removeConfirm', { name: props.name, batch: props.batchLabel }),
          )
        }
        className="text-xs text-red-800 hover:underline disabled:opacity-40"
        aria-label={t('removeLabel', { name: props.name })}
      >
        {t('remove')}
      </button>
      <FormMessage text={remove.notice} />
    </>
  );
}
