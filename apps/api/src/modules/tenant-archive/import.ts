import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../kernel/db/database';
import type { MediaStorage } from '../media';
import type { EventBus } from '../../kernel/events';
import { ArchiveError } from './archive-error';
import { announceTenantChange } from './notify';
import {
  advanceIdentities,
  deferConstraints,
  domainsTaken,
  insertRows,
  insertUser,
  migrationApplied,
  tenantBySlug,
  tenantIdTaken,
  userByEmail,
  userIdTaken,
} from './archive.queries';
import type { TableInfo } from './catalog';
import { schemaVersion, tenantTables } from './catalog.queries';
import type { ArchiveProgress } from './export';
import { ARCHIVE_LIMITS, keyFingerprint, type ArchiveUser } from './format';
import { remapText, remapValue } from './remap';
import { readTar } from './tar-io';
import { linesOf, verifyArchive, type VerifiedArchive } from './verify';

export interface ImportOptions {
  /** Import under this slug with every id renewed, e.g. a copy on the same installation. */
  as?: string;
  /** Where TenantChanged goes (the services' event bus), so running API processes find the new tenant's hosts. */
  events?: EventBus;
  /** CARELEAF_WEBHOOK_KEY here: when it is not the source's, webhook subscriptions arrive paused. */
  webhookKey?: string | null;
  onStart?(total: number): void;
  onProgress?(p: ArchiveProgress): void;
}

export interface ImportSummary {
  tenant: { id: string; slug: string };
  rows: number;
  users: { linked: number; created: number };
  media: number;
  /** Host names the archive's tenant had and this import left out (with --as): the operator sets new ones. */
  droppedDomains: string[];
  /** Active webhook subscriptions imported paused: their secrets were sealed to the old ids (--as) or another key. */
  pausedWebhooks: number;
}

async function checkTarget(em: EntityManager, v: VerifiedArchive, slug: string, renew: boolean): Promise<TableInfo[]> {
  const here = await schemaVersion(em);
  if (v.header.schema.timestamp > here.timestamp || !(await migrationApplied(em, v.header.schema.name)))
    throw new ArchiveError(
      `The archive comes from a newer database schema (${v.header.schema.name}) than this one (${here.name}). ` +
        'Upgrade this installation and run `careleaf db migrate` first.',
    );
  const tables = await tenantTables(em);
  for (const t of v.header.tables) {
    const local = tables.find((x) => x.name === t.name);
    if (!local || local.rule !== 'copy') throw new ArchiveError(`The archive has a table this installation does not keep (${t.name}).`);
    for (const c of t.columns) {
      const col = local.columns.find((x) => x.name === c.name);
      if (!col || col.type !== c.type)
        throw new ArchiveError(
          `The archive's column ${t.name}.${c.name} (${c.type}) does not match this database (${col?.type ?? 'none'}).`,
        );
    }
  }
  if (await tenantBySlug(em, slug))
    throw new ArchiveError(`A tenant "${slug}" exists here already. Import under another slug with --as, or delete that tenant first.`);
  if (!renew) {
    if (await tenantIdTaken(em, v.header.tenant.id))
      throw new ArchiveError(
        `This installation has the archive's tenant already (id ${v.header.tenant.id}). Import a copy with --as <new-slug>.`,
      );
    const taken = await domainsTaken(em, v.domains);
    if (taken.length)
      throw new ArchiveError(
        `These domains serve other tenants here: ${taken.map((d) => `${d.host} (${d.slug})`).join(', ')}. ` +
          'Free them first, or import with --as <new-slug>, which leaves the domains out.',
      );
  }
  return tables;
}

/** Links each archive user by e-mail to a user here, or creates one without a password. Returns the ids that changed. */
async function placeUsers(
  em: EntityManager,
  users: ArchiveUser[],
  map: Map<string, string>,
  counts: ImportSummary['users'],
): Promise<void> {
  for (const u of users) {
    const existing = await userByEmail(em, u.email);
    if (existing) {
      counts.linked += 1;
      if (existing !== u.id) map.set(u.id.toLowerCase(), existing);
      continue;
    }
    const id = (await userIdTaken(em, u.id)) ? randomUUID() : u.id;
    await insertUser(em, id, u);
    counts.created += 1;
    if (id !== u.id) map.set(u.id.toLowerCase(), id);
  }
}

