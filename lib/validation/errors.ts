import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

/**
 * Our messages are i18n keys in a namespace named "validation" or ending in "Validation" (one per area:
 * "userValidation" …); zod's own defaults become a generic key.
 */
export function messageKeyOf(message: string | undefined): string {
  return message && /^([a-z]+V|v)alidation\.\w+$/.test(message) ? message : 'validation.invalid';
}

/** Field errors keyed by field path, each message an i18n key. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    const list = out[field] ?? [];
    list.push(messageKeyOf(issue.message));
    out[field] = list;
  }
  return out;
}
