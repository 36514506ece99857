import { cookies, headers } from 'next/headers';
import { getDb } from '@/db';
import { importLedgerAction } from '@/lib/actions/ledger-import';
import type { FailureCode } from '@/lib/actions/result';
import { clientIp } from '@/lib/auth/client-ip';
import { can } from '@/lib/auth/permissions';
import { getViewer, sessionIdentity } from '@/lib/auth/session';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { LEDGER_MAX_BYTES, LedgerFileError, readLedgerFile } from '@/lib/import/ledger-file';
import { findHeader } from '@/lib/import/ledger-header';
import { describeReading } from '@/lib/import/ledger-preview';
import { planLedger } from '@/lib/import/plan-ledger';
import { ledgerOptionsSchema } from '@/lib/validation/ledger-import';
import { z } from '@/lib/validation/zod';

// The ledger import's two steps, both a POST of the file and the page's choices (multipart): `preview` reads
// and plans without writing; `import` runs the import action on the same file. The file is sent twice rather
// than kept on the server between the steps: nothing to expire, nothing to clean up, and every instance can
// answer either step.

/** The file and a few small fields: anything much larger is not a ledger this page sent. */
const BODY_LIMIT = LEDGER_MAX_BYTES + 256 * 1024;
const stepSchema = z.enum(['preview', 'import']);
const fingerprintSchema = z.string().regex(/^[0-9a-f]{8}$/);

const json = (status: number, body: unknown) => Response.json(body, { status });
const STATUS: Record<FailureCode, number> = {
  unauthenticated: 401,
  forbidden: 404,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  error: 500,
};

export async function POST(request: Request) {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const t = translatorFor(locale);
  const refuse = (status: number, key: string) => json(status, { ok: false, message: t(key as never) });

  const viewer = await getViewer();
  if (!viewer) return refuse(401, 'actions.unauthenticated');
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!Number.isFinite(length) || length > BODY_LIMIT) return refuse(413, 'ledgerImport.file.tooLarge');

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, 'ledgerImport.file.unreadable');
  }
  const file = form.get('file');
  const step = stepSchema.safeParse(form.get('step'));
  let rawOptions: unknown;
  try {
    rawOptions = JSON.parse(String(form.get('options') ?? ''));
  } catch {
    rawOptions = null;
  }
  const options = ledgerOptionsSchema.safeParse(rawOptions);
  if (!(file instanceof File) || !step.success || !options.success) return refuse(400, 'actions.invalid');
  if (file.size > LEDGER_MAX_BYTES) return refuse(413, 'ledgerImport.file.tooLarge');
  // Not there, for another zone's people and for those of the zone who may not import (as the app's GETs).
  if (!can(viewer, 'ledger.import', { zoneId: options.data.zoneId })) return refuse(404, 'actions.notFound');

  let sheets: Awaited<ReturnType<typeof readLedgerFile>>;
  try {
    sheets = await readLedgerFile(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    if (err instanceof LedgerFileError)
      return refuse(err.problem === 'tooLarge' ? 413 : 400, `ledgerImport.file.${err.problem}`);
    throw err;
  }
  const db = await getDb();
  if (step.data === 'preview') {
    const reading = await planLedger(db, sheets, options.data);
    if (!reading) return refuse(400, 'ledgerImport.file.noHeader');
    return json(200, { ok: true, preview: describeReading(reading, t) });
  }

  // The action plans the ledger again inside its transaction: here only the sheet is picked.
  const header = findHeader(sheets);
  if (!header) return refuse(400, 'ledgerImport.file.noHeader');
  const fingerprint = fingerprintSchema.safeParse(form.get('fingerprint'));
  if (!fingerprint.success) return refuse(400, 'actions.invalid');
  const grid = sheets.find((s) => s.sheet === header.sheet);
  const { result } = await importLedgerAction.run(
    { db, session: await sessionIdentity(), ip: clientIp(await headers()), locale },
    { ...options.data, fileName: file.name.slice(0, 200) || 'ledger', grid, fingerprint: fingerprint.data },
  );
  const status = result.ok ? 200 : STATUS[result.code];
  return json(status, result);
}
