'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { signInWithPassword } from '@/lib/actions/sign-in';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { SignInInput } from '@/lib/validation/sign-in';
import { Field, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('login');
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SignInInput>({
    resolver: lazyZodResolver(() => import('@/lib/validation/sign-in').then((m) => m.signInSchema)),
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await signInWithPassword({ ...values, next });
    if (result && !result.ok) setFailure(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t('username')} error={errors.username}>
        <input
          {...form.register('username')}
          autoComplete="username"
          autoCapitalize="none"
          className={inputClass}
        />
      </Field>
      <Field label={t('password')} error={errors.password}>
        <input
          {...form.register('password')}
          type="password"
          autoComplete="current-password"
          className={inputClass}
        />
      </Field>
      <FormMessage text={failure} />
      <SubmitButton
        pending={isSubmitting}
        label={t('submit')}
        pendingLabel={t('submitting')}
        className="w-full py-2"
      />
    </form>
  );
}
