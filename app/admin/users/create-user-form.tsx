'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createUser } from '@/lib/actions/user-actions';
import { USER_ROLES } from '@/lib/domain/vocabulary';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import { newClientKey } from '@/lib/validation/client-key';
import type { CreateUser, CreateUserInput } from '@/lib/validation/users';
import { useActionForm } from '../../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

interface Props {
  /** The zones the admin may place an account in: their own, or every zone for a city admin. */
  zones: { id: number; name: string }[];
  /** A city admin may also create city-level admins and supervisors. */
  cityLevel: boolean;
}

const hintClass = 'mt-1 block text-xs text-slate-500';

export function CreateUserForm({ zones, cityLevel }: Props) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  // A new key per account: a double click or a replayed request gets the account already made.
  const blank = (): CreateUserInput => ({
    username: '',
    name: '',
    title: '',
    role: 'official',
    zoneId: cityLevel ? '' : String(zones[0]?.id ?? ''),
    password: '',
    clientKey: newClientKey(),
  });
  const form = useForm<CreateUserInput, unknown, CreateUser>({
    resolver: lazyZodResolver(() => import('@/lib/validation/users').then((m) => m.createUserSchema)),
    defaultValues: blank(),
  });
  const { onSubmit, notice } = useActionForm(form, createUser, (account) => {
    setCreated(t('users.created', { username: account.username }));
    form.reset(blank());
    setOpen(false);
  });
  const { errors, isSubmitting } = form.formState;

  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => {
            setCreated(null);
            setOpen(true);
          }}
          className="rounded bg-red-800 px-4 py-1.5 font-medium text-white"
          data-testid="new-user"
        >
          {t('users.openNew')}
        </button>
        {created && (
          <p aria-live="polite" className="text-sm text-emerald-800" data-testid="form-success">
            {created}
          </p>
        )}
      </div>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3"
      data-testid="create-user-form"
    >
      <h2 className="font-semibold sm:col-span-3">{t('users.newTitle')}</h2>
      <Field label={t('users.username')} error={errors.username}>
        <input {...form.register('username')} autoComplete="off" className={inputClass} />
        <span className={hintClass}>{t('users.usernameHint')}</span>
      </Field>
      <Field label={t('users.name')} error={errors.name}>
        <input {...form.register('name')} className={inputClass} />
      </Field>
      <Field label={t('users.jobTitle')} error={errors.title}>
        <input {...form.register('title')} className={inputClass} />
      </Field>
      <Field label={t('users.role')} error={errors.role}>
        <select {...form.register('role')} className={inputClass}>
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('users.zone')} error={errors.zoneId}>
        <select {...form.register('zoneId')} className={inputClass}>
          {cityLevel && <option value="">{t('users.cityLevelOption')}</option>}
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('users.password')} error={errors.password}>
        <input
          type="password"
          {...form.register('password')}
          autoComplete="new-password"
          className={inputClass}
        />
        <span className={hintClass}>{t('users.passwordHint')}</span>
      </Field>
      <FormMessage text={notice} className="sm:col-span-3" />
      <div className="flex gap-2 sm:col-span-3">
        <SubmitButton pending={isSubmitting} label={t('users.create')} pendingLabel={t('users.creating')} />
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded border border-slate-300 px-4 py-1.5"
        >
          {t('users.cancel')}
        </button>
      </div>
    </form>
  );
}
