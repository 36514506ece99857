'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { updateReminderSettings } from '@/lib/actions/reminders';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import {
  REMINDER_BOUNDS,
  type ReminderSettingsInput,
  type ReminderSettingsOutput,
} from '@/lib/validation/reminders';
import { useEditorForm } from '../../_components/edit-conflict';
import { EditorMessage, TheirValue } from '../../_components/edit-conflict-notice';
import { Field, inputClass, SubmitButton } from '../../_components/form-controls';

/** ISO weekdays 1 (Monday) … 7 (Sunday), by their message key. */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export interface ReminderFormValues {
  zoneId: number;
  version: number;
  filingEnabled: boolean;
  filingWeekday: number;
  filingTime: string;
  milestoneEnabled: boolean;
  milestoneDays: number;
  blockerEnabled: boolean;
  dailyTime: string;
  chaseQuietHours: number;
}

function Toggle(props: { field: UseFormRegisterReturn; label: string; children?: ReactNode }) {
  return (
    <label className="flex min-h-11 items-start gap-3 py-1">
      <input type="checkbox" {...props.field} className="mt-0.5 size-5 shrink-0" />
      <span className="min-w-0">{props.label}</span>
    </label>
  );
}

/** A titled group of fields: two columns from 640 px, one on a phone. */
function Section(props: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 border-t border-slate-200 pt-3">
      <legend className="font-medium">{props.legend}</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">{props.children}</div>
    </fieldset>
  );
}

/** One zone's reminders and 催报 quiet period, saved together under the settings row's version. */
export function ReminderSettingsForm({ saved }: { saved: ReminderFormValues }) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const form = useForm<ReminderSettingsInput, unknown, ReminderSettingsOutput>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/reminders').then((m) => m.reminderSettingsSchema),
    ),
    defaultValues: saved,
  });
  const { onSubmit, notice, conflict } = useEditorForm(form, updateReminderSettings, saved, () =>
    setDone(true),
  );
  const { errors, isSubmitting } = form.formState;
  const onOff = (v: string) => t(v === 'true' ? 'reminders.on' : 'reminders.off');
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 text-sm" data-testid="reminder-form">
      <Section legend={t('reminders.filing')}>
        <div className="sm:col-span-2">
          <Toggle field={form.register('filingEnabled')} label={t('reminders.filingEnabled')} />
          <TheirValue value={conflict?.theirsOf('filingEnabled')} format={onOff} />
        </div>
        <Field label={t('reminders.filingWeekday')} error={errors.filingWeekday}>
          <select {...form.register('filingWeekday')} className={inputClass}>
            {WEEKDAYS.map((key, i) => (
              <option key={key} value={i + 1}>
                {t(`reminders.weekdays.${key}`)}
              </option>
            ))}
          </select>
          <TheirValue
            value={conflict?.theirsOf('filingWeekday')}
            format={(v) => {
              const key = WEEKDAYS[Number(v) - 1];
              return key ? t(`reminders.weekdays.${key}`) : v;
            }}
          />
        </Field>
        <Field label={t('reminders.filingTime')} error={errors.filingTime}>
          <input type="time" {...form.register('filingTime')} className={inputClass} />
          <TheirValue value={conflict?.theirsOf('filingTime')} />
        </Field>
      </Section>

      <Section legend={t('reminders.daily')}>
        <div className="sm:col-span-2">
          <Toggle field={form.register('milestoneEnabled')} label={t('reminders.milestoneEnabled')} />
          <TheirValue value={conflict?.theirsOf('milestoneEnabled')} format={onOff} />
          <Toggle field={form.register('blockerEnabled')} label={t('reminders.blockerEnabled')} />
          <TheirValue value={conflict?.theirsOf('blockerEnabled')} format={onOff} />
        </div>
        <Field label={t('reminders.milestoneDays')} error={errors.milestoneDays}>
          <input
            type="number"
            inputMode="numeric"
            min={REMINDER_BOUNDS.milestoneDays.min}
            max={REMINDER_BOUNDS.milestoneDays.max}
            {...form.register('milestoneDays')}
            className={inputClass}
          />
          <TheirValue value={conflict?.theirsOf('milestoneDays')} />
        </Field>
        <Field label={t('reminders.dailyTime')} error={errors.dailyTime}>
          <input type="time" {...form.register('dailyTime')} className={inputClass} />
          <TheirValue value={conflict?.theirsOf('dailyTime')} />
        </Field>
      </Section>

      <Section legend={t('reminders.chase')}>
        <Field label={t('reminders.chaseQuietHours')} error={errors.chaseQuietHours}>
          <input
            type="number"
            inputMode="numeric"
            min={REMINDER_BOUNDS.chaseQuietHours.min}
            max={REMINDER_BOUNDS.chaseQuietHours.max}
            {...form.register('chaseQuietHours')}
            className={inputClass}
          />
          <TheirValue value={conflict?.theirsOf('chaseQuietHours')} />
        </Field>
      </Section>

      <EditorMessage notice={notice} conflict={conflict} pending={isSubmitting} />
      {done && !notice && !conflict && (
        <p aria-live="polite" className="text-green-800">
          {t('reminders.saved')}
        </p>
      )}
      <div>
        <SubmitButton
          pending={isSubmitting}
          label={t('reminders.save')}
          pendingLabel={t('reminders.saving')}
        />
      </div>
    </form>
  );
}
