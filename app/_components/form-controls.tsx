'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { FieldError as RhfFieldError } from 'react-hook-form';
import { messageKeyOf } from '@/lib/validation/errors';

/** A field's error as react-hook-form reports it, also for fields whose input type is `unknown`. */
type FieldErrorLike = Partial<Pick<RhfFieldError, 'message' | 'type'>>;

/** 44 px tall: a thumb on a site, not a mouse pointer. */
export const inputClass = 'mt-1 block min-h-11 w-full rounded border border-slate-300 bg-white px-2 py-1.5';

/**
 * Client-side schema errors carry i18n keys ("validation.required"); errors from the server arrive already
 * translated (type "server").
 */
export function FieldError({ error }: { error?: FieldErrorLike }) {
  const t = useTranslations();
  if (!error?.message) return null;
  const text = error.type === 'server' ? error.message : t(messageKeyOf(error.message) as never);
  return <span className="mt-1 block text-sm text-red-700">{text}</span>;
}

/** A labelled control with its error below; the label wraps the control, so the label names it. */
export function Field(props: {
  label: string;
  error?: FieldErrorLike;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control arrives as children, inside the label
    <label className={`block ${props.className ?? ''}`}>
      <span className="text-sm text-slate-600">{props.label}</span>
      {props.children}
      <FieldError error={props.error} />
    </label>
  );
}

/**
 * Every form's submit: disabled and saying so from the tap until the answer, so a slow connection never looks
 * like a missed tap (and a second tap sends nothing). `pending` comes from react-hook-form's isSubmitting; forms
 * posting to a server action directly (`<form action>`) need not pass it, useFormStatus knows.
 */
export function SubmitButton(props: {
  pending?: boolean;
  label: string;
  /** The step in progress ("正在保存…"); "提交中…" when not given. */
  pendingLabel?: string;
  className?: string;
}) {
  const t = useTranslations('app');
  const status = useFormStatus();
  const pending = props.pending || status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      data-pending={pending || undefined}
      className={`min-h-11 rounded bg-red-800 px-4 py-1.5 font-medium text-white disabled:opacity-60 ${props.className ?? ''}`}
    >
      {pending ? (props.pendingLabel ?? t('submitting')) : props.label}
    </button>
  );
}

/** The form-level message (refusal, conflict); not role="alert", which Next's route announcer also uses. */
export function FormMessage({ text, className }: { text: string | null; className?: string }) {
  if (!text) return null;
  return (
    <p aria-live="polite" data-testid="form-error" className={`text-sm text-red-700 ${className ?? ''}`}>
      {text}
    </p>
  );
}
