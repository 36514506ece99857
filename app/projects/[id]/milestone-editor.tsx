'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateMilestoneStatus } from '@/lib/actions/milestones';
import { MILESTONE_STATUSES, type MilestoneStatus } from '@/lib/domain/vocabulary';
import {
  type UpdateMilestoneStatus,
  type UpdateMilestoneStatusInput,
  updateMilestoneStatusSchema,
} from '@/lib/validation/milestone';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

interface Props {
  milestone: { id: number; version: number; status: MilestoneStatus; actualOn: string | null; note: string };
}

export function MilestoneEditor({ milestone }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<UpdateMilestoneStatusInput, unknown, UpdateMilestoneStatus>({
    resolver: zodResolver(updateMilestoneStatusSchema),
    defaultValues: {
      milestoneId: milestone.id,
      version: milestone.version,
      status: milestone.status,
      actualOn: milestone.actualOn ?? '',
      note: milestone.note,
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await updateMilestoneStatus(values);
    if (result.ok) {
      setOpen(false);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as keyof UpdateMilestoneStatusInput, {
        type: 'server',
        message: messages.join(' '),
      });
    }
    setNotice(result.message);
    // A newer version exists: show it (the page re-renders and this editor remounts with the new values).
    if (result.code === 'conflict') router.refresh();
  });

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="mt-2 rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
      >
        {t('milestoneForm.edit')}
      </button>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 grid gap-3 text-sm sm:grid-cols-3"
      data-testid="milestone-form"
    >
      <Field label={t('project.status')} error={errors.status}>
        <select {...form.register('status')} className={inputClass}>
          {MILESTONE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`milestoneStatus.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('project.actualOn')} error={errors.actualOn}>
        <input type="date" {...form.register('actualOn')} className={inputClass} />
      </Field>
      <Field label={t('project.note')} error={errors.note} className="sm:col-span-3">
        <textarea {...form.register('note')} rows={2} className={inputClass} />
      </Field>
      <FormMessage text={notice} className="sm:col-span-3" />
      <div className="flex gap-2 sm:col-span-3">
        <SubmitButton
          pending={isSubmitting}
          label={t('milestoneForm.save')}
          pendingLabel={t('milestoneForm.saving')}
        />
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded border border-slate-300 px-4 py-1.5"
        >
          {t('milestoneForm.cancel')}
        </button>
      </div>
    </form>
  );
}
