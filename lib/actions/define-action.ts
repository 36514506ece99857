import type { z } from 'zod';
import { auditLog } from '@/db/schema';
import type { Db, Tx } from '@/db/types';
import { can, type Permission, type PermissionObject } from '@/lib/auth/permissions';
import { loadViewer, type SessionIdentity, type Viewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/config';
import { type Translator, translatorFor } from '@/lib/i18n/messages';
import { type FieldErrors, fieldErrorsOf } from '@/lib/validation/errors';
import { toPlainInput } from './plain-input';
import { ActionFailure, type ActionResult, type FailureCode } from './result';

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
   * The change itself; must bump the row's version. Returns the data for the client and the audit entry, or
   * `audit: null` when nothing changed (a replayed submit that finds its own earlier result).
   */
  write(
    tx: Tx,
    args: { input: z.output<S>; target: T; viewer: Viewer },
  ): Promise<{ data: Out; audit: AuditEntry | AuditEntry[] | null }>;
  /** Paths whose pages show what changed. */
  revalidate(target: T): string[];
}

export interface ActionOutcome<Out> {
  result: ActionResult<Out>;
  revalidate: string[];
}

export interface Action<Out> {
  name: string;
  run(ctx: ActionContext, raw: unknown): Promise<ActionOutcome<Out>>;
}

function fail(t: Translator, code: FailureCode, messageKey?: string): ActionOutcome<never> {
  const key = messageKey ?? `actions.${code === 'not_found' ? 'notFound' : code}`;
  return { result: { ok: false, code, message: t(key as never) }, revalidate: [] };
}

/** Field errors arrive as i18n keys and leave in the reader's language. */
function invalid(t: Translator, keys: FieldErrors): ActionOutcome<never> {
  const fieldErrors = Object.fromEntries(
    Object.entries(keys).map(([field, list]) => [field, list.map((key) => t(key as never))]),
  );
  return {
    result: { ok: false, code: 'invalid', message: t('actions.invalid'), fieldErrors },
    revalidate: [],
  };
}

/** PostgreSQL's unique_violation, whether the driver error comes bare or wrapped by drizzle. */
function isUniqueViolation(err: unknown): boolean {
  for (let e = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * The five steps every write goes through, in this order:
 * who (a live, enabled user) → valid (the shared zod schema; the target's id is part of the input, so it
 * must be parsed before the target can be fetched) → may (the target fetched scoped by the viewer, then the
 * permission map) → write (one transaction: lock, version check, change, audit row) → after (paths to
 * revalidate, one result type).
 */
export function defineAction<S extends z.ZodType, P extends Permission, T extends Target<P>, Out>(
  spec: ActionSpec<S, P, T, Out>,
): Action<Out> {
  return {
    name: spec.name,
    async run(ctx, raw) {
      const t = translatorFor(ctx.locale);
      try {
        const viewer = ctx.session === null ? null : await loadViewer(ctx.db, ctx.session);
        if (!viewer) return fail(t, 'unauthenticated');

        const parsed = spec.schema.safeParse(toPlainInput(raw));
        if (!parsed.success) return invalid(t, fieldErrorsOf(parsed.error));
        const input = parsed.data;

        const { data, target } = await ctx.db.transaction(async (tx) => {
          const target = await spec.load(tx, input, viewer);
          if (!target) throw new ActionFailure('not_found');
          if (!can(viewer, spec.permission, target.access)) throw new ActionFailure('forbidden');
          if (!spec.unversioned && target.version !== spec.expectedVersion?.(input)) {
            throw new ActionFailure('conflict');
          }
          const { data, audit } = await spec.write(tx, { input, target, viewer });
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
          return { data, target };
        });
        return { result: { ok: true, data }, revalidate: spec.revalidate(target) };
      } catch (err) {
        if (err instanceof ActionFailure)
          return err.fieldErrors ? invalid(t, err.fieldErrors) : fail(t, err.code, err.messageKey);
        // Two writers raced past the checks and the database's own rule stopped the second one.
        if (isUniqueViolation(err)) return fail(t, 'conflict');
        console.error(`[action ${spec.name}]`, err);
        return fail(t, 'error');
      }
    },
  };
}
