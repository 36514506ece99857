import { getDb } from '@/db';
import { importLedgerAction } from '@/lib/actions/ledger-import';
import { actionAnswer, jsonAnswer, readUpload, routeRequest } from '@/lib/actions/route-run';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
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

export async function POST(request: Request) {
  const { t, refuse, context } = await routeRequest();

  const viewer = await getViewer();
  if (!viewer) return refuse(401, 'actions.unauthenticated');
  const upload = await readUpload(request, BODY_LIMIT);
  if (!('form' in upload))
    return upload.tooLarge
      ? refuse(413, 'ledgerImport.file.tooLarge')
      : refuse(400, 'ledgerImport.file.unreadable');
  const { form } = upload;
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
    return jsonAnswer(200, { ok: true, preview: describeReading(reading, t) });
  }

  // The action plans the ledger again inside its transaction: here only the sheet is picked.
  const header = findHeader(sheets);
  if (!header) return refuse(400, 'ledgerImport.file.noHeader');
  const fingerprint = fingerprintSchema.safeParse(form.get('fingerprint'));
  if (!fingerprint.success) return refuse(400, 'actions.invalid');
  const grid = sheets.find((s) => s.sheet === header.sheet);
  const { result } = await importLedgerAction.run(
    { ...(await context()), db },
    { ...options.data, fileName: file.name.slice(0, 200) || 'ledger', grid, fingerprint: fingerprint.data },
  );
  return actionAnswer(result);
}
