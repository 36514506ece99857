'use client';

import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { approvePlan, approvePlanChange, openPlanYear, rejectPlanChange } from '@/lib/actions/plans';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type {
  approvePlanChangeSchema,
  DecidePlanChangeInput,
  OpenPlanYearInput,
  openPlanYearSchema,
  rejectPlanChangeSchema,
} from '@/lib/validation/plan';
import { useActionButton } from '../../_components/action-hooks';
import { useEditorForm } from '../../_components/edit-conflict';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

type RejectInput = z.input<typeof rejectPlanChangeSchema>;

/** 确认计划: one tap, with a confirmation (the officials lose direct changes). */
export function ApprovePlanButton(props: { projectId: number; version: number }) {
  const t = useTranslations();
  const approve = useActionButton(approvePlan);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={approve.pending}
        onClick={() => approve.run(props, t('planWork.approveConfirm'))}
        className="min-h-11 rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {approve.pending ? t('planWork.approving') : t('planWork.approve')}
      </button>
      <FormMessage text={approve.notice} />
    </div>
  );
}

/** Approve (批示 optional) or reject (reason required) an open change request. */
export function DecideRequestForms(props: { requestId: number; version: number }) {
  const t = useTranslations();
  const defaults = { requestId: props.requestId, version: props.version, note: '' };
  const approve = useForm<DecidePlanChangeInput, unknown, z.output<typeof approvePlanChangeSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/plan').then((m) => m.approvePlanChangeSchema)),
    defaultValues: defaults,
  });
  const reject = useForm<RejectInput, unknown, z.output<typeof rejectPlanChangeSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/plan').then((m) => m.rejectPlanChangeSchema)),
    defaultValues: defaults,
  });
  const approved = useEditorForm(approve, approvePlanChange, defaults);
  const rejected = useEditorForm(reject, rejectPlanChange, defaults);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <form onSubmit={approved.onSubmit} noValidate className="space-y-2" data-testid="approve-change">
        <Field label={t('planWork.decisionNote')} error={approve.formState.errors.note}>
          <input {...approve.register('note')} className={inputClass} />
        </Field>
        <SubmitButton
          pending={approve.formState.isSubmitting}
          label={t('planWork.approveChange')}
          pendingLabel={t('planWork.deciding')}
          className="min-h-11"
        />
        <FormMessage text={approved.notice} />
      </form>
      <form onSubmit={rejected.onSubmit} noValidate className="space-y-2" data-testid="reject-change">
        <Field label={t('planWork.rejectReason')} error={reject.formState.errors.note}>
          <input {...reject.register('note')} className={inputClass} />
        </Field>
        <button
          type="submit"
          disabled={reject.formState.isSubmitting}
          className="min-h-11 rounded border border-red-800 px-4 py-1.5 font-medium text-red-800 disabled:opacity-60"
        >
          {reject.formState.isSubmitting ? t('planWork.deciding') : t('planWork.rejectChange')}
        </button>
        <FormMessage text={rejected.notice} />
      </form>
    </div>
  );
}

/** 新年度计划 for this project, with the new year's annual plan. */
export function OpenYearForm(props: { projectId: number; version: number; year: number }) {
  const t = useTranslations();
  const saved = { ...props, annualPlannedInvestment: 0 };
  const form = useForm<OpenPlanYearInput, unknown, z.output<typeof openPlanYearSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/plan').then((m) => m.openPlanYearSchema)),
    defaultValues: saved,
  });
  const { onSubmit, notice } = useEditorForm(form, openPlanYear, saved);
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    if (!window.confirm(t('planWork.rolloverConfirm'))) {
      e.preventDefault();
      return;
    }
    return onSubmit(e);
  };
  return (
    <details className="rounded border border-slate-200 p-2">
      <summary className="cursor-pointer text-slate-600">{t('planWork.rollover')}</summary>
      <p className="mt-1 text-xs text-slate-500">
        {t('planWork.rolloverHint', { year: props.year, prev: props.year - 1 })}
      </p>
      <form
        onSubmit={submit}
        noValidate
        className="mt-2 flex flex-wrap items-end gap-2"
        data-testid="open-year"
      >
        <Field
          label={t('planWork.rolloverAnnual', { year: props.year })}
          error={form.formState.errors.annualPlannedInvestment}
        >
          <input type="number" min={0} {...form.register('annualPlannedInvestment')} className={inputClass} />
        </Field>
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t('planWork.rolloverSubmit', { year: props.year })}
          pendingLabel={t('planWork.submitting')}
          className="min-h-11"
        />
        <FormMessage text={notice ?? form.formState.errors.year?.message ?? null} className="w-full" />
      </form>
    </details>
  );
}
