'use client';

import { useEffect, useRef, useState } from 'react';
import type { DefaultValues, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/result';
import { mergeDraft } from '@/lib/forms/draft-merge';
import { useActionForm } from './action-hooks';

type ServerAction<Out> = (input: unknown) => Promise<ActionResult<Out>>;

/** A save refused because someone else saved first, while the user's draft waits in the form. */
export interface EditConflict<In extends FieldValues> {
  /** The other person's saved value of a field both changed; undefined where there is nothing to show. */
  theirsOf: (name: Path<In>) => unknown;
  /** Drops the draft: the form shows the saved values. */
  discard: () => void;
}

/**
 * `useActionForm` for an editor of a versioned row. `saved` is the row as the server last rendered it (the
 * form's default values). When it changes (a refresh after a conflict, or after anyone's save on this page)
 * the draft is merged onto it rather than replaced: what the user typed stays, the rest and the `version`
 * take the newer values, and after a conflict the editor offers to save the draft again or to drop it.
 */
export function useEditorForm<In extends FieldValues, Out extends FieldValues, R>(
  form: UseFormReturn<In, unknown, Out>,
  action: ServerAction<R>,
  saved: DefaultValues<In>,
  onSuccess?: (data: R) => void,
) {
  const [conflict, setConflict] = useState<{ theirs: DefaultValues<In>; contested: string[] } | null>(null);
  // The saved values the draft started from: what tells a field the user changed from one they left alone.
  const base = useRef<DefaultValues<In>>(saved);
  const refused = useRef(false);
  const { onSubmit, notice, clearNotice } = useActionForm(
    form,
    action,
    (data) => {
      base.current = form.getValues() as DefaultValues<In>;
      setConflict(null);
      onSuccess?.(data);
    },
    () => {
      refused.current = true;
    },
  );

  // Keyed by content: a refresh re-renders with equal but new objects, which must not touch the draft.
  const savedKey = JSON.stringify(saved);
  useEffect(() => {
    if (savedKey === JSON.stringify(base.current)) return;
    const newer = JSON.parse(savedKey) as DefaultValues<In>;
    const { values, contested } = mergeDraft<FieldValues>(base.current, form.getValues(), newer);
    base.current = newer;
    form.reset(values as DefaultValues<In>);
    if (refused.current || contested.length > 0) setConflict({ theirs: newer, contested });
    refused.current = false;
  }, [savedKey, form]);

  const edit: EditConflict<In> | null = conflict && {
    theirsOf: (name) =>
      conflict.contested.includes(name) ? (conflict.theirs as FieldValues)[name] : undefined,
    discard: () => {
      form.reset(conflict.theirs);
      setConflict(null);
      clearNotice();
    },
  };
  return { onSubmit, notice, conflict: edit };
}
