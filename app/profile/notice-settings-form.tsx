'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { updateNoticeSettings } from '@/lib/actions/notifications';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import type { NoticeGroup } from '@/lib/notify/notice-groups';
import type { NoticeSettings, NoticeSettingsInput } from '@/lib/validation/notice-settings';
import { useEditorForm } from '../_components/edit-conflict';
import { EditorMessage } from '../_components/edit-conflict-notice';
import { Field, FieldError, inputClass, SubmitButton } from '../_components/form-controls';

/** One's address for notices by e-mail and, per group of notice kinds, whether to get them by e-mail. */
export function NoticeSettingsForm(props: {
  version: number;
  email: string;
  emailGroups: NoticeGroup[];
  /** Every group, in the order shown. */
  groups: NoticeGroup[];
}) {
  const t = useTranslations();
  const [saved, setSaved] = useState(false);
  const values = { version: props.version, email: props.email, emailGroups: props.emailGroups };
  const form = useForm<NoticeSettingsInput, unknown, NoticeSettings>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/notice-settings').then((m) => m.noticeSettingsSchema),
    ),
    defaultValues: values,
  });
  const { onSubmit, notice, conflict } = useEditorForm(form, updateNoticeSettings, values, () =>
    setSaved(true),
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-3" data-testid="notice-settings-form">
      <Field label={t('noticeSettings.email')} error={errors.email}>
        <input
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          {...form.register('email')}
          aria-describedby="notice-email-hint"
          className={inputClass}
        />
      </Field>
      <p id="notice-email-hint" className="-mt-2 text-xs text-slate-500">
        {t('noticeSettings.emailHint')}
      </p>
      <fieldset className="min-w-0">
        <legend className="text-sm text-slate-600">{t('noticeSettings.groupsLegend')}</legend>
        {props.groups.map((group) => (
          <label key={group} className="flex min-h-11 items-center gap-3 py-1">
            <input
              type="checkbox"
              value={group}
              {...form.register('emailGroups')}
              // The server's HTML shows the choice before the form's code has loaded (it loads on first use).
              defaultChecked={props.emailGroups.includes(group)}
              className="size-5 shrink-0"
            />
            <span className="min-w-0">{t(`noticeSettings.groups.${group}`)}</span>
          </label>
        ))}
        <FieldError error={errors.emailGroups} />
      </fieldset>
      <EditorMessage notice={notice} conflict={conflict} pending={isSubmitting} />
      {saved && !notice && !conflict && (
        <p aria-live="polite" className="text-sm text-green-800">
          {t('noticeSettings.saved')}
        </p>
      )}
      <div>
        <SubmitButton
          pending={isSubmitting}
          label={t('noticeSettings.save')}
          pendingLabel={t('noticeSettings.saving')}
          className="min-h-11"
        />
      </div>
    </form>
  );
}
