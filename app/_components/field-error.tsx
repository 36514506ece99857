'use client';

import { useTranslations } from 'next-intl';
import type { FieldError as RhfFieldError } from 'react-hook-form';

/**
 * Client-side schema errors carry i18n keys ("validation.required"); errors from the server arrive already
 * translated (type "server").
 */
export function FieldError({ error }: { error?: RhfFieldError }) {
  const t = useTranslations();
  if (!error?.message) return null;
  const text = error.type === 'server' ? error.message : t(error.message as never);
  return <span className="mt-1 block text-sm text-red-700">{text}</span>;
}
