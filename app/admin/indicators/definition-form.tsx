'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveIndicatorDefinition } from '@/lib/actions/indicators';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { IndicatorDefinitionInput, IndicatorDefinitionOutput } from '@/lib/validation/indicators';
import { useEditorForm } from '../../_components/edit-conflict';
import { Field, inputClass } from '../../_components/form-controls';
import { SaveFooter } from '../../indicators/save-footer';

/** One indicator of the set: a new one (empty id) or an edit under its version. */
export function DefinitionForm(props: {
  saved: IndicatorDefinitionInput;
  bases: { id: number; name: string }[];
}) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const isNew = props.saved.id === '' || props.saved.id === null;
  const form = useForm<IndicatorDefinitionInput, unknown, IndicatorDefinitionOutput>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/indicators').then((m) => m.indicatorDefinitionSchema),
    ),
    defaultValues: props.saved,
  });
  const { onSubmit, notice } = useEditorForm(form, saveIndicatorDefinition, props.saved, () => {
    setDone(true);
    if (isNew) form.reset(props.saved);
  });
  const { errors, isSubmitting } = form.formState;
  const check = (name: 'yoy' | 'summed' | 'active', label: string) => (
    <label className="flex min-h-11 items-center gap-3">
      <input type="checkbox" {...form.register(name)} className="size-5 shrink-0" />
      <span>{label}</span>
    </label>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 text-sm sm:grid-cols-2">
      <Field label={t('indicators.name')} error={errors.name}>
        <input {...form.register('name')} className={inputClass} />
      </Field>
      <Field label={t('indicators.code')} error={errors.code}>
        <input {...form.register('code')} className={inputClass} autoComplete="off" />
      </Field>
      <Field label={t('indicators.unit')} error={errors.unit}>
        <input {...form.register('unit')} className={inputClass} />
      </Field>
      <Field label={t('indicators.decimals')} error={errors.decimals}>
        <select {...form.register('decimals')} className={inputClass}>
          {[0, 1, 2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('indicators.shareOf')} error={errors.shareOfId}>
        <select {...form.register('shareOfId')} className={inputClass}>
          <option value="">{t('indicators.none')}</option>
          {props.bases.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('indicators.sortOrder')} error={errors.sortOrder}>
        <input inputMode="numeric" {...form.register('sortOrder')} className={inputClass} />
      </Field>
      <div className="sm:col-span-2">
        {check('yoy', t('indicators.yoyFlag'))}
        {check('summed', t('indicators.summed'))}
        {check('active', t('indicators.active'))}
      </div>
      <div className="grid gap-2 sm:col-span-2">
        <SaveFooter
          notice={notice}
          done={done}
          pending={isSubmitting}
          label={t('indicators.saveDefinition')}
        />
      </div>
    </form>
  );
}
