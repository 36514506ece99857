import type { z } from 'zod';
import { auditLog } from '@/db/schema';
import type { Db, Tx } from '@/db/types';
import { can, type Permission, type PermissionObject } from '@/lib/auth/permissions';
import { loadViewer, type SessionIdentity, type Viewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/config';
import { type Translator, translatorFor } from '@/lib/i18n/messages';
import { type FieldErrors, fieldErrorsOf } from '@/lib/validation/errors';
import { AUDITED_REFUSALS, auditRefusal } from './access-refused';
import { toPlainInput } from './plain-input';
import { ActionFailure, type ActionResult, type FailureCode } from './result';
import { claimSubmit, type Json, recordAnswer, type SubmitKey } from './submit-once';

/** What an action knows of its request. Built from next-auth and headers in production, directly in tests. */
export interface ActionContext {
  db: Db;
  /** From the session token; null when signed out. */
  session: SessionIdentity | null;
  ip: string | null;
  locale: Locale;
}

/** The object an action touches, as loaded for it inside the transaction. */
export interface Target<P extends Permission> {
  /** What the permission is checked against. */
  access: PermissionObject<P>;
  /** The row's current version, checked against `expectedVersion` (0 for "no row yet"). */
  version?: number;
}

export interface AuditEntry {
  entity: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  /** The project the change belongs to, if any: its timeline (项目动态) is read from the audit log by it. */
  projectId?: number | null;
}

export interface ActionSpec<S extends z.ZodType, P extends Permission, T extends Target<P>, Out> {
  /** Audit action name, e.g. "milestone.update_status". */
  name: string;
  schema: S;
  permission: P;
  /** Reads the target scoped to what the viewer may reach, locked for update; null when out of reach. */
  load(tx: Tx, input: z.output<S>, viewer: Viewer): Promise<T | null>;
  /**
   * The version the editor saw, from the input, checked against `target.version`. Required, unless the
   * action has no version to check, and says why: it only creates rows ('creates'), or its change is the
   * same however often it is made ('idempotent', e.g. marking a notification read). So no update can forget
   * its optimistic lock.
   */
  expectedVersion?(input: z.output<S>): number;
  unversioned?: 'creates' | 'idempotent';
  /**
   * For a create: the form's key and what the submit acts on. A replay by the same person with the same key
   * gets the first answer and writes nothing (no row, no audit, no notice); the key for another target is
   * refused. The first answer is kept in a jsonb column, so it must be plain JSON (ids, not rows with dates):
   * the replay tests compare the two answers.
   */
  submit?(input: z.output<S>, target: T): SubmitKey;
  /**
   * The change itself; must bump the row's version. Returns the data for the client and the audit entry, or
   * `audit: null` when nothing changed (a replayed submit that finds its own earlier result).
   */
  write(
    tx: Tx,
    args: { input: z.output<S>; target: T; viewer: Viewer },
  ): Promise<{ data: Out; audit: AuditEntry | AuditEntry[] | null }>;
  /**
   * Work outside the database that may only happen once the write has committed (deleting a file's bytes
   * from a bucket: a rolled-back delete must not leave a row without them). A failure here is logged and
   * does not undo the answer: the write stands.
   */
  afterCommit?(data: Out): Promise<void>;
}

export interface ActionOutcome<Out> {
  result: ActionResult<Out>;
}

export interface Action<Out> {
  name: string;
  run(ctx: ActionContext, raw: unknown): Promise<ActionOutcome<Out>>;
}

function fail(t: Translator, code: FailureCode, messageKey?: string): ActionOutcome<never> {
  const key = messageKey ?? `actions.${code === 'not_found' ? 'notFound' : code}`;
  return { result: { ok: false, code, message: t(key as never) } };
}

/** Field errors arrive as i18n keys and leave in the reader's language. */
function invalid(t: Translator, keys: FieldErrors): ActionOutcome<never> {
  const fieldErrors = Object.fromEntries(
    Object.entries(keys).map(([field, list]) => [field, list.map((key) => t(key as never))]),
  );
  return {
    result: { ok: false, code: 'invalid', message: t('actions.invalid'), fieldErrors },
  };
}

/** PostgreSQL's SQLSTATE (23505 unique, 23514 check …), whether the error comes bare or wrapped by drizzle. */
function pgCode(err: unknown): string | undefined {
  for (let e = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * The five steps every write goes through, in this order:
 * who (a live, enabled user) → valid (the shared zod schema; the target's id is part of the input, so it
 * must be parsed before the target can be fetched) → may (the target fetched scoped by the viewer, then the
 * permission map) → write (one transaction: lock, version check, change, audit row) → after (one result
 * type; what the page shows is refreshed by the browser, see serve.ts).
 */
export function defineAction<S extends z.ZodType, P extends Permission, T extends Target<P>, Out>(
  spec: ActionSpec<S, P, T, Out>,
): Action<Out> {
  return {
    name: spec.name,
    async run(ctx, raw) {
      const t = translatorFor(ctx.locale);
      let actorId: number | null = null;
      // Recorded outside the rolled-back transaction, so that the refusal itself stays in the audit log.
      const refused = async (code: FailureCode) => {
        if (AUDITED_REFUSALS.has(code)) {
          const who = actorId !== null ? { actorId } : { actorId: null, ip: ctx.ip };
          await auditRefusal(ctx.db, { action: spec.name, code, who, ip: ctx.ip, raw });
        }
      };
      try {
        const viewer = ctx.session === null ? null : await loadViewer(ctx.db, ctx.session);
        if (!viewer) {
          await refused('unauthenticated');
          return fail(t, 'unauthenticated');
        }
        actorId = viewer.id;

        const parsed = spec.schema.safeParse(toPlainInput(raw));
        if (!parsed.success) return invalid(t, fieldErrorsOf(parsed.error));
        const input = parsed.data;

        const data = await ctx.db.transaction(async (tx) => {
          const target = await spec.load(tx, input, viewer);
          if (!target) throw new ActionFailure('not_found');
          if (!can(viewer, spec.permission, target.access)) throw new ActionFailure('forbidden');
          if (!spec.unversioned && target.version !== spec.expectedVersion?.(input)) {
            throw new ActionFailure('conflict');
          }
          const key = spec.submit?.(input, target);
          const earlier = key ? await claimSubmit(tx, viewer.id, spec.name, key) : null;
          if (earlier) return earlier.answer as Out;
          const { data, audit } = await spec.write(tx, { input, target, viewer });
          if (key) await recordAnswer(tx, viewer.id, key.clientKey, data as Json);
          const entries = audit === null ? [] : Array.isArray(audit) ? audit : [audit];
          if (entries.length > 0) {
            await tx.insert(auditLog).values(
              entries.map((entry) => ({
                actorId: viewer.id,
                action: spec.name,
                entity: entry.entity,
                entityId: String(entry.entityId),
                projectId: entry.projectId ?? null,
                before: entry.before,
                after: entry.after,
                ip: ctx.ip,
              })),
            );
          }
          return data;
        });
        await spec.afterCommit?.(data).catch((err: unknown) => {
          console.error(`[action ${spec.name}] after commit`, err);
        });
        return { result: { ok: true, data } };
      } catch (err) {
        if (err instanceof ActionFailure) {
          await refused(err.code);
          return err.fieldErrors ? invalid(t, err.fieldErrors) : fail(t, err.code, err.messageKey);
        }
        // Two writers raced past the checks and the database's own rule stopped the second one.
        if (pgCode(err) === '23505') return fail(t, 'conflict');
        // A rule of the database's own (a CHECK) refused what the input would make of the stored row.
        if (pgCode(err) === '23514') {
          console.warn(`[action ${spec.name}] check violation`, err);
          return fail(t, 'invalid');
        }
        console.error(`[action ${spec.name}]`, err);
        return fail(t, 'error');
      }
    },
  };
}
