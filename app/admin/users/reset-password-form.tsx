'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { resetPassword } from '@/lib/actions/user-actions';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { ResetPassword, ResetPasswordInput } from '@/lib/validation/users';
import { useEditorForm } from '../../_components/edit-conflict';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

export function ResetPasswordForm({ userId, version }: { userId: number; version: number }) {
  const t = useTranslations('users');
  const [done, setDone] = useState(false);
  // After a refresh the form takes the account's new version (useEditorForm), keeping a typed password.
  const saved = { userId, version, password: '' };
  const form = useForm<ResetPasswordInput, unknown, ResetPassword>({
    resolver: lazyZodResolver(() => import('@/lib/validation/users').then((m) => m.resetPasswordSchema)),
    defaultValues: saved,
  });
  const { onSubmit, notice } = useEditorForm(form, resetPassword, saved, () => {
    setDone(true);
    form.resetField('password');
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form
      onSubmit={(e) => {
        setDone(false);
        return onSubmit(e);
      }}
      noValidate
      className="space-y-3 text-sm"
      data-testid="reset-password-form"
    >
      <Field label={t('newPassword')} error={errors.password}>
        <input
          type="password"
          {...form.register('password')}
          autoComplete="new-password"
          className={inputClass}
        />
      </Field>
      <FormMessage text={notice} />
      {done && (
        <p aria-live="polite" className="text-sm text-emerald-800" data-testid="form-success">
          {t('resetDone')}
        </p>
      )}
      <SubmitButton pending={isSubmitting} label={t('reset')} pendingLabel={t('resetting')} />
    </form>
  );
}
