import { sql, type Expression, type SqlBool } from 'kysely';

/** `column` contains `text` literally: LIKE with %, _ and \ in the user's text escaped. */
export function containsText(column: string, text: string): Expression<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
