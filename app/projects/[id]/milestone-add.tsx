'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { addMilestone, applyMilestoneTemplate } from '@/lib/actions/milestones';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import { newClientKey } from '@/lib/validation/client-key';
import type { AddMilestone, AddMilestoneInput } from '@/lib/validation/milestone';
import { useActionButton, useActionForm } from '../../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

/** Adds a milestone at the end; a project with none may start from its kind's template instead. */
export function MilestoneAdd({ projectId, empty }: { projectId: number; empty: boolean }) {
  const t = useTranslations();
  // A new key per milestone added: a double click or a replayed request gets the milestone already made.
  const blank = (): AddMilestoneInput => ({
    projectId,
    name: '',
    plannedOn: '',
    note: '',
    clientKey: newClientKey(),
  });
  const form = useForm<AddMilestoneInput, unknown, AddMilestone>({
    resolver: lazyZodResolver(() => import('@/lib/validation/milestone').then((m) => m.addMilestoneSchema)),
    defaultValues: blank(),
  });
  const { onSubmit, notice } = useActionForm(form, addMilestone, () => form.reset(blank()));
  const template = useActionButton(applyMilestoneTemplate);
  // The template is applied once; a refused click keeps its key (nothing was made with it).
  const [templateKey] = useState(newClientKey);
  const { errors, isSubmitting } = form.formState;

  return (
    <div className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-3">
      {empty && (
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
          <button
            type="button"
            disabled={template.pending}
            onClick={() => template.run({ projectId, clientKey: templateKey })}
            className="rounded bg-slate-800 px-3 py-1.5 text-white disabled:opacity-60"
          >
            {t('milestoneForm.applyTemplate')}
          </button>
          <span className="text-slate-500">{t('milestoneForm.templateHint')}</span>
          <FormMessage text={template.notice} />
        </div>
      )}
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid gap-3 text-sm sm:grid-cols-4"
        data-testid="milestone-add"
      >
        <Field label={t('milestoneForm.newName')} error={errors.name}>
          <input {...form.register('name')} className={inputClass} />
        </Field>
        <Field label={t('project.plannedOn')} error={errors.plannedOn}>
          <input type="date" {...form.register('plannedOn')} className={inputClass} />
        </Field>
        <Field label={t('project.note')} error={errors.note}>
          <input {...form.register('note')} className={inputClass} />
        </Field>
        <div className="flex items-end">
          <SubmitButton
            pending={isSubmitting}
            label={t('milestoneForm.add')}
            pendingLabel={t('milestoneForm.saving')}
          />
        </div>
        <FormMessage text={notice} className="sm:col-span-4" />
      </form>
    </div>
  );
}