/** Changes a row needs beyond the id map: the new slug, and with --as no domains and paused webhooks. */
function adjust(
  table: string,
  row: Record<string, unknown>,
  slug: string,
  how: { renew: boolean; pauseWebhooks: boolean },
): Record<string, unknown> | null {
  if (table === 'tenants') return { ...row, slug };
  if (table === 'webhook_subscriptions' && how.pauseWebhooks) return { ...row, active: false, disabled_reason: 'manual' };
  if (!how.renew) return row;
  if (table === 'tenant_domains') return null;
  if (table === 'regions') return { ...row, domains: [] };
  return row;
}

/**
 * Imports a verified archive in one transaction: users, then every table in
 * archive order, then the media objects. Any failure rolls the rows back and
 * removes the objects already stored, so the target is as it was.
 */
export async function importTenant(db: Database, storage: MediaStorage, file: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const renew = opts.as !== undefined;
  // The rule of the tenants table's check, said before the archive is read.
  if (renew && (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(opts.as!) || opts.as!.length > 63))
    throw new ArchiveError(`"${opts.as}" is not a slug: lower-case letters and digits in words joined by "-", at most 63 characters.`);
  const verified = await verifyArchive(file, renew);
  const { header } = verified;
  const slug = opts.as ?? header.tenant.slug;
  // Secrets are sealed to the tenant and subscription ids and to the source's key: either change and they do not open.
  const how = { renew, pauseWebhooks: renew || header.webhookKey !== keyFingerprint(opts.webhookKey ?? null) };
  const total = header.users + header.tables.reduce((a, t) => a + t.rows, 0) + verified.manifest.media.length;
  opts.onStart?.(total);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.({ done, total });
  };
  const stored: string[] = [];
  try {
    const { summary, afterCommit } = await db.asPlatform(async (em) => {
      await deferConstraints(em);
      const tables = await checkTarget(em, verified, slug, renew);
      const map = new Map<string, string>();
      if (renew) for (const id of verified.ids) map.set(id, randomUUID());
      const summary: ImportSummary = {
        tenant: { id: map.get(header.tenant.id) ?? header.tenant.id, slug },
        rows: 0,
        users: { linked: 0, created: 0 },
        media: 0,
        droppedDomains: renew ? verified.domains : [],
        pausedWebhooks: 0,
      };
      const mimeTypes = new Map<string, string>();
      for await (const entry of readTar(file)) {
        const [kind, ...rest] = entry.name.split('/');
        if (kind === 'users') {
          const users = linesOf(await entry.read()).map((l) => JSON.parse(l) as ArchiveUser);
          await placeUsers(em, users, map, summary.users);
          progress(users.length);
        } else if (kind === 'tables') {
          const table = tables.find((t) => t.name === rest[0])!;
          const columns = header.tables.find((t) => t.name === table.name)!.columns.map((c) => c.name);
          const read = linesOf(await entry.read()).map((l) => remapValue(JSON.parse(l), map) as Record<string, unknown>);
          if (table.name === 'media') for (const r of read) mimeTypes.set(String(r.storage_key), String(r.mime_type));
          if (table.name === 'webhook_subscriptions' && how.pauseWebhooks) summary.pausedWebhooks += read.filter((r) => r.active).length;
          const rows = read.map((r) => adjust(table.name, r, slug, how)).filter((r): r is Record<string, unknown> => r !== null);
          if (rows.length) await insertRows(em, table, columns, rows);
          summary.rows += rows.length;
          progress(rows.length);
        } else if (kind === 'media') {
          const key = remapText(rest.join('/'), map);
          await storage.put(key, await entry.read(), mimeTypes.get(key) ?? 'application/octet-stream');
          if (stored.length >= ARCHIVE_LIMITS.mediaObjects)
            throw new ArchiveError(`The archive has more than ${ARCHIVE_LIMITS.mediaObjects} media files, more than one import takes.`);
          stored.push(key);
          summary.media += 1;
          progress(1);
        }
      }
      for (const t of tables) await advanceIdentities(em, t);
      return { summary, afterCommit: await announceTenantChange(opts.events, em, summary.tenant.id) };
    });
    afterCommit();
    return summary;
  } catch (e) {
    // The rows rolled back with the transaction; the objects are not transactional, so they go by hand.
    for (const key of stored) await storage.delete(key).catch(() => undefined);
    throw e;
  }
}
