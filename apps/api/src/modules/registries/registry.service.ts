import { randomUUID } from 'node:crypto';
import type { Block } from '@careleaf/schema';
import { authorize, type Principal } from '../../kernel/policy';
import type { TenantTx } from '../../kernel/db/database';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { AppError, badInput, conflict, notFound } from '../../kernel/errors';
import type { EventBus } from '../../kernel/events';
import { audit, type Actor } from '../audit';
import type { TenancyService } from '../tenancy';
import {
  DEFAULT_VERIFICATION_MONTHS,
  type PublicEntry,
  type RegistryKind,
  type RegistryEntryRecord,
  type RegistryEntrySpec,
  type ValidEntry,
} from './registry.model';
import * as w from './registry-write.queries';
import { kindCounts, listEntries, toPublicEntry, toRecord, type ListQuery, type Page } from './registry.queries';
import { registryLists, type RegistryList } from './registry.embeds';
import { validateEntry, type EntryRules } from './registry.validate';
import { importRegistryCsv, type ImportOptions, type ImportReport } from './registry.import';
import { localeChain } from './locale-chain';

export const today = () => new Date().toISOString().slice(0, 10);

const auditActor = (a: Principal): Actor => ({ userId: a.userId, label: a.label });

/** Registry entries: checked, stored with their texts, audited. Used by GraphQL, the CLI and the seed alike. */
export class RegistryService {
  constructor(
    private readonly tenancy: TenancyService,
    /** Every write emits RegistryChanged: pages with registry embeds read differently (delivered once per transaction). */
    private readonly events: EventBus,
  ) {}

  /** What entries of this tenant are checked against. */
  async rules(tx: TenantTx): Promise<EntryRules & { defaultLocale: string; chain: (locale: string) => string[] }> {
    const view = await this.tenancy.view(tx);
    return {
      locales: view.locales.map((l) => l.tag),
      regions: view.regions.map((r) => r.code),
      today: today(),
      defaultLocale: view.defaultLocale,
      chain: (locale: string) => localeChain(view, locale),
    };
  }

  async verificationMonths(tx: TenantTx): Promise<number> {
    const settings = await w.tenantSettings(tx);
    return settings?.registryVerificationMonths ?? DEFAULT_VERIFICATION_MONTHS;
  }

