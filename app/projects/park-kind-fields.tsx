'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { PROJECT_KINDS } from '@/lib/domain/vocabulary';
import { Field, inputClass } from '../_components/form-controls';

/** A project's park and kind (续建/新建/谋划), the same in the new-project form and the edit form. */
export function ParkKindFields(props: {
  parks: { id: number; name: string }[];
  park: UseFormRegisterReturn;
  kind: UseFormRegisterReturn;
  errors: { parkId?: Partial<FieldError>; kind?: Partial<FieldError> };
  /** Below each select, e.g. the value someone else saved there (the edit form after a conflict). */
  hints?: { parkId?: ReactNode; kind?: ReactNode };
}) {
  const t = useTranslations();
  return (
    <>
      <Field label={t('project.park')} error={props.errors.parkId}>
        <select {...props.park} className={inputClass}>
          {props.parks.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {props.hints?.parkId}
      </Field>
      <Field label={t('project.kind')} error={props.errors.kind}>
        <select {...props.kind} className={inputClass}>
          {PROJECT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        {props.hints?.kind}
      </Field>
    </>
  );
}
