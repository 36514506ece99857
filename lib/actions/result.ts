import type { FieldErrors } from '@/lib/validation/errors';

export type FailureCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'invalid' | 'conflict' | 'error';

/** The one result type of every server action. No stack traces, no database errors: only these. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: FailureCode; message: string; fieldErrors?: FieldErrors };

/** Thrown inside an action's transaction to refuse and roll back. */
export class ActionFailure extends Error {
  constructor(
    readonly code: FailureCode,
    /** For 'invalid' found only against stored data (a taken username …): field → i18n keys. */
    readonly fieldErrors?: FieldErrors,
  ) {
    super(code);
  }
}

/** A refusal of one field, decided against stored data inside the transaction. */
export function invalidField(field: string, key: string): ActionFailure {
  return new ActionFailure('invalid', { [field]: [key] });
}