  async setVerificationMonths(tx: TenantTx, actor: Principal, months: number): Promise<number> {
    authorize(actor, 'registry.settings');
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      throw badInput('verificationMonths', 'Give a whole number of months between 1 and 120.', {
        reason: 'NUMBER_OUT_OF_RANGE',
        min: 1,
        max: 120,
      });
    }
    const settings = await w.tenantSettings(tx);
    if (!settings) throw notFound('This tenant does not exist.', 'TENANT_NOT_FOUND');
    const before = settings.registryVerificationMonths ?? DEFAULT_VERIFICATION_MONTHS;
    await w.saveTenantSettings(tx, { ...settings, registryVerificationMonths: months });
    await audit(tx.em, tx.tenantId, auditActor(actor), {
      action: 'registry.settings',
      subjectType: 'tenant',
      subjectId: tx.tenantId,
      diff: { verificationMonths: { before, after: months } },
    });
    return months;
  }

  /** Checks `spec` completely; the first problem becomes the error, every problem is in its details. */
  async check(tx: TenantTx, spec: RegistryEntrySpec): Promise<ValidEntry> {
    const { value, issues } = validateEntry(spec, await this.rules(tx));
    if (!value) {
      const first = issues[0]!;
      throw new AppError(
        'BAD_USER_INPUT',
        `${first.message}${issues.length > 1 ? ` (${issues.length - 1} more problem${issues.length > 2 ? 's' : ''} to fix)` : ''}`,
        first.field,
        { reason: 'REGISTRY_ENTRY_INVALID', issues },
      );
    }
    return value;
  }

  async create(tx: TenantTx, actor: Principal, spec: RegistryEntrySpec): Promise<RegistryEntryRecord> {
    authorize(actor, 'registry.edit');
    const entry = await this.check(tx, spec);
    const id = randomUUID();
    await this.insertAll(tx, [{ id, entry }]);
    await audit(tx.em, tx.tenantId, auditActor(actor), {
      action: 'registry.create',
      subjectType: 'registryEntry',
      subjectId: id,
      diff: { after: entry },
    });
    return this.record(tx, id);
  }

  /** Replaces an entry whole; `baseVersion` is the version the editor started from. */
  async update(tx: TenantTx, actor: Principal, id: string, baseVersion: number, spec: RegistryEntrySpec): Promise<RegistryEntryRecord> {
    authorize(actor, 'registry.edit');
    const before = await this.record(tx, id);
    if (before.version !== baseVersion) {
      throw conflict(
        `Someone saved this entry after you opened it (version ${before.version}, you started from ${baseVersion}). Reload it and make your change again.`,
        'baseVersion',
        'REVISION_CHANGED',
      );
    }
    const entry = await this.check(tx, spec);
    await this.replace(tx, id, entry);
    await audit(tx.em, tx.tenantId, auditActor(actor), {
      action: 'registry.update',
      subjectType: 'registryEntry',
      subjectId: id,
      diff: changes(before, entry),
    });
    return this.record(tx, id);
  }

  async remove(tx: TenantTx, actor: Principal, id: string): Promise<void> {
    authorize(actor, 'registry.edit');
    const before = await this.record(tx, id);
    await w.deleteEntry(tx, id);
    await this.events.emit(tx, { type: 'RegistryChanged', tenantId: tx.tenantId });
    await audit(tx.em, tx.tenantId, auditActor(actor), {
      action: 'registry.delete',
      subjectType: 'registryEntry',
      subjectId: id,
      diff: { before: { key: before.key, kind: before.kind, texts: before.texts } },
    });
  }

  /** Records that someone checked the entry against its source today (or on `verifiedOn`). */
  async markVerified(
    tx: TenantTx,
    actor: Principal,
    id: string,
    opts: { verifiedOn?: string | null; source?: string | null; idFormatVerified?: boolean | null } = {},
  ): Promise<RegistryEntryRecord> {
    authorize(actor, 'registry.edit');
    const before = await this.record(tx, id);
    const { value, issues } = validateEntry(
      {
        ...before,
        lastVerifiedOn: opts.verifiedOn ?? today(),
        source: opts.source ?? before.source,
        idFormatVerified: opts.idFormatVerified ?? before.idFormatVerified,
      },
      await this.rules(tx),
    );
    if (!value) throw badInput(issues[0]!.field, issues[0]!.message, { reason: 'REGISTRY_ENTRY_INVALID', issues });
    await this.replace(tx, id, value);
    await audit(tx.em, tx.tenantId, auditActor(actor), {
      action: 'registry.verify',
      subjectType: 'registryEntry',
      subjectId: id,
      diff: changes(before, value),
    });
    return this.record(tx, id);
  }

  /** One entry as editors see it (every locale and flag, expired or not). */
  async record(tx: TenantTx, id: string): Promise<RegistryEntryRecord> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
      throw notFound('There is no registry entry with this id.', 'REGISTRY_ENTRY_NOT_FOUND');
    const page = await listEntries(tx, {
      audience: 'editor',
      chain: [],
      today: today(),
      verificationMonths: await this.verificationMonths(tx),
      ids: [id],
      first: 1,
    });
    const row = page.items[0]?.node;
    if (!row) throw notFound('There is no registry entry with this id in this organisation.', 'REGISTRY_ENTRY_NOT_FOUND');
    return toRecord(row);
  }

  async listForEditors(
    tx: TenantTx,
    q: Omit<ListQuery, 'audience' | 'today' | 'verificationMonths' | 'chain'> & { locale?: string | null },
  ): Promise<Page<RegistryEntryRecord>> {
    const rules = await this.rules(tx);
    const page = await listEntries(tx, {
      ...q,
      audience: 'editor',
      chain: rules.chain(q.locale && rules.locales.includes(q.locale) ? q.locale : rules.defaultLocale),
      today: rules.today,
      verificationMonths: await this.verificationMonths(tx),
    });
    return { ...page, items: page.items.map((i) => ({ cursor: i.cursor, node: toRecord(i.node) })) };
  }

  /** How many entries of each kind readers in `region` see today. */
  async kindCounts(tx: TenantTx, region: string | null): Promise<{ kind: RegistryKind; count: number }[]> {
    return kindCounts(tx, { region, today: today() });
  }

  /** A page of the entries readers see today (valid, in their region), texts in their locale chain. */
  async listForReaders(
    tx: TenantTx,
    q: Omit<ListQuery, 'audience' | 'today' | 'verificationMonths' | 'flagged' | 'ids'>,
  ): Promise<Page<PublicEntry>> {
    const page = await listEntries(tx, { ...q, audience: 'public', today: today(), verificationMonths: 0 });
    return { ...page, items: page.items.map((i) => ({ cursor: i.cursor, node: toPublicEntry(i.node) })) };
  }

  /** One entry as readers see it today; null when it does not exist or is not valid today. */
  async entryForReaders(tx: TenantTx, id: string, chain: string[]): Promise<PublicEntry | null> {
    const page = await listEntries(tx, { audience: 'public', chain, today: today(), verificationMonths: 0, ids: [id], first: 1 });
    const row = page.items[0]?.node;
    return row ? toPublicEntry(row) : null;
  }

  /** The entries of every registry embed in `blocks`, for the reader's region and locale chain. */
  async lists(tx: TenantTx, blocks: readonly Block[], opts: { region: string | null; chain: string[] }): Promise<RegistryList[]> {
    return registryLists(tx, blocks, { ...opts, today: today() });
  }

  /** CSV import: see registry.import.ts. */
  async importCsv(tx: TenantTx, actor: Principal, csv: string, opts: ImportOptions): Promise<ImportReport> {
    authorize(actor, 'registry.edit');
    return importRegistryCsv(this, tx, actor, csv, opts);
  }

  /** Entries by key, for imports and the seed. */
  async idsByKey(tx: TenantTx, keys: string[]): Promise<Map<string, string>> {
    if (!keys.length) return new Map();
    return w.idsByKey(tx, keys);
  }

  /** Inserts entries and their texts in a few statements, whatever their number. */
  async insertAll(tx: TenantTx, entries: { id: string; entry: ValidEntry }[]): Promise<void> {
    await keyTaken(w.insertEntries(tx, entries));
    await this.events.emit(tx, { type: 'RegistryChanged', tenantId: tx.tenantId });
  }

  /** Replaces the stored fields and texts of one entry and bumps its version. */
  async replace(tx: TenantTx, id: string, entry: ValidEntry): Promise<void> {
    await keyTaken(w.updateEntry(tx, id, entry));
    await w.replaceTexts(tx, id, entry.texts);
    await this.events.emit(tx, { type: 'RegistryChanged', tenantId: tx.tenantId });
  }
}

/** A second entry with the same key is a CONFLICT on `key`. */
async function keyTaken(write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (e) {
    if (uniqueViolation(e, 'registry_entries_key_key'))
      throw conflict('Another entry already has this key. Pick another key.', 'key', 'REGISTRY_KEY_TAKEN');
    throw e;
  }
}

/** Fields that differ between the stored entry and the new one, for the audit log. */
function changes(before: RegistryEntryRecord, after: ValidEntry): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ValidEntry)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) diff[key] = { before: before[key], after: after[key] };
  }
  return diff;
}
