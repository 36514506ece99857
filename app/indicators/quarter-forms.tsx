'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { setQuarterLock, setReferenceRates } from '@/lib/actions/indicators';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { ReferenceRatesInput, ReferenceRatesOutput } from '@/lib/validation/indicators';
import { useActionButton } from '../_components/action-hooks';
import { useEditorForm } from '../_components/edit-conflict';
import { Field, FormMessage, inputClass } from '../_components/form-controls';
import { SaveFooter } from './save-footer';

/** The city locks the quarter for every zone, or opens it again. */
export function LockButton(props: { year: number; quarter: number; locked: boolean }) {
  const t = useTranslations();
  const { run, pending, notice } = useActionButton(setQuarterLock);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending || undefined}
        onClick={() => run({ year: props.year, quarter: props.quarter, locked: !props.locked })}
        className="min-h-11 rounded border border-slate-300 bg-white px-3 text-sm"
        data-testid="lock-button"
      >
        {pending ? t('indicators.locking') : t(props.locked ? 'indicators.unlock' : 'indicators.lock')}
      </button>
      <FormMessage text={notice} />
    </div>
  );
}

/** The quarter's 全市 and 全省开发区 rates of each indicator with 同比, saved together. */
export function ReferenceRatesForm(props: { saved: ReferenceRatesInput; names: Record<number, string> }) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const form = useForm<ReferenceRatesInput, unknown, ReferenceRatesOutput>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/indicators').then((m) => m.referenceRatesSchema),
    ),
    defaultValues: props.saved,
  });
  const { onSubmit, notice } = useEditorForm(form, setReferenceRates, props.saved, () => setDone(true));
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 text-sm" data-testid="reference-form">
      {props.saved.rates.map((r, i) => (
        <fieldset key={String(r.indicatorId)} className="grid min-w-0 gap-3 sm:grid-cols-2">
          <legend className="font-medium">{props.names[Number(r.indicatorId)]}</legend>
          <Field label={t('indicators.referenceCity')} error={errors.rates?.[i]?.city}>
            <input inputMode="decimal" {...form.register(`rates.${i}.city`)} className={inputClass} />
          </Field>
          <Field label={t('indicators.referenceProvince')} error={errors.rates?.[i]?.province}>
            <input inputMode="decimal" {...form.register(`rates.${i}.province`)} className={inputClass} />
          </Field>
        </fieldset>
      ))}
      <SaveFooter notice={notice} done={done} pending={isSubmitting} label={t('indicators.saveReferences')} />
    </form>
  );
}
