'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { addEmailChannel } from '@/lib/actions/channels';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { AddEmailChannel, AddEmailChannelInput } from '@/lib/validation/channel';
import { useActionForm } from '../../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

/** A zone's mail server: host, port, TLS, the account it signs in with and the sender address. */
export function AddEmailChannelForm({ zones }: { zones: { id: number; name: string }[] }) {
  const t = useTranslations();
  const [done, setDone] = useState<string | null>(null);
  const blank = (): AddEmailChannelInput => ({
    zoneId: zones[0]?.id ?? 0,
    host: '',
    port: '465',
    secure: true,
    user: '',
    password: '',
    from: '',
  });
  const form = useForm<AddEmailChannelInput, unknown, AddEmailChannel>({
    resolver: lazyZodResolver(() => import('@/lib/validation/channel').then((m) => m.addEmailChannelSchema)),
    defaultValues: blank(),
  });
  const { onSubmit, notice } = useActionForm(form, addEmailChannel, () => {
    setDone(t('channels.added'));
    form.reset(blank());
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2"
      data-testid="add-email-channel"
    >
      <h2 className="font-semibold sm:col-span-2">{t('channels.addEmail')}</h2>
      {zones.length > 1 && (
        <Field label={t('channels.zone')} error={errors.zoneId} className="sm:col-span-2">
          <select {...form.register('zoneId')} className={inputClass}>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('channels.smtpHost')} error={errors.host}>
        <input {...form.register('host')} autoComplete="off" spellCheck={false} className={inputClass} />
      </Field>
      <Field label={t('channels.smtpPort')} error={errors.port}>
        <input {...form.register('port')} inputMode="numeric" autoComplete="off" className={inputClass} />
      </Field>
      <label className="flex min-h-11 items-center gap-2 sm:col-span-2">
        <input type="checkbox" {...form.register('secure')} className="size-5 shrink-0" />
        <span>{t('channels.smtpSecure')}</span>
      </label>
      <Field label={t('channels.smtpUser')} error={errors.user}>
        <input {...form.register('user')} autoComplete="off" spellCheck={false} className={inputClass} />
      </Field>
      <Field label={t('channels.smtpPassword')} error={errors.password}>
        <input
          {...form.register('password')}
          type="password"
          autoComplete="new-password"
          className={inputClass}
        />
      </Field>
      <Field label={t('channels.smtpFrom')} error={errors.from} className="sm:col-span-2">
        <input {...form.register('from')} type="email" autoComplete="off" className={inputClass} />
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <SubmitButton
          pending={isSubmitting}
          label={t('channels.submit')}
          pendingLabel={t('channels.working')}
        />
        <FormMessage text={notice} />
        {done && (
          <p role="status" className="text-light-green">
            {done}
          </p>
        )}
      </div>
    </form>
  );
}
