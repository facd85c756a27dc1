import fs from 'node:fs';
import { ArchiveError } from './archive-error';
import {
  ARCHIVE_LIMITS,
  FORMAT,
  FORMAT_VERSION,
  HEADER_ENTRY,
  LineDigest,
  MANIFEST_ENTRY,
  sha256,
  type ArchiveHeader,
  type ArchiveManifest,
  type ArchiveUser,
} from './format';
import { isUuidColumn, uuidsIn } from './remap';
import { readTar } from './tar-io';

export interface VerifiedArchive {
  header: ArchiveHeader;
  manifest: ArchiveManifest;
  /** With `collectIds`: every value of the tenant's uuid columns that is not a user's id (the ids --as renews). */
  ids: Set<string>;
  /** The tenant's host names, checked against this installation's before anything is written. */
  domains: string[];
}

/** The entry's lines (each ndjson entry ends with a newline). */
export const linesOf = (data: Buffer): string[] => data.toString('utf8').split('\n').slice(0, -1);

function parseJson<T>(data: Buffer, what: string): T {
  try {
    return JSON.parse(data.toString('utf8')) as T;
  } catch {
    throw new ArchiveError(`The archive's ${what} is not valid JSON: the file is damaged.`);
  }
}

export function checkHeader(header: ArchiveHeader): void {
  if (header?.format !== FORMAT) throw new ArchiveError('This is not a Careleaf tenant archive (its header names another format).');
  if (header.formatVersion !== FORMAT_VERSION)
    throw new ArchiveError(
      `The archive has format version ${header.formatVersion}; this installation reads version ${FORMAT_VERSION} only. ` +
        'Import it with the Careleaf version that wrote it, or upgrade this one.',
    );
}

/**
 * Reads the whole archive once before anything is written: the header's
 * format, every entry's rows and bytes against the manifest's counts and
 * hashes. A damaged or truncated archive is refused here, with the target untouched.
 */
export async function verifyArchive(file: string, collectIds: boolean): Promise<VerifiedArchive> {
  await fs.promises.access(file, fs.constants.R_OK).catch((e: NodeJS.ErrnoException) => {
    throw new ArchiveError(`Cannot read ${file} (${e.code ?? e.message}).`);
  });
  let header: ArchiveHeader | null = null;
  let manifest: ArchiveManifest | null = null;
  const digests = new Map<string, LineDigest>();
  const users = new LineDigest();
  const userIds = new Set<string>();
  const media = new Map<string, string>();
  const ids = new Set<string>();
  const domains: string[] = [];
  try {
    for await (const entry of readTar(file)) {
      if (manifest) throw new ArchiveError(`The archive has an entry after its manifest (${entry.name}).`);
      if (!header) {
        if (entry.name !== HEADER_ENTRY)
          throw new ArchiveError('This is not a Careleaf tenant archive (it does not start with its header).');
        header = parseJson<ArchiveHeader>(await entry.read(), 'header');
        checkHeader(header);
        continue;
      }
      const [kind, ...rest] = entry.name.split('/');
      if (kind === 'users') {
        for (const line of linesOf(await entry.read())) {
          users.add(line);
          userIds.add(parseJson<ArchiveUser>(Buffer.from(line), 'users').id.toLowerCase());
        }
      } else if (kind === 'tables' && rest.length === 2) {
        const table = header.tables.find((t) => t.name === rest[0]);
        if (!table) throw new ArchiveError(`The archive has rows of a table its header does not list (${rest[0]}).`);
        const digest = digests.get(table.name) ?? new LineDigest();
        digests.set(table.name, digest);
        const uuidColumns = table.columns.filter((c) => isUuidColumn(c.type)).map((c) => c.name);
        for (const line of linesOf(await entry.read())) {
          digest.add(line);
          if (!collectIds && table.name !== 'tenant_domains') continue;
          const row = parseJson<Record<string, unknown>>(Buffer.from(line), `rows of ${table.name}`);
          if (table.name === 'tenant_domains') domains.push(String(row.host));
          if (collectIds) for (const c of uuidColumns) for (const id of uuidsIn(row[c])) if (!userIds.has(id)) ids.add(id);
          if (ids.size > ARCHIVE_LIMITS.renewedIds)
            throw new ArchiveError(
              `The archive has more than ${ARCHIVE_LIMITS.renewedIds} ids to renew, more than one import with --as takes.`,
            );
        }
      } else if (kind === 'media' && rest.length) {
        media.set(rest.join('/'), sha256(await entry.read()));
      } else if (entry.name === MANIFEST_ENTRY) {
        manifest = parseJson<ArchiveManifest>(await entry.read(), 'manifest');
      } else {
        throw new ArchiveError(`The archive has an entry this format does not know (${entry.name}).`);
      }
    }
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError(
      `The archive cannot be read (${e instanceof Error ? e.message : String(e)}): the file is damaged or not a tenant archive.`,
    );
  }
  if (!header) throw new ArchiveError('The archive is empty.');
  if (!manifest) throw new ArchiveError('The archive ends before its manifest: it was cut short (an interrupted export or copy).');
  const damaged: string[] = [];
  for (const t of header.tables) {
    const got = digests.get(t.name)?.result() ?? new LineDigest().result();
    const want = manifest.tables[t.name];
    if (!want || want.sha256 !== got.sha256 || want.rows !== got.rows || t.rows !== got.rows) damaged.push(`table ${t.name}`);
  }
  const gotUsers = users.result();
  if (gotUsers.sha256 !== manifest.users.sha256 || gotUsers.rows !== header.users) damaged.push('users');
  for (const m of manifest.media) if (media.get(m.key) !== m.sha256) damaged.push(`media ${m.key}`);
  if (media.size !== manifest.media.length) damaged.push('media list');
  if (damaged.length)
    throw new ArchiveError(`The archive does not match its manifest (${damaged.slice(0, 5).join(', ')}): the file is damaged.`);
  return { header, manifest, ids, domains };
}
