import { redactSqlLiterals } from './redact';

test('string literals in SQL text are masked while identifiers and parameters stay readable', () => {
  expect(redactSqlLiterals(`SELECT "Doc"."id" FROM docs "Doc" WHERE "Doc"."slug" = $1 AND status = 'published'`)).toBe(
    `SELECT "Doc"."id" FROM docs "Doc" WHERE "Doc"."slug" = $1 AND status = '?'`,
  );
  expect(redactSqlLiterals(`SELECT 'it''s mine', E'a\\'b', $$dollar text$$, $q$tagged$q$ FROM t`)).toBe(`SELECT '?', '?', '?', '?' FROM t`);
  expect(redactSqlLiterals('SELECT set_config($1, $2, true)')).toBe('SELECT set_config($1, $2, true)');
});
