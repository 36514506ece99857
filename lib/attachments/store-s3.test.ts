import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbOrTx, Tx } from '@/db/types';
import { s3StoreFromEnv } from './store-s3';

// s3rver checks that the access key id exists but does not verify V4 signatures or payload hashes, so this
// proves the wire protocol (paths, methods, status handling); sigv4.test.ts proves the signature itself.
const BUCKET = 'attachments-test';
// The store ignores its transaction argument; nothing here touches the database.
const tx = undefined as unknown as Tx;
const db = undefined as unknown as DbOrTx;

let server: S3rver;
let directory: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 's3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  env = {
    NODE_ENV: 'test',
    S3_ENDPOINT: `http://127.0.0.1:${port}/`,
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
});

afterAll(async () => {
  await server?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('s3StoreFromEnv', () => {
  it('names every missing variable', () => {
    expect(() => s3StoreFromEnv({ NODE_ENV: 'test', S3_BUCKET: 'b' })).toThrow(
      /S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/,
    );
  });

  it('round-trips both variants and removes them', async () => {
    const store = s3StoreFromEnv(env);
    expect(store.name).toBe('s3');
    const id = crypto.randomUUID();
    const file = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const thumb = new Uint8Array([0, 255, 1, 254]);

    await store.put(tx, id, 'file', file, 'application/octet-stream');
    await store.put(tx, id, 'thumb', thumb, 'image/webp');
    expect(await store.get(db, id, 'file')).toEqual(file);
    expect(await store.get(db, id, 'thumb')).toEqual(thumb);

    await store.discard(id);
    expect(await store.get(db, id, 'file')).toBeNull();
    expect(await store.get(db, id, 'thumb')).toBeNull();
  });

  it('removes an attachment that has no thumb', async () => {
    const store = s3StoreFromEnv(env);
    const id = crypto.randomUUID();
    await store.put(tx, id, 'file', new Uint8Array([1, 2, 3]), 'application/pdf');
    await store.discard(id);
    expect(await store.get(db, id, 'file')).toBeNull();
  });

  it('stores under the prefix', async () => {
    const store = s3StoreFromEnv({ ...env, S3_PREFIX: 'tenant-a/' });
    const id = crypto.randomUUID();
    await store.put(tx, id, 'file', new Uint8Array([7]), 'text/plain');
    const res = await fetch(`${env.S3_ENDPOINT}${BUCKET}/tenant-a/${id}/file`);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([7]));
    expect(await s3StoreFromEnv(env).get(db, id, 'file')).toBeNull();
  });

  it('returns null for a missing key and tolerates removing one', async () => {
    const store = s3StoreFromEnv(env);
    const id = crypto.randomUUID();
    expect(await store.get(db, id, 'file')).toBeNull();
    await expect(store.discard(id)).resolves.toBeUndefined();
  });

  it('rejects a put with an unknown access key', async () => {
    const store = s3StoreFromEnv({ ...env, S3_ACCESS_KEY_ID: 'NOBODY' });
    await expect(
      store.put(tx, crypto.randomUUID(), 'file', new Uint8Array([1]), 'text/plain'),
    ).rejects.toThrow(/HTTP 403/);
  });

  it('throws on a non-404 error from get', async () => {
    const store = s3StoreFromEnv({ ...env, S3_ACCESS_KEY_ID: 'NOBODY' });
    await expect(store.get(db, crypto.randomUUID(), 'file')).rejects.toThrow(/InvalidAccessKeyId/);
  });
});
