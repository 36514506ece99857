'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { assignContact, endAssignment } from '@/lib/actions/work';
import { zoneDateOf } from '@/lib/domain/dates';
import type { AssignmentRole } from '@/lib/domain/vocabulary';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { AssignContact, AssignContactInput } from '@/lib/validation/assignment';
import { useActionButton, useActionForm } from '../../_components/action-hooks';
import { useConfirm } from '../../_components/confirm-dialog';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

interface Props {
  projectId: number;
  role: AssignmentRole;
  currentUserId: number | null;
  officials: { id: number; name: string; title: string }[];
}

/** Assign a vacant role, or replace its holder from a handover date. */
export function AssignForm({ projectId, role, currentUserId, officials }: Props) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const form = useForm<AssignContactInput, unknown, AssignContact>({
    resolver: lazyZodResolver(() => import('@/lib/validation/assignment').then((m) => m.assignContactSchema)),
    values: {
      projectId,
      role,
      currentUserId: currentUserId ?? '',
      userId: '' as never,
      since: zoneDateOf(new Date()),
    },
  });
  const { onSubmit, notice } = useActionForm(form, assignContact, () => setOpen(false));
  const { errors, isSubmitting } = form.formState;
  const label = t(currentUserId ? 'contactWork.replace' : 'contactWork.assign');
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50"
      >
        {label}
      </button>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex w-full flex-wrap items-end gap-2"
      data-testid={`assign-${role}`}
    >
      <Field label={t('contactWork.official')} error={errors.userId}>
        <select {...form.register('userId')} className={inputClass}>
          <option value="">{t('contactWork.choose')}</option>
          {officials
            .filter((o) => o.id !== currentUserId)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} · {o.title}
              </option>
            ))}
        </select>
      </Field>
      <Field label={t('contactWork.handover')} error={errors.since}>
        <input type="date" {...form.register('since')} className={inputClass} />
      </Field>
      <SubmitButton pending={isSubmitting} label={label} pendingLabel={t('milestoneForm.saving')} />
      <button
        type="button"
        onClick={() => setOpen(false)}
        className="rounded border border-slate-300 px-3 py-1.5"
      >
        {t('milestoneForm.cancel')}
      </button>
      <FormMessage text={notice} className="w-full" />
    </form>
  );
}

/** Ends an assignment today; the role is then vacant until someone is assigned. */
export function EndAssignmentButton({ assignmentId, name }: { assignmentId: number; name: string }) {
  const t = useTranslations('contactWork');
  const end = useActionButton(endAssignment);
  const confirm = useConfirm();
  const run = async () => {
    if (await confirm.ask({ message: t('endConfirm', { name }), confirmLabel: t('end') })) {
      end.run({ assignmentId, until: zoneDateOf(new Date()) });
    }
  };
  return (
    <>
      <button
        type="button"
        disabled={end.pending}
        onClick={run}
        className="min-h-11 rounded border border-slate-300 px-3 py-1 text-red-800 hover:bg-slate-50 disabled:opacity-40"
      >
        {t('end')}
      </button>
      <FormMessage text={end.notice} />
      {confirm.dialog}
    </>
  );
}
