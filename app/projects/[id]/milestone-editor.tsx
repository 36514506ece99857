'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { moveMilestone, removeMilestone, updateMilestone } from '@/lib/actions/milestones';
import { MILESTONE_STATUSES, type MilestoneStatus } from '@/lib/domain/vocabulary';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { UpdateMilestone, UpdateMilestoneInput } from '@/lib/validation/milestone';
import { useActionButton } from '../../_components/action-hooks';
import { useEditorForm } from '../../_components/edit-conflict';
import { EditorMessage, TheirValue } from '../../_components/edit-conflict-notice';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

interface Props {
  milestone: {
    id: number;
    version: number;
    name: string;
    plannedOn: string;
    status: MilestoneStatus;
    actualOn: string | null;
    note: string;
  };
  first: boolean;
  last: boolean;
  /** May change the plan itself (name, date, order): a draft plan's official, or the zone's management. */
  replan: boolean;
}

/** Without `replan` the form carries no name or date, so saving changes the status part only. */
const valuesOf = (m: Props['milestone'], replan: boolean): UpdateMilestoneInput => ({
  milestoneId: m.id,
  version: m.version,
  ...(replan ? { name: m.name, plannedOn: m.plannedOn } : {}),
  status: m.status,
  actualOn: m.actualOn ?? '',
  note: m.note,
});

export function MilestoneEditor({ milestone, first, last, replan }: Props) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const saved = valuesOf(milestone, replan);
  const form = useForm<UpdateMilestoneInput, unknown, UpdateMilestone>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/milestone').then((m) => m.updateMilestoneSchema),
    ),
    defaultValues: saved,
  });
  const { onSubmit, notice, conflict } = useEditorForm(form, updateMilestone, saved, () => setOpen(false));
  const order = useActionButton(moveMilestone);
  const remove = useActionButton(removeMilestone);
  const { errors, isSubmitting } = form.formState;

  const ref = { milestoneId: milestone.id, version: milestone.version };
  const small = 'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40';
  if (!open) {
    return (
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={() => setOpen(true)} className={small}>
          {t('milestoneForm.edit')}
        </button>
        {replan && (
          <>
            <button
              type="button"
              disabled={first || order.pending}
              onClick={() => order.run({ ...ref, direction: 'up' })}
              className={small}
              aria-label={t('milestoneForm.moveUp')}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={last || order.pending}
              onClick={() => order.run({ ...ref, direction: 'down' })}
              className={small}
              aria-label={t('milestoneForm.moveDown')}
            >
              ↓
            </button>
            <button
              type="button"
              disabled={remove.pending}
              onClick={() => remove.run(ref, t('milestoneForm.removeConfirm', { name: milestone.name }))}
              className={`${small} text-red-800`}
            >
              {t('milestoneForm.remove')}
            </button>
          </>
        )}
        <FormMessage text={order.notice ?? remove.notice ?? notice} />
      </div>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 grid gap-3 text-sm sm:grid-cols-3"
      data-testid="milestone-form"
    >
      {replan && (
        <>
          <Field label={t('project.milestone')} error={errors.name}>
            <input {...form.register('name')} className={inputClass} />
            <TheirValue value={conflict?.theirsOf('name')} />
          </Field>
          <Field label={t('project.plannedOn')} error={errors.plannedOn}>
            <input type="date" {...form.register('plannedOn')} className={inputClass} />
            <TheirValue value={conflict?.theirsOf('plannedOn')} />
          </Field>
        </>
      )}
      <Field label={t('project.status')} error={errors.status}>
        <select {...form.register('status')} className={inputClass}>
          {MILESTONE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`milestoneStatus.${s}`)}
            </option>
          ))}
        </select>
        <TheirValue
          value={conflict?.theirsOf('status')}
          format={(s) => t(`milestoneStatus.${s as MilestoneStatus}`)}
        />
      </Field>
      <Field label={t('project.actualOn')} error={errors.actualOn}>
        <input type="date" {...form.register('actualOn')} className={inputClass} />
        <TheirValue value={conflict?.theirsOf('actualOn')} />
      </Field>
      <Field label={t('project.note')} error={errors.note} className="sm:col-span-2">
        <textarea {...form.register('note')} rows={2} className={inputClass} />
        <TheirValue value={conflict?.theirsOf('note')} />
      </Field>
      <EditorMessage notice={notice} conflict={conflict} pending={isSubmitting} className="sm:col-span-3" />
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
