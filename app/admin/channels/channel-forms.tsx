'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { addChannel } from '@/lib/actions/channels';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import { type AddChannel, type AddChannelInput, ROBOT_KINDS } from '@/lib/validation/channel';
import { useActionForm } from '../../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

/** A new robot for a zone in reach: its kind, webhook address and (钉钉) signing secret. */
export function AddChannelForm({ zones }: { zones: { id: number; name: string }[] }) {
  const t = useTranslations();
  const [done, setDone] = useState<string | null>(null);
  const blank = (): AddChannelInput => ({
    zoneId: zones[0]?.id ?? 0,
    kind: 'wecom',
    webhookUrl: '',
    secret: '',
  });
  const form = useForm<AddChannelInput, unknown, AddChannel>({
    resolver: lazyZodResolver(() => import('@/lib/validation/channel').then((m) => m.addChannelSchema)),
    defaultValues: blank(),
  });
  const { onSubmit, notice } = useActionForm(form, addChannel, () => {
    setDone(t('channels.added'));
    form.reset(blank());
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2"
      data-testid="add-channel"
    >
      <h2 className="font-semibold sm:col-span-2">{t('channels.add')}</h2>
      {zones.length > 1 && (
        <Field label={t('channels.zone')} error={errors.zoneId}>
          <select {...form.register('zoneId')} className={inputClass}>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('channels.kind')} error={errors.kind}>
        <select {...form.register('kind')} className={inputClass}>
          {ROBOT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`channels.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('channels.webhookUrl')} error={errors.webhookUrl} className="sm:col-span-2">
        <input {...form.register('webhookUrl')} type="url" autoComplete="off" className={inputClass} />
      </Field>
      <Field label={t('channels.secret')} error={errors.secret}>
        <input {...form.register('secret')} type="password" autoComplete="off" className={inputClass} />
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
