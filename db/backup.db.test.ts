import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPglite, backupPostgres, restorePglite, restorePostgres, tableChecksums } from './backup';
import { openPglite, openPostgres } from './drivers';
import { auditLog, projects } from './schema';
import { withDatabase } from './testing/local-only';
import { openTestDb } from './testing/test-db';
import type { DbHandle } from './types';

let handle: DbHandle;
let dir: string;
let seededAudit: number;
beforeEach(async () => {
  handle = await openTestDb();
  seededAudit = await handle.db.$count(auditLog);
  dir = mkdtempSync(path.join(tmpdir(), 'kp-backup-'));
  // something beyond the seed, Chinese text included, so the comparison covers written data
  await handle.db
    .insert(auditLog)
    .values({ action: 'test.write', entity: '项目', entityId: '1', after: { 备注: '点火成功' } });
});
afterEach(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores into an empty database with the same row counts and per-table checksums', async () => {
    const before = await tableChecksums(handle.db);
    expect(before.projects?.rows).toBe(await handle.db.$count(projects));
    expect(before.projects?.rows).toBeGreaterThan(27); // every zone's demo projects
    expect(before.audit_log?.rows).toBe(seededAudit + 1);

    if (handle.driver === 'pglite') {
      const file = path.join(dir, 'backup.tar.gz');
      await backupPglite(handle, file);
      const target = path.join(dir, 'restored');
      await restorePglite(file, target);
      await expect(restorePglite(file, target)).rejects.toThrow(/not empty/);
      const restored = await openPglite({ dataDir: target });
      try {
        expect(await tableChecksums(restored.db)).toEqual(before);
      } finally {
        await restored.close();
      }
      return;
    }

    const url = handle.url ?? '';
    const file = path.join(dir, 'backup.dump');
    await backupPostgres(url, file);
    const name = `kp_restore_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const restoredUrl = withDatabase(url, name);
    try {
      await restorePostgres(file, restoredUrl);
      const restored = openPostgres(restoredUrl);
      try {
        expect(await tableChecksums(restored.db)).toEqual(before);
      } finally {
        await restored.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
