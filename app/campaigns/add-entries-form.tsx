'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { addEntries } from '@/lib/actions/campaigns';
import { BATCHES, type CampaignBatch, kpiOfBatch, mayBeListed } from '@/lib/domain/kpi';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { ListableProject } from '@/lib/queries/campaigns';
import type { AddEntries, AddEntriesInput } from '@/lib/validation/campaign';
import { useActionForm } from '../_components/action-hooks';
import { Field, FieldError, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';

interface Props {
  roundId: number;
  projects: ListableProject[];
  /** The project ids already in each batch of the round. */
  listed: Record<CampaignBatch, number[]>;
}

/**
 * Lists projects of the viewer's zone in one batch of a round. Only projects that reached the batch's stage
 * can be ticked, and those already listed are shown ticked and fixed (the action would leave them as they are).
 */
export function AddEntriesForm({ roundId, projects, listed }: Props) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<AddEntriesInput, unknown, AddEntries>({
    resolver: lazyZodResolver(() => import('@/lib/validation/campaign').then((m) => m.addEntriesSchema)),
    defaultValues: { roundId, batch: 'signed', projectIds: [] },
  });
  const { onSubmit, notice } = useActionForm(form, addEntries, ({ added }) => {
    setDone(t('campaigns.added', { count: added }));
    form.reset();
    setOpen(false);
  });
  const { errors, isSubmitting } = form.formState;
  const batch = form.watch('batch') as CampaignBatch;
  const already = new Set(listed[batch] ?? []);

  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          onClick={() => {
            setDone(null);
            setOpen(true);
          }}
          className="rounded border border-red-800 px-3 py-1 text-red-800 hover:bg-red-50"
          data-testid="open-add-entries"
        >
          {t('campaigns.add')}
        </button>
        {done && (
          <p aria-live="polite" className="text-emerald-800">
            {done}
          </p>
        )}
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 text-sm" data-testid="add-entries">
      <Field label={t('campaigns.addTo')} error={errors.batch} className="max-w-xs">
        <select
          {...form.register('batch', { onChange: () => form.setValue('projectIds', []) })}
          className={inputClass}
        >
          {BATCHES.map((b) => (
            <option key={b} value={b}>
              {t(`campaigns.batches.${b}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend className="text-slate-600">{t('campaigns.choose')}</legend>
        {/* keyed by batch: the boxes start afresh (unticked, or ticked and fixed) when the batch changes */}
        <div
          key={batch}
          className="mt-1 max-h-64 space-y-1 overflow-y-auto rounded border border-slate-200 p-2"
        >
          {projects.map((p) => {
            const fixed = already.has(p.id);
            const eligible = mayBeListed(batch, p.stage);
            return (
              <label key={p.id} className={`flex items-start gap-2 ${eligible ? '' : 'text-slate-500'}`}>
                <input
                  type="checkbox"
                  value={p.id}
                  disabled={fixed || !eligible}
                  defaultChecked={fixed}
                  {...(fixed ? {} : form.register('projectIds'))}
                />
                <span>
                  {p.name}
                  <span className="ml-1 text-xs text-slate-500">
                    {p.parkName} · {t(`stages.${p.stage}`)}
                    {fixed && ` · ${t('campaigns.alreadyListed')}`}
                    {!eligible &&
                      ` · ${t('campaigns.notEligible', { stage: t(`stages.${kpiOfBatch(batch).listedAt}`) })}`}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
        <FieldError error={errors.projectIds} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <SubmitButton
          pending={isSubmitting}
          label={t('campaigns.addSubmit')}
          pendingLabel={t('campaigns.working')}
        />
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded border border-slate-300 px-3 py-1.5"
        >
          {t('milestoneForm.cancel')}
        </button>
      </div>
      <FormMessage text={notice} />
    </form>
  );
}
