import type { Logger } from 'drizzle-orm/logger';

/** Printed before each statement when DB_LOG_QUERIES=1, so a benchmark can count queries per request. */
export const QUERY_LOG_MARK = '[db:query]';

/** Drizzle's logger for the app: off unless DB_LOG_QUERIES=1 (it costs a line of output per statement). */
export function queryLogger(): Logger | false {
  if (process.env.DB_LOG_QUERIES !== '1') return false;
  return { logQuery: (query) => console.log(QUERY_LOG_MARK, query.replace(/\s+/g, ' ').slice(0, 160)) };
}
