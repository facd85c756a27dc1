// A second embedded PostgreSQL in a process of its own, for tests that need two databases
// (e.g. moving a tenant between installations) when the tests run on the embedded one:
// PGlite loads its WebAssembly through a dynamic import, which Jest's module registry refuses.
// Prints the URL on its first line and stops when its standard input closes.
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const db = await PGlite.create('memory://', { extensions: { btree_gin, pg_trgm, pgcrypto, unaccent } });
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
await server.start();
const port = Number(String(server.getServerConn()).split(':').pop());
process.stdout.write(`postgres://postgres@127.0.0.1:${port}/postgres\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.stop();
  await db.close();
  process.exit(0);
});
