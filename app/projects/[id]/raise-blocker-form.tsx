'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { raiseBlocker } from '@/lib/actions/blockers';
import { BLOCKER_CATEGORIES, BLOCKER_URGENCIES } from '@/lib/domain/vocabulary';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { RaiseBlocker, RaiseBlockerInput } from '@/lib/validation/blocker';
import { newClientKey } from '@/lib/validation/client-key';
import { useActionForm } from '../../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

const blank = (projectId: number): RaiseBlockerInput => ({
  projectId,
  // One key per filled-in form: a double click or a replayed request finds the blocker already made.
  clientKey: newClientKey(),
  title: '',
  description: '',
  category: '' as never,
  urgency: 'normal',
  milestoneId: '',
  neededBy: '',
});

export function RaiseBlockerForm(props: { projectId: number; milestones: { id: number; name: string }[] }) {
  const t = useTranslations('blockerWork');
  const [open, setOpen] = useState(false);
  const form = useForm<RaiseBlockerInput, unknown, RaiseBlocker>({
    resolver: lazyZodResolver(() => import('@/lib/validation/blocker').then((m) => m.raiseBlockerSchema)),
    defaultValues: blank(props.projectId),
  });
  const { onSubmit, notice } = useActionForm(form, raiseBlocker, () => {
    form.reset(blank(props.projectId));
    setOpen(false);
  });
  const { errors, isSubmitting } = form.formState;
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="mt-3 rounded bg-red-800 px-3 py-1.5 font-medium text-white"
      >
        {t('raise')}
      </button>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 grid gap-3 sm:grid-cols-2"
      data-testid="raise-blocker"
    >
      <Field label={t('title')} error={errors.title} className="sm:col-span-2">
        <input {...form.register('title')} className={inputClass} />
      </Field>
      <Field label={t('category')} error={errors.category}>
        <select {...form.register('category')} className={inputClass}>
          <option value="">{t('choose')}</option>
          {BLOCKER_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('urgency')} error={errors.urgency}>
        <select {...form.register('urgency')} className={inputClass}>
          {BLOCKER_URGENCIES.map((u) => (
            <option key={u} value={u}>
              {t(`urgencies.${u}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('milestone')} error={errors.milestoneId}>
        <select {...form.register('milestoneId')} className={inputClass}>
          <option value="">{t('noMilestone')}</option>
          {props.milestones.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('neededBy')} error={errors.neededBy}>
        <input type="date" {...form.register('neededBy')} className={inputClass} />
      </Field>
      <Field label={t('description')} error={errors.description} className="sm:col-span-2">
        <textarea {...form.register('description')} rows={3} className={inputClass} />
      </Field>
      <FormMessage text={notice} className="sm:col-span-2" />
      <div className="flex gap-2 sm:col-span-2">
        <SubmitButton pending={isSubmitting} label={t('submitRaise')} pendingLabel={t('working')} />
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded border border-slate-300 px-4 py-1.5"
        >
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
