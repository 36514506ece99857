'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from './form-controls';

/** Beside a field: the value someone else saved there while the user was editing it. */
export function TheirValue({ value, format }: { value: unknown; format?: (value: string) => string }) {
  const t = useTranslations('editConflict');
  if (value === undefined) return null;
  const text = value === null || value === '' ? t('empty') : (format ?? String)(String(value));
  return (
    <span
      className="mt-1 block rounded bg-amber-50 px-1 text-sm text-amber-900 [overflow-wrap:anywhere]"
      data-testid="their-value"
    >
      {t('theirs', { value: text })}
    </span>
  );
}

/**
 * An editor's message: the action's refusal, or after a conflict the choice (inside the form): save the draft
 * again over the newer version (the form already carries it), or drop the draft for the saved values.
 */
export function EditorMessage(props: {
  notice: string | null;
  conflict: { discard: () => void } | null;
  pending: boolean;
  className?: string;
}) {
  const t = useTranslations('editConflict');
  // The action's conflict message says "check the newer values": here the choice says it, with the draft kept.
  if (!props.conflict) return <FormMessage text={props.notice} className={props.className} />;
  const button = 'min-h-11 rounded px-3 py-1.5 font-medium disabled:opacity-60';
  return (
    <div
      aria-live="polite"
      className={`rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 ${props.className ?? ''}`}
      data-testid="edit-conflict"
    >
      <p>{t('explain')}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="submit" disabled={props.pending} className={`${button} bg-red-800 text-white`}>
          {t('overwrite')}
        </button>
        <button
          type="button"
          disabled={props.pending}
          onClick={props.conflict.discard}
          className={`${button} border border-slate-300 bg-white text-slate-800`}
        >
          {t('discard')}
        </button>
      </div>
    </div>
  );
}
