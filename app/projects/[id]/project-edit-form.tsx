'use client';

import { useTranslations } from 'next-intl';
import { editProject } from '@/lib/actions/plans';
import type { ProjectKind } from '@/lib/domain/vocabulary';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { EditProject, EditProjectInput } from '@/lib/validation/plan';
import { useEditorForm } from '../../_components/edit-conflict';
import { EditorMessage, TheirValue } from '../../_components/edit-conflict-notice';
import { Field, inputClass, SubmitButton } from '../../_components/form-controls';
import { ParkKindFields } from '../park-kind-fields';

interface Facts {
  id: number;
  version: number;
  name: string;
  parkId: number;
  kind: ProjectKind;
  totalInvestment: number;
  annualPlannedInvestment: number;
  plannedStartOn: string | null;
  plannedFinishOn: string | null;
  contactPerson: string;
  contactPhone: string;
  summary: string;
}

/** The zone's management corrects a project's facts; the version check keeps two editors apart. */
export function ProjectEditForm(props: {
  project: Facts;
  enterprise: string;
  parks: { id: number; name: string }[];
}) {
  const t = useTranslations();
  const p = props.project;
  const saved: EditProjectInput = {
    projectId: p.id,
    version: p.version,
    name: p.name,
    enterprise: props.enterprise,
    parkId: p.parkId,
    kind: p.kind,
    totalInvestment: p.totalInvestment,
    annualPlannedInvestment: p.annualPlannedInvestment,
    plannedStartOn: p.plannedStartOn ?? '',
    plannedFinishOn: p.plannedFinishOn ?? '',
    contactPerson: p.contactPerson,
    contactPhone: p.contactPhone,
    summary: p.summary,
  };
  const form = useForm<EditProjectInput, unknown, EditProject>({
    resolver: lazyZodResolver(() => import('@/lib/validation/plan').then((m) => m.editProjectSchema)),
    defaultValues: saved,
  });
  const { onSubmit, notice, conflict } = useEditorForm(form, editProject, saved);
  const { errors, isSubmitting } = form.formState;
  const text = (name: 'name' | 'enterprise' | 'contactPerson' | 'contactPhone', label: string) => (
    <Field label={label} error={errors[name]}>
      <input {...form.register(name)} className={inputClass} />
      <TheirValue value={conflict?.theirsOf(name)} />
    </Field>
  );
  const money = (name: 'totalInvestment' | 'annualPlannedInvestment', label: string) => (
    <Field label={label} error={errors[name]}>
      <input type="number" min={0} {...form.register(name)} className={inputClass} />
      <TheirValue value={conflict?.theirsOf(name)} />
    </Field>
  );
  return (
    <details className="rounded border border-slate-200 p-2">
      <summary className="cursor-pointer text-slate-600">{t('projectEdit.edit')}</summary>
      <form
        onSubmit={onSubmit}
        noValidate
        className="mt-2 grid gap-2 sm:grid-cols-2"
        data-testid="project-edit"
      >
        {text('name', t('projects.name'))}
        {text('enterprise', t('project.enterprise'))}
        <ParkKindFields
          parks={props.parks}
          park={form.register('parkId')}
          kind={form.register('kind')}
          errors={errors}
          hints={{
            parkId: (
              <TheirValue
                value={conflict?.theirsOf('parkId')}
                format={(id) => props.parks.find((park) => String(park.id) === id)?.name ?? id}
              />
            ),
            kind: (
              <TheirValue value={conflict?.theirsOf('kind')} format={(k) => t(`kinds.${k as ProjectKind}`)} />
            ),
          }}
        />
        {money('totalInvestment', t('projectForm.total'))}
        {money('annualPlannedInvestment', t('planWork.figures.annualPlannedInvestment'))}
        <Field label={t('planWork.figures.plannedStartOn')} error={errors.plannedStartOn}>
          <input type="date" {...form.register('plannedStartOn')} className={inputClass} />
          <TheirValue value={conflict?.theirsOf('plannedStartOn')} />
        </Field>
        <Field label={t('planWork.figures.plannedFinishOn')} error={errors.plannedFinishOn}>
          <input type="date" {...form.register('plannedFinishOn')} className={inputClass} />
          <TheirValue value={conflict?.theirsOf('plannedFinishOn')} />
        </Field>
        {text('contactPerson', t('projectEdit.contactPerson'))}
        {text('contactPhone', t('projectEdit.contactPhone'))}
        <Field label={t('projectEdit.summary')} error={errors.summary} className="sm:col-span-2">
          <textarea {...form.register('summary')} rows={2} className={inputClass} />
          <TheirValue value={conflict?.theirsOf('summary')} />
        </Field>
        <EditorMessage notice={notice} conflict={conflict} pending={isSubmitting} className="sm:col-span-2" />
        <div>
          <SubmitButton
            pending={isSubmitting}
            label={t('projectEdit.save')}
            pendingLabel={t('projectEdit.saving')}
            className="min-h-11"
          />
        </div>
      </form>
    </details>
  );
}
