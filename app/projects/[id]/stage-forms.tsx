'use client';

import { useTranslations } from 'next-intl';
import { advanceStage, correctStage } from '@/lib/actions/work';
import { zoneDateOf } from '@/lib/domain/dates';
import type { Stage } from '@/lib/domain/stages';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type {
  AdvanceStage,
  AdvanceStageInput,
  CorrectStage,
  CorrectStageInput,
} from '@/lib/validation/stage';
import { useEditorForm } from '../../_components/edit-conflict';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

export function AdvanceStageForm({
  projectId,
  version,
  to,
}: {
  projectId: number;
  version: number;
  to: Stage;
}) {
  const t = useTranslations();
  // After anyone's move the form takes the new stage and version; a date the user picked stays.
  const saved = { projectId, version, to, reachedOn: zoneDateOf(new Date()) };
  const form = useForm<AdvanceStageInput, unknown, AdvanceStage>({
    resolver: lazyZodResolver(() => import('@/lib/validation/stage').then((m) => m.advanceStageSchema)),
    defaultValues: saved,
  });
  const { onSubmit, notice } = useEditorForm(form, advanceStage, saved);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-2"
      data-testid="advance-stage"
    >
      <Field
        label={t('stageWork.reachedOn', { stage: t(`stages.${to}`) })}
        error={form.formState.errors.reachedOn}
      >
        <input type="date" {...form.register('reachedOn')} className={inputClass} />
      </Field>
      <SubmitButton
        pending={form.formState.isSubmitting}
        label={t('stageWork.advance', { stage: t(`stages.${to}`) })}
        pendingLabel={t('milestoneForm.saving')}
      />
      <FormMessage text={notice ?? form.formState.errors.to?.message ?? null} className="w-full" />
    </form>
  );
}

export function CorrectStageForm(props: { projectId: number; version: number; stages: Stage[] }) {
  const t = useTranslations();
  const saved = { projectId: props.projectId, version: props.version, to: props.stages.at(-1), reason: '' };
  const form = useForm<CorrectStageInput, unknown, CorrectStage>({
    resolver: lazyZodResolver(() => import('@/lib/validation/stage').then((m) => m.correctStageSchema)),
    defaultValues: saved,
  });
  const { onSubmit, notice } = useEditorForm(form, correctStage, saved);
  const { errors, isSubmitting } = form.formState;
  return (
    <details className="rounded border border-slate-200 p-2">
      <summary className="cursor-pointer text-slate-600">{t('stageWork.correctTitle')}</summary>
      <form
        onSubmit={onSubmit}
        noValidate
        className="mt-2 grid gap-2 sm:grid-cols-3"
        data-testid="correct-stage"
      >
        <Field label={t('stageWork.correctTo')} error={errors.to}>
          <select {...form.register('to')} className={inputClass}>
            {props.stages.map((s) => (
              <option key={s} value={s}>
                {t(`stages.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('stageWork.reason')} error={errors.reason} className="sm:col-span-2">
          <input {...form.register('reason')} className={inputClass} />
        </Field>
        <div>
          <SubmitButton
            pending={isSubmitting}
            label={t('stageWork.correct')}
            pendingLabel={t('milestoneForm.saving')}
          />
        </div>
        <FormMessage text={notice} className="sm:col-span-3" />
      </form>
    </details>
  );
}
