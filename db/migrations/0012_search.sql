CREATE TABLE "name_pinyin" (
	"name" text PRIMARY KEY NOT NULL,
	"pinyin" text NOT NULL
);
--> statement-breakpoint
-- Trigram indexes let the search's ILIKE '%q%' (3 characters or more) use an index instead of reading every row.
-- pg_trgm ships with PostgreSQL and with PGlite (loaded in db/drivers.ts); where it cannot be created (a
-- managed server that refuses the extension), the search still works, by reading the rows.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX projects_name_trgm ON projects USING gin (name gin_trgm_ops);
  CREATE INDEX enterprises_name_trgm ON enterprises USING gin (name gin_trgm_ops);
  CREATE INDEX blockers_title_trgm ON blockers USING gin (title gin_trgm_ops);
  CREATE INDEX users_name_trgm ON users USING gin (name gin_trgm_ops);
  CREATE INDEX name_pinyin_trgm ON name_pinyin USING gin (pinyin gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'search runs without trigram indexes: %', SQLERRM;
END
$$;
