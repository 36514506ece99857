'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { fileIndicators } from '@/lib/actions/indicators';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { IndicatorFilingInput, IndicatorFilingOutput } from '@/lib/validation/indicators';
import { useEditorForm } from '../../../../_components/edit-conflict';
import { Field, FieldError, inputClass } from '../../../../_components/form-controls';
import { SaveFooter } from '../../../save-footer';

/** Every active indicator of the quarter in one form, saved under the filing's version. */
export function FilingForm(props: { saved: IndicatorFilingInput; labels: Record<number, string> }) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const form = useForm<IndicatorFilingInput, unknown, IndicatorFilingOutput>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/indicators').then((m) => m.indicatorFilingSchema),
    ),
    defaultValues: props.saved,
  });
  const { onSubmit, notice } = useEditorForm(form, fileIndicators, props.saved, () => setDone(true));
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 text-sm sm:grid-cols-2"
      data-testid="filing-form"
    >
      {props.saved.values.map((v, i) => (
        <Field
          key={String(v.indicatorId)}
          label={props.labels[Number(v.indicatorId)] ?? ''}
          error={errors.values?.[i]?.value}
        >
          <input
            inputMode="decimal"
            autoComplete="off"
            {...form.register(`values.${i}.value`)}
            className={inputClass}
            data-testid="figure"
          />
        </Field>
      ))}
      <div className="grid gap-2 sm:col-span-2">
        <FieldError error={errors.quarter} />
        <SaveFooter
          notice={notice}
          done={done}
          pending={isSubmitting}
          label={t('indicators.saveFiling')}
          savedTestId="filing-saved"
        />
      </div>
    </form>
  );
}
