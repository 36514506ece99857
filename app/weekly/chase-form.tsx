'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { chaseReports } from '@/lib/actions/reports';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { ChaseReports, ChaseReportsInput } from '@/lib/validation/report-chase';
import { useActionForm } from '../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';

/**
 * 一键催报: every official of the zone's unfiled projects of the week (or of those ticked) is told once, with an
 * optional word.
 */
export function ChaseForm(props: {
  zoneId: number;
  weekStart: string;
  unfiled: { id: number; name: string }[];
}) {
  const t = useTranslations();
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<ChaseReportsInput, unknown, ChaseReports>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/report-chase').then((m) => m.chaseReportsSchema),
    ),
    defaultValues: { zoneId: props.zoneId, weekStart: props.weekStart, projectIds: [], message: '' },
  });
  const { onSubmit, notice } = useActionForm(form, chaseReports, (r) => {
    setDone(t(r.skipped > 0 ? 'weeklyWork.chasedSkipped' : 'weeklyWork.chased', r));
    form.reset({ zoneId: props.zoneId, weekStart: props.weekStart, projectIds: [], message: '' });
  });
  const { errors, isSubmitting } = form.formState;
  // Ticked checkboxes arrive as their values (strings); none ticked is every unfiled project.
  const picked = form.watch('projectIds') as unknown[] | false | undefined;
  const count = Array.isArray(picked) && picked.length > 0 ? picked.length : props.unfiled.length;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="chase-form"
    >
      <h2 className="font-semibold">{t('weeklyWork.chaseTitle')}</h2>
      <p className="text-slate-600">{t('weeklyWork.chaseIntro')}</p>
      <Field label={t('weeklyWork.chaseMessage')} error={errors.message}>
        <textarea
          {...form.register('message')}
          rows={2}
          placeholder={t('weeklyWork.chasePlaceholder')}
          className={inputClass}
        />
      </Field>
      <details className="rounded border border-slate-200 px-3 py-1">
        <summary className="min-h-11 cursor-pointer py-2.5">{t('weeklyWork.chasePick')}</summary>
        <fieldset className="min-w-0 pb-2">
          <legend className="sr-only">{t('weeklyWork.chasePick')}</legend>
          {props.unfiled.map((p) => (
            <label key={p.id} className="flex min-h-11 items-center gap-3 py-1">
              <input
                type="checkbox"
                value={p.id}
                {...form.register('projectIds')}
                className="size-5 shrink-0"
              />
              <span className="min-w-0 break-words">{p.name}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <SubmitButton
        pending={isSubmitting}
        label={t('weeklyWork.chaseSubmit', { count })}
        pendingLabel={t('weeklyWork.chasing')}
      />
      <FormMessage text={notice} />
      {done && (
        <p role="status" className="text-light-green" data-testid="chase-done">
          {done}
        </p>
      )}
    </form>
  );
}
