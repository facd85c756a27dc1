import { createHash, type Hash } from 'node:crypto';
import type { ColumnInfo } from './catalog';

/**
 * The tenant archive, format 1 (docs/adr/0032-tenant-archive-format.md): a
 * gzip'd tar whose entries come in this order:
 *
 *   careleaf-tenant.json          the header (ArchiveHeader), first, so an import can refuse early
 *   users/000001.ndjson …         the users the tenant's rows refer to (ArchiveUser), no credentials
 *   tables/<table>/000001.ndjson  each table's rows, to_jsonb one per line, in primary key order
 *   media/<storage key>           each media object's bytes
 *   manifest.json                 last: row counts and SHA-256 of every table, users and media object
 */
export const FORMAT = 'careleaf-tenant-archive';
export const FORMAT_VERSION = 1;
export const HEADER_ENTRY = 'careleaf-tenant.json';
export const MANIFEST_ENTRY = 'manifest.json';

/** Rows per ndjson entry: the unit of streaming, so memory stays bounded whatever the table's size. */
export const ROWS_PER_ENTRY = 500;

export interface ArchiveHeader {
  format: typeof FORMAT;
  formatVersion: number;
  /** The newest migration of the source database: an import refuses an archive newer than its own schema. */
  schema: { timestamp: number; name: string };
  /** Where it came from (the installation's public address, or the host name) and when. */
  source: { installation: string; exportedAt: string };
  tenant: { id: string; slug: string; name: string };
  /** Tables in insert order, with the columns as exported. */
  tables: { name: string; columns: ColumnInfo[]; rows: number }[];
  users: number;
  media: number;
  /**
   * Which CARELEAF_WEBHOOK_KEY sealed the webhook secrets (a short hash of it; null: none set). An
   * import where it differs pauses the subscriptions: their secrets do not open there.
   */
  webhookKey: string | null;
}

/** A user the tenant's rows refer to: a member, or a former one named as author. */
export interface ArchiveUser {
  id: string;
  email: string;
  display_name: string;
  created_at: string;
  /** Whether the user is a member of the tenant (else only named in its rows). */
  member: boolean;
}

export interface SectionDigest {
  rows: number;
  sha256: string;
}

export interface ArchiveManifest {
  tables: Record<string, SectionDigest>;
  users: SectionDigest;
  media: { key: string; size: number; sha256: string }[];
  /** Media rows whose object the storage did not have at export time (already lost at the source). */
  missingMedia: string[];
}

/**
 * Bounds of what an import holds in memory besides one entry: the ids it renews (--as) and the
 * media objects it has stored (to remove them again if the import fails).
 */
export const ARCHIVE_LIMITS = { renewedIds: 5_000_000, mediaObjects: 1_000_000 } as const;

/** A short, one-way name of the webhook key material, to tell whether two installations share it. */
export function keyFingerprint(material: string | null): string | null {
  return material ? createHash('sha256').update(`careleaf tenant archive: webhook key\n${material}`).digest('hex').slice(0, 16) : null;
}

export const tableEntry = (table: string, n: number): string => `tables/${table}/${String(n).padStart(6, '0')}.ndjson`;
export const usersEntry = (n: number): string => `users/${String(n).padStart(6, '0')}.ndjson`;
export const mediaEntry = (key: string): string => `media/${key}`;

/** Counts lines and hashes them as written (each line and its newline). */
export class LineDigest {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  add(line: string): void {
    this.hash.update(line).update('\n');
    this.rows += 1;
  }

  result(): SectionDigest {
    return { rows: this.rows, sha256: this.hash.digest('hex') };
  }
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
