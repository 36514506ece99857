'use client';

import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { acceptNotice, replyNotice, returnNotice } from '@/lib/actions/supervision';
import type { SupervisionMove } from '@/lib/domain/supervision-notice';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import { useActionForm } from '../../_components/action-hooks';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

// Each move's action and the name of its schema (the server's, fetched on the first submit).
const MOVES: Record<
  SupervisionMove,
  {
    action: (input: unknown) => Promise<ActionResult<unknown>>;
    schema: 'replyNoticeSchema' | 'acceptNoticeSchema' | 'returnNoticeSchema';
  }
> = {
  reply: { action: replyNotice, schema: 'replyNoticeSchema' },
  accept: { action: acceptNotice, schema: 'acceptNoticeSchema' },
  return: { action: returnNotice, schema: 'returnNoticeSchema' },
};

type Values = Record<string, unknown>;

/** One move on a 督办单: its text (the reply, the remarks, the reason it goes back) and its button. */
export function NoticeMoveForm(props: { move: SupervisionMove; noticeId: number; version: number }) {
  const t = useTranslations('supervisionWork');
  const { action, schema } = MOVES[props.move];
  const form = useForm<Values, unknown, Values>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/supervision-notice').then((m) => m[schema] as z.ZodType<Values, Values>),
    ),
    values: { noticeId: props.noticeId, version: props.version, body: '' },
  });
  const { onSubmit, notice } = useActionForm(form, action, () => form.reset());
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2" data-testid={`notice-${props.move}`}>
      <Field label={t(`bodies.${props.move}`)} error={errors.body}>
        <textarea {...form.register('body')} rows={props.move === 'reply' ? 4 : 2} className={inputClass} />
      </Field>
      <div>
        <SubmitButton pending={isSubmitting} label={t(`moves.${props.move}`)} pendingLabel={t('working')} />
      </div>
      <FormMessage text={notice} />
    </form>
  );
}
