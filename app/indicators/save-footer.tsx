'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton } from '../_components/form-controls';

/** The end of every indicator form: the refusal if any, "已保存" after a save, and the submit button. */
export function SaveFooter(props: {
  notice: string | null;
  done: boolean;
  pending: boolean;
  label: string;
  savedTestId?: string;
}) {
  const t = useTranslations();
  return (
    <>
      <FormMessage text={props.notice} />
      {props.done && !props.notice && (
        <p aria-live="polite" className="text-green-800" data-testid={props.savedTestId}>
          {t('indicators.saved')}
        </p>
      )}
      <div>
        <SubmitButton pending={props.pending} label={props.label} pendingLabel={t('indicators.saving')} />
      </div>
    </>
  );
}
