'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { fileProgress } from '@/lib/actions/work';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { FileProgress, FileProgressInput } from '@/lib/validation/progress';
import { useEditorForm } from '../../../_components/edit-conflict';
import { EditorMessage, TheirValue } from '../../../_components/edit-conflict-notice';
import { Field, inputClass, SubmitButton } from '../../../_components/form-controls';

interface Props {
  /** A supervisor has closed the week: the report is shown, not editable. */
  closed: boolean;
  projectId: number;
  weekStart: string;
  report: { progress: string; nextPlan: string; investment: number; version: number } | null;
}

/** 周调度 for one project and week, sized for a phone: three fields and one button. */
export function ProgressForm({ projectId, weekStart, report, closed }: Props) {
  const t = useTranslations();
  const [saved, setSaved] = useState(false);
  const stored: FileProgressInput = {
    projectId,
    weekStart,
    version: report?.version ?? '',
    progress: report?.progress ?? '',
    nextPlan: report?.nextPlan ?? '',
    investment: report?.investment ?? 0,
  };
  const form = useForm<FileProgressInput, unknown, FileProgress>({
    resolver: lazyZodResolver(() => import('@/lib/validation/progress').then((m) => m.fileProgressSchema)),
    defaultValues: stored,
  });
  const { onSubmit, notice, conflict } = useEditorForm(form, fileProgress, stored, () => setSaved(true));
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="progress-form">
      {closed && (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="week-closed-notice">
          {t('progressWork.weekClosed')}
        </p>
      )}
      <fieldset disabled={closed} className="space-y-3">
        <Field label={t('progressWork.progress')} error={errors.progress}>
          <textarea
            {...form.register('progress')}
            rows={4}
            className={inputClass}
            onInput={() => setSaved(false)}
          />
          <TheirValue value={conflict?.theirsOf('progress')} />
        </Field>
        <Field label={t('progressWork.nextPlan')} error={errors.nextPlan}>
          <textarea {...form.register('nextPlan')} rows={3} className={inputClass} />
          <TheirValue value={conflict?.theirsOf('nextPlan')} />
        </Field>
        <Field label={t('progressWork.investment')} error={errors.investment}>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            {...form.register('investment')}
            className={inputClass}
          />
          <TheirValue value={conflict?.theirsOf('investment')} />
        </Field>
        <EditorMessage notice={notice} conflict={conflict} pending={isSubmitting} />
        {saved && !notice && !conflict && (
          <p className="text-sm text-light-green" data-testid="saved">
            {t('milestoneForm.saved')}
          </p>
        )}
        <SubmitButton
          pending={isSubmitting}
          label={t(report ? 'progressWork.save' : 'progressWork.submit')}
          pendingLabel={t('milestoneForm.saving')}
          className="w-full py-2.5 text-base"
        />
      </fieldset>
    </form>
  );
}
