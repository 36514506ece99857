'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createProject } from '@/lib/actions/work';
import { zoneDateOf } from '@/lib/domain/dates';
import { STAGES } from '@/lib/domain/stages';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import { newClientKey } from '@/lib/validation/client-key';
import type { CreateProject, CreateProjectInput } from '@/lib/validation/project';
import { useActionForm } from '../../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';
import { ParkKindFields } from '../park-kind-fields';

export function CreateProjectForm({ parks }: { parks: { id: number; name: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const today = zoneDateOf(new Date());
  const form = useForm<CreateProjectInput, unknown, CreateProject>({
    resolver: lazyZodResolver(() => import('@/lib/validation/project').then((m) => m.createProjectSchema)),
    defaultValues: {
      name: '',
      enterprise: '',
      parkId: parks[0]?.id,
      kind: 'new',
      stage: 'signed',
      stageOn: today,
      planYear: Number(today.slice(0, 4)),
      totalInvestment: 0,
      annualPlannedInvestment: 0,
      completedInvestment: 0,
      plannedStartOn: '',
      plannedFinishOn: '',
      summary: '',
      useTemplate: true,
      // One key per filled-in form (the page is left after a success): a replay gets the project made.
      clientKey: newClientKey(),
    },
  });
  const { onSubmit, notice } = useActionForm(form, createProject, (data) =>
    router.push(`/projects/${data.id}`),
  );
  const { errors, isSubmitting } = form.formState;
  const text = (name: 'name' | 'enterprise' | 'summary', label: string, wide = false) => (
    <Field label={label} error={errors[name]} className={wide ? 'sm:col-span-2' : ''}>
      <input {...form.register(name)} className={inputClass} />
    </Field>
  );
  const input = (
    name:
      | 'stageOn'
      | 'planYear'
      | 'plannedStartOn'
      | 'plannedFinishOn'
      | 'totalInvestment'
      | 'annualPlannedInvestment'
      | 'completedInvestment',
    label: string,
    type: 'date' | 'number',
  ) => (
    <Field label={label} error={errors[name]}>
      <input
        type={type}
        min={type === 'number' ? 0 : undefined}
        {...form.register(name)}
        className={inputClass}
      />
    </Field>
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2"
      data-testid="create-project"
    >
      {text('name', t('projects.name'), true)}
      {text('enterprise', t('project.enterprise'))}
      <ParkKindFields
        parks={parks}
        park={form.register('parkId')}
        kind={form.register('kind')}
        errors={errors}
      />
      <Field label={t('project.stage')} error={errors.stage}>
        <select {...form.register('stage')} className={inputClass}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stages.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      {input('stageOn', t('projectForm.stageOn'), 'date')}
      {input('planYear', t('projectForm.planYear'), 'number')}
      {input('totalInvestment', t('projectForm.total'), 'number')}
      {input('annualPlannedInvestment', t('projectForm.annual'), 'number')}
      {input('completedInvestment', t('projectForm.completed'), 'number')}
      {input('plannedStartOn', t('projectForm.plannedStart'), 'date')}
      {input('plannedFinishOn', t('projectForm.plannedFinish'), 'date')}
      {text('summary', t('projectForm.summary'), true)}
      <label className="flex items-center gap-2 sm:col-span-2">
        <input type="checkbox" {...form.register('useTemplate')} />
        {t('projectForm.useTemplate')}
      </label>
      <FormMessage text={notice} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <SubmitButton
          pending={isSubmitting}
          label={t('projectForm.submit')}
          pendingLabel={t('milestoneForm.saving')}
        />
      </div>
    </form>
  );
}
