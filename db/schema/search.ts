import { pgTable, text } from 'drizzle-orm/pg-core';

/**
 * The pinyin key (lib/domain/search-key.ts) of every name the search looks at: project, enterprise, park and
 * person names and blocker titles. Keyed by the text itself, not by the row, so an entry never goes stale: a
 * renamed project simply meets the entry of its new name (written by the action, db/name-pinyin.ts).
 */
export const namePinyin = pgTable('name_pinyin', {
  name: text('name').primaryKey(),
  pinyin: text('pinyin').notNull(),
});
