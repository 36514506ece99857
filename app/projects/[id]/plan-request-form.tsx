'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { requestPlanChange } from '@/lib/actions/plans';
import type { PlanContent } from '@/lib/domain/plan';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import { newClientKey } from '@/lib/validation/client-key';
import type { RequestPlanChange, RequestPlanChangeInput } from '@/lib/validation/plan';
import { useActionForm } from '../../_components/action-hooks';
import { Field, FieldError, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

const small =
  'min-h-11 min-w-11 rounded border border-slate-300 px-2 text-sm hover:bg-slate-50 disabled:opacity-40';

const valuesOf = (projectId: number, baseVersionId: number, plan: PlanContent): RequestPlanChangeInput => ({
  projectId,
  baseVersionId,
  // made once per opened form: a replayed submit finds the request it made
  clientKey: newClientKey(),
  reason: '',
  milestones: plan.milestones.map((m) => ({ id: m.id, name: m.name, plannedOn: m.plannedOn })),
  figures: {
    annualPlannedInvestment: plan.figures.annualPlannedInvestment,
    plannedStartOn: plan.figures.plannedStartOn ?? '',
    plannedFinishOn: plan.figures.plannedFinishOn ?? '',
  },
});

/**
 * 计划调整申请: the official edits the whole plan as it should be (re-date, rename, add, remove, reorder, the
 * annual figures) and gives a reason; the supervisor then sees the difference.
 */
export function PlanRequestForm(props: { projectId: number; baseVersionId: number; plan: PlanContent }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const form = useForm<RequestPlanChangeInput, unknown, RequestPlanChange>({
    resolver: lazyZodResolver(() => import('@/lib/validation/plan').then((m) => m.requestPlanChangeSchema)),
    defaultValues: valuesOf(props.projectId, props.baseVersionId, props.plan),
  });
  // our rows carry their own `id` (the milestone's), so the field array keys rows by another name
  const rows = useFieldArray({ control: form.control, name: 'milestones', keyName: 'rowKey' });
  const { onSubmit, notice } = useActionForm(form, requestPlanChange, () => setOpen(false));
  const { errors, isSubmitting } = form.formState;

  if (!open)
    return (
      <button
        type="button"
        onClick={() => {
          form.reset(valuesOf(props.projectId, props.baseVersionId, props.plan));
          setOpen(true);
        }}
        className="min-h-11 rounded border border-red-800 px-4 py-2 font-medium text-red-800"
      >
        {t('planWork.request')}
      </button>
    );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded border border-slate-200 p-3"
      data-testid="plan-request-form"
    >
      <h3 className="font-semibold">{t('planWork.requestTitle')}</h3>
      <ol className="space-y-2">
        {rows.fields.map((row, i) => (
          <li
            key={row.rowKey}
            className="grid gap-2 rounded bg-slate-50 p-2 sm:grid-cols-[1fr_11rem_auto]"
            data-testid="plan-row"
          >
            <Field label={t('project.milestone')} error={errors.milestones?.[i]?.name}>
              <input {...form.register(`milestones.${i}.name`)} className={inputClass} />
            </Field>
            <Field label={t('project.plannedOn')} error={errors.milestones?.[i]?.plannedOn}>
              <input type="date" {...form.register(`milestones.${i}.plannedOn`)} className={inputClass} />
            </Field>
            <div className="flex items-end gap-1">
              <button
                type="button"
                className={small}
                disabled={i === 0}
                onClick={() => rows.move(i, i - 1)}
                aria-label={t('planWork.up')}
              >
                ↑
              </button>
              <button
                type="button"
                className={small}
                disabled={i === rows.fields.length - 1}
                onClick={() => rows.move(i, i + 1)}
                aria-label={t('planWork.down')}
              >
                ↓
              </button>
              <button type="button" className={`${small} text-red-800`} onClick={() => rows.remove(i)}>
                {t('planWork.removeMilestone')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <FieldError error={errors.milestones?.root ?? errors.milestones} />
      <button
        type="button"
        className={small}
        onClick={() => rows.append({ id: null, name: '', plannedOn: '' })}
      >
        + {t('planWork.addMilestone')}
      </button>
      <div className="grid gap-2 sm:grid-cols-3">
        <Field
          label={t('planWork.figures.annualPlannedInvestment')}
          error={errors.figures?.annualPlannedInvestment}
        >
          <input
            type="number"
            min={0}
            {...form.register('figures.annualPlannedInvestment')}
            className={inputClass}
          />
        </Field>
        <Field label={t('planWork.figures.plannedStartOn')} error={errors.figures?.plannedStartOn}>
          <input type="date" {...form.register('figures.plannedStartOn')} className={inputClass} />
        </Field>
        <Field label={t('planWork.figures.plannedFinishOn')} error={errors.figures?.plannedFinishOn}>
          <input type="date" {...form.register('figures.plannedFinishOn')} className={inputClass} />
        </Field>
      </div>
      <Field label={t('planWork.reason')} error={errors.reason}>
        <textarea {...form.register('reason')} rows={2} className={inputClass} />
      </Field>
      <FormMessage text={notice} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          pending={isSubmitting}
          label={t('planWork.submitRequest')}
          pendingLabel={t('planWork.submitting')}
          className="min-h-11"
        />
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="min-h-11 rounded border border-slate-300 px-4"
        >
          {t('planWork.cancel')}
        </button>
      </div>
    </form>
  );
}
