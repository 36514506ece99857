import { type Credentials, encodeRfc3986, sha256Hex, signRequest } from './sigv4';
import type { AttachmentStore, BlobVariant } from './store';

/**
 * Attachment bytes in an S3-compatible bucket (AWS, MinIO, ...), spoken to with fetch and SigV4 rather than
 * the AWS SDK. The row stays in PostgreSQL, so the tx/db arguments go unused: an object put by a transaction
 * that later rolls back stays behind as an orphan, harmless because no row points at it.
 */

interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  prefix: string;
  credentials: Credentials;
}

const REQUIRED = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
const VARIANTS: readonly BlobVariant[] = ['file', 'thumb'];
// put runs inside a database transaction: a hung bucket must not hold it open indefinitely.
const TIMEOUT_MS = 30_000;

function configFromEnv(env: NodeJS.ProcessEnv): S3Config {
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`ATTACHMENT_STORE=s3 needs these environment variables: ${missing.join(', ')}`);
  }
  return {
    endpoint: (env.S3_ENDPOINT as string).replace(/\/+$/, ''),
    bucket: env.S3_BUCKET as string,
    region: env.S3_REGION || 'us-east-1',
    prefix: env.S3_PREFIX ?? 'attachments/',
    credentials: {
      accessKeyId: env.S3_ACCESS_KEY_ID as string,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY as string,
    },
  };
}

/** Path style, which MinIO and most S3-compatible services accept without DNS per bucket. */
function objectUrl(cfg: S3Config, id: string, variant: BlobVariant): URL {
  const key = `${cfg.prefix}${id}/${variant}`;
  const path = [cfg.bucket, ...key.split('/')].map(encodeRfc3986).join('/');
  return new URL(`${cfg.endpoint}/${path}`);
}

async function send(
  cfg: S3Config,
  method: 'PUT' | 'GET' | 'DELETE',
  url: URL,
  body?: Uint8Array,
  headers: Record<string, string> = {},
): Promise<Response> {
  const signed = signRequest({
    method,
    url,
    headers,
    payloadHash: sha256Hex(body ?? ''),
    credentials: cfg.credentials,
    region: cfg.region,
    date: new Date(),
  });
  return fetch(url, {
    method,
    headers: signed,
    // fetch's types want an ArrayBuffer-backed view; the input may be typed as possibly shared.
    body: body ? new Uint8Array(body) : undefined,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}

async function failure(method: string, url: URL, res: Response): Promise<Error> {
  const detail = (await res.text().catch(() => '')).slice(0, 300);
  return new Error(`S3 ${method} ${url.pathname} failed: HTTP ${res.status} ${detail}`.trim());
}

/** Frees the pooled connection when the body is of no interest. */
async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => {});
}

function s3Store(cfg: S3Config): AttachmentStore {
  return {
    name: 's3',
    async put(_tx, id, variant, bytes, contentType) {
      const url = objectUrl(cfg, id, variant);
      const res = await send(cfg, 'PUT', url, bytes, { 'content-type': contentType });
      if (!res.ok) throw await failure('PUT', url, res);
      await discard(res);
    },
    async get(_db, id, variant) {
      const url = objectUrl(cfg, id, variant);
      const res = await send(cfg, 'GET', url);
      // Only 404 means absent; a 403 is a permissions problem (AWS answers 403 for missing keys without
      // s3:ListBucket) and must not silently look like a deleted attachment.
      if (res.status === 404) {
        await discard(res);
        return null;
      }
      if (!res.ok) throw await failure('GET', url, res);
      return new Uint8Array(await res.arrayBuffer());
    },
    async discard(id) {
      // One after the other: deletes are rare, and emulators that prune the emptied id/ directory (s3rver)
      // answer 500 when two deletes race for it.
      for (const variant of VARIANTS) {
        const url = objectUrl(cfg, id, variant);
        const res = await send(cfg, 'DELETE', url);
        // Most attachments have no thumb; S3 answers 204 for a missing key but some services say 404.
        if (!res.ok && res.status !== 404) throw await failure('DELETE', url, res);
        await discard(res);
      }
    },
  };
}

export function s3StoreFromEnv(env: NodeJS.ProcessEnv): AttachmentStore {
  return s3Store(configFromEnv(env));
}
