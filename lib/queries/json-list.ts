import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * A correlated list read as one JSON column of the outer row, so a page that shows one record with its lists
 * reads them in one statement. Only for columns JSON carries unchanged (text, numbers, enums, and dates kept
 * as 'YYYY-MM-DD' strings); a timestamp would come back as a string, not a Date. `T` is the caller's word
 * for the fields' types: keep it to such columns.
 */
export function jsonList<T>(
  fields: { [K in keyof T]: AnyColumn },
  from: PgTable,
  where: SQL,
  orderBy: SQL,
): SQL<T[]> {
  const pairs = Object.entries<AnyColumn>(fields).map(([key, column]) => {
    if (!/^\w+$/.test(key)) throw new Error(`not a plain key: ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${column}`;
  });
  return sql<
    T[]
  >`coalesce((select json_agg(json_build_object(${sql.join(pairs, sql`, `)}) order by ${orderBy})
    from ${from} where ${where}), '[]'::json)`;
}
