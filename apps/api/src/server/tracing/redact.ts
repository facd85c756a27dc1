/**
 * SQL text with its string literals masked. The API's queries pass values as
 * parameters ($1, $2), which never reach a span; a literal written into the
 * text (a fixed status, or one day a value someone inlined) is masked too, so
 * no patient or editor text can travel to the collector in a statement.
 */
export function redactSqlLiterals(sql: string): string {
  return sql.replace(/(?:\b[eE])?'(?:[^'\\]|''|\\.)*'/g, "'?'").replace(/\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$/g, "'?'");
}
