'use client';

import { useTranslations } from 'next-intl';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/actions/notifications';
import type { ActionResult } from '@/lib/actions/result';
import { useActionButton } from '../_components/action-hooks';
import { FormMessage } from '../_components/form-controls';

/** One click, then the page (and the header's count) is rendered again by useActionButton's refresh. */
function MarkButton<R>(props: {
  action: (input: unknown) => Promise<ActionResult<R>>;
  input: unknown;
  label: string;
  testId: string;
  className: string;
}) {
  const t = useTranslations();
  const button = useActionButton(props.action);
  return (
    <span className="flex shrink-0 flex-col items-end gap-1">
      <button
        type="button"
        disabled={button.pending}
        onClick={() => button.run(props.input)}
        data-testid={props.testId}
        className={`rounded px-3 py-1 text-sm disabled:opacity-60 ${props.className}`}
      >
        {button.pending ? t('notifications.working') : props.label}
      </button>
      <FormMessage text={button.notice} />
    </span>
  );
}

export function MarkReadButton({ notificationId }: { notificationId: number }) {
  const t = useTranslations();
  return (
    <MarkButton
      action={markNotificationRead}
      input={{ notificationId }}
      label={t('notifications.markRead')}
      testId="mark-read"
      className="border border-slate-300 text-slate-700 hover:bg-slate-50"
    />
  );
}

export function MarkAllReadButton() {
  const t = useTranslations();
  return (
    <MarkButton
      action={markAllNotificationsRead}
      input={{}}
      label={t('notifications.markAllRead')}
      testId="mark-all-read"
      className="border border-red-800 font-medium text-red-800 hover:bg-red-50"
    />
  );
}
