'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { issueNotice } from '@/lib/actions/supervision';
import { addDays, zoneDateOf } from '@/lib/domain/dates';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import { newClientKey } from '@/lib/validation/client-key';
import type { IssueNoticeInput } from '@/lib/validation/supervision-notice';
import { useActionForm } from '../../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

const blank = (projectId: number): IssueNoticeInput => ({
  projectId,
  // One key per filled-in form: a double click or a replayed request finds the notice already issued.
  clientKey: newClientKey(),
  blockerId: '',
  matter: '',
  addresseeId: '' as never,
  unit: '',
  // A week to answer is the usual term of a 督办单.
  replyDue: addDays(zoneDateOf(new Date()), 7),
  instruction: '',
});

/** 下发督办单: the supervisor's form on the project page, folded until asked for. */
export function IssueNoticeForm(props: {
  projectId: number;
  addressees: { id: number; label: string }[];
  blockers: { id: number; title: string }[];
}) {
  const t = useTranslations('supervisionWork');
  const [open, setOpen] = useState(false);
  const [issued, setIssued] = useState<string | null>(null);
  const form = useForm<IssueNoticeInput, unknown, IssueNoticeInput>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/supervision-notice').then((m) => m.issueNoticeSchema),
    ),
    defaultValues: blank(props.projectId),
  });
  const { onSubmit, notice } = useActionForm(form, issueNotice, (data) => {
    form.reset(blank(props.projectId));
    setIssued(data.number);
    setOpen(false);
  });
  const { errors, isSubmitting } = form.formState;
  if (!open) {
    return (
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => {
            setIssued(null);
            setOpen(true);
          }}
          className="rounded bg-red-800 px-3 py-1.5 font-medium text-white"
        >
          {t('issueTitle')}
        </button>
        {issued && (
          <output className="text-green-800" data-testid="notice-issued">
            {t('issued', { number: issued })}
          </output>
        )}
      </div>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 grid gap-3 sm:grid-cols-2"
      data-testid="issue-notice"
    >
      <Field label={t('matter')} error={errors.matter} className="sm:col-span-2">
        <textarea {...form.register('matter')} rows={3} className={inputClass} />
      </Field>
      <Field label={t('addressee')} error={errors.addresseeId}>
        <select {...form.register('addresseeId')} className={inputClass}>
          <option value="">{t('choose')}</option>
          {props.addressees.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('unit')} error={errors.unit}>
        <input {...form.register('unit')} className={inputClass} />
      </Field>
      <Field label={t('replyDue')} error={errors.replyDue}>
        <input type="date" {...form.register('replyDue')} className={inputClass} />
      </Field>
      <Field label={t('blocker')} error={errors.blockerId}>
        <select {...form.register('blockerId')} className={inputClass}>
          <option value="">{t('noBlocker')}</option>
          {props.blockers.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('instruction')} error={errors.instruction} className="sm:col-span-2">
        <textarea {...form.register('instruction')} rows={2} className={inputClass} />
      </Field>
      <FormMessage text={notice} className="sm:col-span-2" />
      <div className="flex gap-2 sm:col-span-2">
        <SubmitButton pending={isSubmitting} label={t('issue')} pendingLabel={t('working')} />
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
