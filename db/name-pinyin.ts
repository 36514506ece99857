import { sql } from 'drizzle-orm';
import { pinyinKey } from '@/lib/domain/search-key';
import { namePinyin } from './schema';
import type { DbOrTx } from './types';

// The search finds names by pinyin through `name_pinyin` (db/schema/search.ts). Every action that writes a
// name records its key in the same transaction; what was written otherwise (the demo seed, bulk loads, rows
// from before the table existed) is filled in after migrating and seeding.

const CHUNK = 1_000;

async function insertKeys(db: DbOrTx, names: readonly string[]): Promise<void> {
  const unique = [...new Set(names)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = unique.slice(i, i + CHUNK).map((name) => ({ name, pinyin: pinyinKey(name) }));
    await db.insert(namePinyin).values(rows).onConflictDoNothing({ target: namePinyin.name });
  }
}

/** Records the pinyin keys of names an action writes (a key already there is the same key). */
export async function recordPinyin(tx: DbOrTx, ...names: string[]): Promise<void> {
  await insertKeys(tx, names);
}

/** Adds the keys of every searched name that has none; cheap when there are none to add. */
export async function fillMissingPinyin(db: DbOrTx): Promise<number> {
  const result = await db.execute<{ name: string }>(sql`
    select n.name from (
      select name from projects union select name from enterprises union select name from parks
      union select name from users union select title from blockers
    ) n (name)
    where not exists (select 1 from name_pinyin k where k.name = n.name)`);
  const names = (result as unknown as { rows: { name: string }[] }).rows.map((r) => r.name);
  await insertKeys(db, names);
  return names.length;
}
