'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/result';

type ServerAction<Out> = (input: unknown) => Promise<ActionResult<Out>>;

/**
 * Submits a react-hook-form form to a server action: server field errors land on their fields (already
 * translated), the message shows beside the form, and the page refreshes after a success or a conflict (so
 * the newer values appear).
 */
export function useActionForm<In extends FieldValues, Out extends FieldValues, R>(
  form: UseFormReturn<In, unknown, Out>,
  action: ServerAction<R>,
  onSuccess?: (data: R) => void,
  /** Told before the refresh, so an editor can keep its draft over the newer values (edit-conflict.ts). */
  onConflict?: () => void,
) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await action(values);
    if (result.ok) {
      onSuccess?.(result.data);
      takeVersion(form, result.data);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<In>, { type: 'server', message: messages.join(' ') });
    }
    setNotice(result.message);
    if (result.code === 'conflict') {
      onConflict?.();
      router.refresh();
    }
  });
  return { onSubmit, notice, clearNotice: () => setNotice(null) };
}

/**
 * The row's new version goes into the form at once (after onSuccess, which may reset the form to its first
 * values): the page's refresh comes a moment later (lib/actions/serve.ts), and a second save before it must
 * not be refused as someone else's.
 */
function takeVersion<In extends FieldValues>(form: UseFormReturn<In, unknown, FieldValues>, data: unknown) {
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && form.getValues('version' as Path<In>) !== undefined)
    form.setValue('version' as Path<In>, version as never);
}

/** A one-click action (move, remove, end …): pending state, refresh after, the message if refused. */
export function useActionButton<R>(action: ServerAction<R>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<string | null>(null);
  const run = (input: unknown, confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    setNotice(null);
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) setNotice(result.message);
      router.refresh();
    });
  };
  return { run, pending, notice };
}
