'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import {
  assignBlocker,
  closeBlocker,
  commentBlocker,
  deescalateBlocker,
  escalateBlocker,
  reopenBlocker,
  resolveBlocker,
} from '@/lib/actions/blockers';
import type { ActionResult } from '@/lib/actions/result';
import type { BlockerMove } from '@/lib/domain/blockers';
import { zoneDateOf } from '@/lib/domain/dates';
import { lazyZodResolver } from '@/lib/forms/lazy-resolver';
import { useForm } from '@/lib/forms/use-form';
import { newClientKey } from '@/lib/validation/client-key';
import { useActionForm } from '../../_components/action-hooks';
import { useConfirm } from '../../_components/confirm-dialog';
import { Field, FormMessage, inputClass, SubmitButton } from '../../_components/form-controls';

type Extra = 'responsibleUnit' | 'deadline' | 'resolution';

// Each move: its action, its schema (the server's, named here and fetched on the first submit, so zod stays
// out of the page's first load), and the fields it asks for beyond the comment.
const MOVES: Record<
  BlockerMove,
  {
    action: (input: unknown) => Promise<ActionResult<unknown>>;
    schema: keyof typeof import('@/lib/validation/blocker');
    fields: Extra[];
  }
> = {
  assign: { action: assignBlocker, schema: 'assignBlockerSchema', fields: ['responsibleUnit', 'deadline'] },
  resolve: { action: resolveBlocker, schema: 'resolveBlockerSchema', fields: ['resolution'] },
  close: { action: closeBlocker, schema: 'plainMoveSchema', fields: [] },
  reopen: { action: reopenBlocker, schema: 'reopenBlockerSchema', fields: [] },
  escalate: { action: escalateBlocker, schema: 'plainMoveSchema', fields: [] },
  deescalate: { action: deescalateBlocker, schema: 'plainMoveSchema', fields: [] },
  comment: { action: commentBlocker, schema: 'commentBlockerSchema', fields: [] },
};

type Values = Record<string, unknown>;

/** One move of the lifecycle as a small form: its own fields, a comment (a reason, for reopening), a button. */
export function MoveForm(props: {
  move: BlockerMove;
  blockerId: number;
  version: number;
  unit: string | null;
}) {
  const t = useTranslations('blockerWork');
  const { action, schema, fields } = MOVES[props.move];
  // A comment creates an event: its key makes a replayed submit find the one already made; new after each.
  const [clientKey, setClientKey] = useState(newClientKey);
  const form = useForm<Values, unknown, Values>({
    resolver: lazyZodResolver(() =>
      import('@/lib/validation/blocker').then((m) => m[schema] as z.ZodType<Values, Values>),
    ),
    values: {
      blockerId: props.blockerId,
      version: props.version,
      comment: '',
      responsibleUnit: props.unit ?? '',
      deadline: zoneDateOf(new Date()),
      resolution: '',
      ...(props.move === 'comment' ? { clientKey } : {}),
    },
  });
  const { onSubmit, notice } = useActionForm(form, action, () => {
    form.reset();
    setClientKey(newClientKey());
  });
  const { errors, isSubmitting } = form.formState;
  // 销号 is final (no move leads out of 已销号): asked once more, after the fields are valid, also on Enter.
  const confirm = useConfirm();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (props.move === 'close') {
      if (!(await form.trigger())) return;
      if (!(await confirm.ask({ message: t('closeConfirm'), confirmLabel: t('moves.close') }))) return;
    }
    await onSubmit();
  };
  const input = (name: Extra | 'comment', type = 'text') => (
    <Field
      key={name}
      label={t(`fields.${props.move === 'reopen' && name === 'comment' ? 'reason' : name}`)}
      error={errors[name]}
    >
      <input type={type} {...form.register(name)} className={inputClass} />
    </Field>
  );
  return (
    <>
      <form
        onSubmit={submit}
        noValidate
        className="grid gap-2 sm:grid-cols-3"
        data-testid={`move-${props.move}`}
      >
        {fields.map((f) => input(f, f === 'deadline' ? 'date' : 'text'))}
        {input('comment')}
        <div className="flex items-end">
          <SubmitButton pending={isSubmitting} label={t(`moves.${props.move}`)} pendingLabel={t('working')} />
        </div>
        <FormMessage text={notice} className="sm:col-span-3" />
      </form>
      {confirm.dialog}
    </>
  );
}
