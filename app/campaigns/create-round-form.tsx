'use client';

import { useTranslations } from 'next-intl';
import { createRound } from '@/lib/actions/campaigns';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { CreateRound, CreateRoundInput } from '@/lib/validation/campaign';
import { newClientKey } from '@/lib/validation/client-key';
import { useActionForm } from '../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';

/** A new round: its name as announced and the day it was held; projects are listed in it afterwards. */
export function CreateRoundForm() {
  const t = useTranslations();
  // A new key per round entered: a double click or a replayed request gets the round already made.
  const blank = (): CreateRoundInput => ({ name: '', heldOn: '', clientKey: newClientKey() });
  const form = useForm<CreateRoundInput, unknown, CreateRound>({
    resolver: lazyZodResolver(() => import('@/lib/validation/campaign').then((m) => m.createRoundSchema)),
    defaultValues: blank(),
  });
  const { onSubmit, notice } = useActionForm(form, createRound, () => form.reset(blank()));
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="create-round"
    >
      <h2 className="w-full font-semibold">{t('campaigns.create')}</h2>
      <Field label={t('campaigns.name')} error={errors.name} className="min-w-64 flex-1">
        <input
          {...form.register('name')}
          placeholder={t('campaigns.namePlaceholder')}
          className={inputClass}
        />
      </Field>
      <Field label={t('campaigns.heldOn')} error={errors.heldOn}>
        <input type="date" {...form.register('heldOn')} className={inputClass} />
      </Field>
      <SubmitButton
        pending={isSubmitting}
        label={t('campaigns.submit')}
        pendingLabel={t('campaigns.working')}
      />
      <FormMessage text={notice} className="w-full" />
    </form>
  );
}
