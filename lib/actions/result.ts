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
    /** An i18n key that says more than the code's general message (e.g. why a move is not possible now). */
    readonly messageKey?: string,
  ) {
    super(code);
  }
}

/** A refusal of one field, decided against stored data inside the transaction. */
export function invalidField(field: string, key: string): ActionFailure {
  return new ActionFailure('invalid', { [field]: [key] });
}

/** A refusal of the whole request with its own message (an i18n key). */
export function refusal(code: FailureCode, messageKey: string): ActionFailure {
  return new ActionFailure(code, undefined, messageKey);
}
