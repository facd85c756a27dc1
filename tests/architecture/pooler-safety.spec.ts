import fs from 'node:fs';
import path from 'node:path';

/*
 * Careleaf runs behind PgBouncer in transaction mode (docs/scaling.md, ADR
 * 0036): a server connection serves another client after every transaction,
 * so nothing may outlive one. This checks the API's and the migrations' code
 * for the session state that would leak to the next client or be lost: settings
 * made for the session, session advisory locks, temporary tables, prepared
 * statements and cursors kept past the transaction, and LISTEN anywhere but the
 * listener (which has a direct connection of its own). Checked on the real
 * tree, and on fixture text so a pattern that silently stopped matching fails.
 */
const root = path.resolve(__dirname, '..', '..');

const SESSION_STATE: { what: string; pattern: RegExp }[] = [
  { what: 'a setting for the session (set_config(…, false))', pattern: /set_config\s*\([^)]*,\s*false\s*\)/i },
  {
    what: 'a session SET (use set_config(…, true) or SET LOCAL)',
    pattern: /(^|[`'";(]\s*)SET\s+(SESSION\s+)?(ROLE|[a-z_]+\.[a-z_]+|search_path|statement_timeout|TIME\s+ZONE)\b/im,
  },
  { what: 'a session advisory lock (use pg_advisory_xact_lock)', pattern: /pg_(try_)?advisory_lock(_shared)?\s*\(/i },
  { what: 'a temporary table', pattern: /CREATE\s+(GLOBAL\s+|LOCAL\s+)?TEMP(ORARY)?\s+TABLE/i },
  { what: 'a prepared statement in SQL (PREPARE)', pattern: /(^|[`'"]\s*)PREPARE\s+\w+/im },
  { what: 'a cursor kept past its transaction (WITH HOLD)', pattern: /CURSOR\s+WITH\s+HOLD/i },
  { what: 'LISTEN outside the event listener', pattern: /[`'"]\s*LISTEN\s/i },
];

/** The one place LISTEN belongs: it opens its own connection to DATABASE_DIRECT_URL when set. */
const LISTENER = 'apps/api/src/kernel/db/notifications.ts';

export function findSessionState(file: string, text: string): { file: string; line: number; what: string }[] {
  const found: { file: string; line: number; what: string }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { what, pattern } of SESSION_STATE) {
      if (what.startsWith('LISTEN') && file === LISTENER) continue;
      if (pattern.test(line)) found.push({ file, line: i + 1, what });
    }
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') out.push(...sourceFiles(full));
    } else if (/\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) out.push(full);
  }
  return out;
}

test('no API or migration code keeps session state that a transaction pooler would leak or lose', () => {
  const files = [...sourceFiles(path.join(root, 'apps', 'api', 'src')), ...sourceFiles(path.join(root, 'migrations', 'src'))];
  expect(files.length).toBeGreaterThan(50);
  const findings = files.flatMap((f) => {
    const rel = path.relative(root, f).split(path.sep).join('/');
    return findSessionState(rel, fs.readFileSync(f, 'utf8'));
  });
  expect(findings).toEqual([]);
});

test('the patterns catch what they are meant to catch, and leave transaction-local state alone', () => {
  const bad = [
    "await em.query(`SELECT set_config('app.tenant_id', $1, false)`);",
    'await em.query(`SET ROLE careleaf_app`);',
    "await em.query('SET app.tenant_id = 1');",
    'await em.query(`SELECT pg_advisory_lock(42)`);',
    "await em.query('CREATE TEMP TABLE x (id int)');",
    'await em.query(`PREPARE q AS SELECT 1`);',
    'await em.query(`DECLARE c CURSOR WITH HOLD FOR SELECT 1`);',
    'await c.query(`LISTEN careleaf_events`);',
  ];
  for (const line of bad) expect(findSessionState('apps/api/src/x.ts', line)).toHaveLength(1);
  const fine = [
    "await em.query(`SELECT set_config('role', $1, true), set_config('app.tenant_id', $2, true)`, [a, b]);",
    "await em.query(`SET LOCAL statement_timeout = '5s'`);",
    'await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`);',
    'await em.query(`SELECT pg_advisory_xact_lock(42)`);',
    'await em.query(`DECLARE c NO SCROLL CURSOR FOR SELECT 1`);',
    '// Listeners get each event once',
  ];
  for (const line of fine) expect(findSessionState('apps/api/src/x.ts', line)).toEqual([]);
  expect(findSessionState(LISTENER, 'await c.query(`LISTEN ${EVENTS_CHANNEL}`);')).toEqual([]);
});
