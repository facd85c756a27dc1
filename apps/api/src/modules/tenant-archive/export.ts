import type { Writable } from 'node:stream';
import type { Database } from '../../kernel/db/database';
import type { MediaStorage } from '../media';
import { ArchiveError } from './archive-error';
import {
  countRows,
  countUsers,
  cursorLines,
  mediaKeysSql,
  readOnlySnapshotInUtc,
  tableRowsSql,
  tenantBySlug,
  usersSql,
} from './archive.queries';
import { schemaVersion, tenantTables } from './catalog.queries';
import {
  FORMAT,
  FORMAT_VERSION,
  HEADER_ENTRY,
  keyFingerprint,
  LineDigest,
  MANIFEST_ENTRY,
  ROWS_PER_ENTRY,
  mediaEntry,
  tableEntry,
  usersEntry,
  type ArchiveHeader,
  type ArchiveManifest,
} from './format';
import { TarWriter } from './tar-io';
import { createHash } from 'node:crypto';

export interface ArchiveProgress {
  /** Rows (users and table rows) and media objects written or read so far, of `total`. */
  done: number;
  total: number;
}

export interface ExportOptions {
  /** Names the source in the header: the installation's public address or host name. */
  installation: string;
  /** CARELEAF_WEBHOOK_KEY of this installation (only its fingerprint goes into the archive). */
  webhookKey?: string | null;
  onStart?(total: number): void;
  onProgress?(p: ArchiveProgress): void;
}

export interface ExportSummary {
  tenant: { id: string; slug: string };
  tables: number;
  rows: number;
  users: number;
  media: number;
  missingMedia: string[];
}

/**
 * Writes the tenant's archive to `out`: every row of every tenant table
 * (one consistent snapshot: a repeatable-read, read-only transaction), the
 * users they refer to and the media objects, in batches.
 */
export async function exportTenant(
  db: Database,
  storage: MediaStorage,
  slug: string,
  out: Writable,
  opts: ExportOptions,
): Promise<ExportSummary> {
  const tar = new TarWriter(out);
  try {
    const summary = await db.dataSource.transaction('REPEATABLE READ', async (em) => {
      await readOnlySnapshotInUtc(em);
      const tenant = await tenantBySlug(em, slug);
      if (!tenant) throw new ArchiveError(`There is no tenant "${slug}" here (careleaf tenant list shows them).`);
      const tables = await tenantTables(em);
      const copied = tables.filter((t) => t.rule === 'copy');
      const counts = new Map<string, number>();
      for (const t of copied) counts.set(t.name, await countRows(em, t, tenant.id));
      const users = await countUsers(em, tables, tenant.id);
      const media = counts.get('media') ?? 0;
      const header: ArchiveHeader = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        schema: await schemaVersion(em),
        source: { installation: opts.installation, exportedAt: new Date().toISOString() },
        tenant,
        tables: copied.map((t) => ({ name: t.name, columns: t.columns, rows: counts.get(t.name) ?? 0 })),
        users,
        media,
        webhookKey: keyFingerprint(opts.webhookKey ?? null),
      };
      const total = users + [...counts.values()].reduce((a, b) => a + b, 0) + media;
      opts.onStart?.(total);
      let done = 0;
      const progress = (n: number) => {
        done += n;
        opts.onProgress?.({ done, total });
      };
      await tar.add(HEADER_ENTRY, Buffer.from(JSON.stringify(header, null, 2)));

      const manifest: ArchiveManifest = { tables: {}, users: { rows: 0, sha256: '' }, media: [], missingMedia: [] };
      const writeLines = async (sql: string, entry: (n: number) => string): Promise<LineDigest> => {
        const digest = new LineDigest();
        let n = 0;
        for await (const lines of cursorLines(em, sql, ROWS_PER_ENTRY)) {
          for (const line of lines) digest.add(line);
          await tar.add(entry(++n), Buffer.from(`${lines.join('\n')}\n`));
          progress(lines.length);
        }
        return digest;
      };
      manifest.users = (await writeLines(usersSql(tables, tenant.id), usersEntry)).result();
      for (const t of copied)
        manifest.tables[t.name] = (await writeLines(tableRowsSql(t, tenant.id), (n) => tableEntry(t.name, n))).result();

      for await (const keys of cursorLines(em, mediaKeysSql(tenant.id), ROWS_PER_ENTRY)) {
        for (const key of keys) {
          const object = await storage.get(key);
          if (!object) {
            manifest.missingMedia.push(key);
          } else {
            const hash = createHash('sha256');
            await tar.addStream(mediaEntry(key), object.size, object.body, (chunk) => hash.update(chunk));
            manifest.media.push({ key, size: object.size, sha256: hash.digest('hex') });
          }
          progress(1);
        }
      }
      await tar.add(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2)));
      return {
        tenant: { id: tenant.id, slug: tenant.slug },
        tables: copied.length,
        rows: Object.values(manifest.tables).reduce((a, d) => a + d.rows, 0),
        users: manifest.users.rows,
        media: manifest.media.length,
        missingMedia: manifest.missingMedia,
      };
    });
    await tar.finish();
    return summary;
  } catch (e) {
    tar.abort(e instanceof Error ? e : new Error(String(e)));
    throw e;
  }
}
