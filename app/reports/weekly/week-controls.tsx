'use client';

import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { closeReportWeek, reopenReportWeek } from '@/lib/actions/reports';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { reopenReportWeekSchema } from '@/lib/validation/report-week';
import { useActionButton } from '../../_components/action-hooks';
import { useEditorForm } from '../../_components/edit-conflict';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

interface Props {
  zoneId: number;
  weekStart: string;
  version: number;
  closed: boolean;
}

/** A supervisor closes the week (its report is then fixed) or reopens it with a reason. */
export function WeekControls(props: Props) {
  const t = useTranslations('weeklyReport');
  const close = useActionButton(closeReportWeek);
  const saved = { zoneId: props.zoneId, weekStart: props.weekStart, version: props.version, reason: '' };
  const form = useForm<
    z.input<typeof reopenReportWeekSchema>,
    unknown,
    z.output<typeof reopenReportWeekSchema>
  >({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/report-week').then((m) => m.reopenReportWeekSchema),
    ),
    defaultValues: saved,
  });
  const reopen = useEditorForm(form, reopenReportWeek, saved);
  const ref = { zoneId: props.zoneId, weekStart: props.weekStart, version: props.version };

  if (!props.closed) {
    return (
      <span className="inline-flex items-center gap-2">
        <button
          type="button"
          disabled={close.pending}
          onClick={() => close.run(ref, t('closeConfirm'))}
          className="rounded bg-red-800 px-3 py-1.5 font-medium text-white disabled:opacity-60"
          data-testid="close-week"
        >
          {t('close')}
        </button>
        <FormMessage text={close.notice} />
      </span>
    );
  }
  return (
    <form
      onSubmit={reopen.onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-2"
      data-testid="reopen-week"
    >
      <Field label={t('reopenReason')} error={form.formState.errors.reason}>
        <input {...form.register('reason')} className={inputClass} />
      </Field>
      <SubmitButton pending={form.formState.isSubmitting} label={t('reopen')} pendingLabel={t('reopen')} />
      <FormMessage text={reopen.notice} />
    </form>
  );
}
