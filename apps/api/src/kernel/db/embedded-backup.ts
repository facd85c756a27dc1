import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { EMBEDDED_EXTENSIONS } from './embedded';

/**
 * Backup and restore of the embedded database (PGlite): its whole data
 * directory as one gzipped tarball (PGlite's dumpDataDir / loadDataDir).
 * Both need the files to themselves: the caller makes sure no server has
 * them open (server/cli/backup.commands.ts refuses while one runs). Then the
 * copy is consistent: PGlite runs a checkpoint and dumps with no statement
 * in flight.
 */

/** A backup archive is refused past this size: it is read whole into memory (the embedded database is for trials, not big sites). */
export const MAX_EMBEDDED_BACKUP_BYTES = 2 * 1024 ** 3;

export class EmbeddedBackupError extends Error {}

const hasDatabase = (dataDir: string) => fs.existsSync(path.join(dataDir, 'PG_VERSION'));
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Writes the database in `dataDir` to `outFile` (owner-only: it holds password hashes); answers the archive's size. */
export async function backupEmbedded(dataDir: string, outFile: string): Promise<{ bytes: number }> {
  if (!hasDatabase(dataDir)) throw new EmbeddedBackupError(`There is no embedded database in ${dataDir}.`);
  const db = await PGlite.create(dataDir, { extensions: EMBEDDED_EXTENSIONS });
  let archive: Blob;
  try {
    // Everything in the data files rather than only in the write-ahead log: a quicker start after restoring.
    await db.exec('CHECKPOINT');
    archive = await db.dumpDataDir('gzip');
  } finally {
    await db.close();
  }
  const bytes = Buffer.from(await archive.arrayBuffer());
  // Written beside the target and renamed: a failed backup never leaves a truncated file under the name.
  const partial = `${outFile}.partial-${process.pid}`;
  await fs.promises.writeFile(partial, bytes, { mode: 0o600 });
  await fs.promises.rename(partial, outFile);
  return { bytes: bytes.length };
}

/**
 * Replaces the database in `dataDir` with the one in `archiveFile`. The
 * archive is first loaded into a new directory and opened (so a damaged file
 * changes nothing); the old directory is then moved aside, never deleted:
 * answers where it went (null when there was none).
 */
export async function restoreEmbedded(archiveFile: string, dataDir: string): Promise<{ previous: string | null }> {
  const size = (await fs.promises.stat(archiveFile)).size;
  if (size > MAX_EMBEDDED_BACKUP_BYTES) throw new EmbeddedBackupError(`${archiveFile} is larger than an embedded backup can be.`);
  const archive = await fs.openAsBlob(archiveFile);
  const incoming = `${dataDir}.restoring-${stamp()}`;
  await fs.promises.mkdir(incoming, { recursive: true });
  try {
    const db = await PGlite.create(incoming, { extensions: EMBEDDED_EXTENSIONS, loadDataDir: archive });
    try {
      await db.query('SELECT count(*) FROM pg_class');
    } finally {
      await db.close();
    }
  } catch (e) {
    await fs.promises.rm(incoming, { recursive: true, force: true });
    throw new EmbeddedBackupError(`${archiveFile} is not a backup of the embedded database (${(e as Error).message}).`);
  }
  let previous: string | null = null;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length) {
    previous = `${dataDir}.before-restore-${stamp()}`;
    await fs.promises.rename(dataDir, previous);
  } else {
    await fs.promises.rm(dataDir, { recursive: true, force: true });
  }
  await fs.promises.rename(incoming, dataDir);
  return { previous };
}
