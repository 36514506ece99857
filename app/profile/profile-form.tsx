'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { z } from 'zod';
import { updateProfile } from '@/lib/actions/plans';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { UpdateProfileInput, updateProfileSchema } from '@/lib/validation/plan';
import { useEditorForm } from '../_components/edit-conflict';
import { EditorMessage, TheirValue } from '../_components/edit-conflict-notice';
import { Field, inputClass, SubmitButton } from '../_components/form-controls';

/** Office phone and mobile of one account: the person's own, or one an admin manages. */
export function ProfileForm(props: { userId: number; version: number; officePhone: string; mobile: string }) {
  const t = useTranslations();
  const [saved, setSaved] = useState(false);
  const form = useForm<UpdateProfileInput, unknown, z.output<typeof updateProfileSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/plan').then((m) => m.updateProfileSchema)),
    defaultValues: props,
  });
  const { onSubmit, notice, conflict } = useEditorForm(form, updateProfile, props, () => setSaved(true));
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-3" data-testid="profile-form">
      <Field label={t('profile.mobile')} error={errors.mobile}>
        <input type="tel" autoComplete="tel" {...form.register('mobile')} className={inputClass} />
        <TheirValue value={conflict?.theirsOf('mobile')} />
      </Field>
      <Field label={t('profile.officePhone')} error={errors.officePhone}>
        <input type="tel" {...form.register('officePhone')} className={inputClass} />
        <TheirValue value={conflict?.theirsOf('officePhone')} />
      </Field>
      <EditorMessage notice={notice} conflict={conflict} pending={isSubmitting} />
      {saved && !notice && !conflict && (
        <p aria-live="polite" className="text-sm text-green-800">
          {t('profile.saved')}
        </p>
      )}
      <div>
        <SubmitButton
          pending={isSubmitting}
          label={t('profile.save')}
          pendingLabel={t('profile.saving')}
          className="min-h-11"
        />
      </div>
    </form>
  );
}
