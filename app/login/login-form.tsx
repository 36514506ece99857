'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { signInWithPassword } from '@/lib/actions/sign-in';
import { type SignInInput, signInSchema } from '@/lib/validation/sign-in';
import { FieldError } from '../_components/field-error';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('login');
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await signInWithPassword({ ...values, next });
    if (result && !result.ok) setFailure(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <label className="block">
        <span className="text-sm text-slate-700">{t('username')}</span>
        <input
          {...form.register('username')}
          autoComplete="username"
          autoCapitalize="none"
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2"
        />
        <FieldError error={errors.username} />
      </label>
      <label className="block">
        <span className="text-sm text-slate-700">{t('password')}</span>
        <input
          {...form.register('password')}
          type="password"
          autoComplete="current-password"
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2"
        />
        <FieldError error={errors.password} />
      </label>
      {failure && (
        <p role="alert" data-testid="form-error" className="text-sm text-red-700">
          {failure}
        </p>
      )}
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
