import { sql } from 'kysely';

/**
 * An id bound as an INTEGER. better-sqlite3 binds every JS number as a REAL, and FTS5 ignores a rowid
 * bound that is not an integer (it then scans the whole doclist and filters: 80× slower on a window).
 */
export function idParam(id: number) {
  return sql<number>`cast(${id} as bigint)`;
}
