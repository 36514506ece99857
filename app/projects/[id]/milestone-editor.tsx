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
import { FieldError } from '../../_components/field-error';

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

  const field = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5';
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 grid gap-3 text-sm sm:grid-cols-3"
      data-testid="milestone-form"
    >
      <label className="block">
        <span className="text-slate-600">{t('project.status')}</span>
        <select {...form.register('status')} className={field}>
          {MILESTONE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`milestoneStatus.${s}`)}
            </option>
          ))}
        </select>
        <FieldError error={errors.status} />
      </label>
      <label className="block">
        <span className="text-slate-600">{t('project.actualOn')}</span>
        <input type="date" {...form.register('actualOn')} className={field} />
        <FieldError error={errors.actualOn} />
      </label>
      <label className="block sm:col-span-3">
        <span className="text-slate-600">{t('project.note')}</span>
        <textarea {...form.register('note')} rows={2} className={field} />
        <FieldError error={errors.note} />
      </label>
      {notice && (
        <p className="text-red-700 sm:col-span-3" data-testid="form-error">
          {notice}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-3">
        <button
          type="submit"
          disabled={isSubmitting}
          className="rounded bg-red-800 px-4 py-1.5 font-medium text-white disabled:opacity-60"
        >
          {isSubmitting ? t('milestoneForm.saving') : t('milestoneForm.save')}
        </button>
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
