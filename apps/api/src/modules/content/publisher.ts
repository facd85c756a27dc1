import type { TenantTx } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import type { Tenant } from '../tenancy';
import type { DocumentLocaleRow, DocumentRow, RevisionRow } from './document.entity';
import { getTenant, getTenantLocale } from './document.queries';
import { upsertPublished } from './published.queries';
import type { ReferenceResolver, ResolvedReferences } from './references';
import { runContentChecks } from './checks';
import { effectiveRequirements } from '../../kernel/publish-requirements';
import { publishGateError, unmetRequirements } from './publish-gate';
import { referencedIds, type PublishedSnapshot } from './snapshot';

export interface PublishFinding {
  checkId: string;
  severity: 'error' | 'warning';
  blockId: string | null;
  path?: string;
  message: string;
}

/** Extra publish checks (e.g. terminology) plug in here; only error findings block publishing. */
export type PublishCheck = (tx: TenantTx, input: { revision: RevisionRow; resolved: ResolvedReferences }) => Promise<PublishFinding[]>;

export interface PublishContext {
  document: DocumentRow;
  row: DocumentLocaleRow;
  revision: RevisionRow;
}

/** Runs before the snapshot is stored and may add to it (e.g. which blocks of a translation are untranslated). */
export type SnapshotHook = (tx: TenantTx, snapshot: PublishedSnapshot, context: PublishContext) => Promise<void>;

/** Runs after the snapshot is stored, in the same transaction (e.g. the search index). */
export type AfterPublishHook = (tx: TenantTx, snapshot: PublishedSnapshot, context: PublishContext) => Promise<void>;

export interface PublishResult {
  snapshot: PublishedSnapshot;
  /** Findings that did not block publishing, for the editor to see. */
  warnings: PublishFinding[];
}

/** Builds the ready-to-render snapshot of a revision and writes it in the caller's transaction. */
export class Publisher {
  private readonly checks: PublishCheck[] = [];
  private readonly snapshotHooks: SnapshotHook[] = [];
  private readonly afterPublishHooks: AfterPublishHook[] = [];

  constructor(private readonly references: () => ReferenceResolver) {}

  addCheck(check: PublishCheck): void {
    this.checks.push(check);
  }

  onSnapshot(hook: SnapshotHook): void {
    this.snapshotHooks.push(hook);
  }

  afterPublish(hook: AfterPublishHook): void {
    this.afterPublishHooks.push(hook);
  }

  async publish(tx: TenantTx, document: DocumentRow, row: DocumentLocaleRow, revision: RevisionRow, now: Date): Promise<PublishResult> {
    const { snapshot, resolved, tenant } = await this.build(tx, document, row, revision, now);
    const findings: PublishFinding[] = runContentChecks(
      revision.content,
      row.locale,
      resolved,
      'en',
      tenant.settings.readabilityTargets,
    ).findings;
    // The medical-quality gate: every path that publishes (now, scheduled, CLI) comes through here, inside the
    // caller's transaction, so a refusal leaves everything as it was.
    const missing = unmetRequirements(
      {
        quality: document.quality,
        content: revision.content,
        readabilityFindings: findings.filter((f) => f.checkId === 'readability').length,
      },
      effectiveRequirements(tenant.settings.publishRequirements),
    );
    if (missing.length) throw publishGateError(missing);
    for (const check of this.checks) findings.push(...(await check(tx, { revision, resolved })));
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length) {
      const first = errors[0]!;
      throw new AppError(
        'BAD_USER_INPUT',
        `This cannot be published yet: ${first.message}${errors.length > 1 ? ` (${errors.length - 1} more problem${errors.length > 2 ? 's' : ''} to fix)` : ''}`,
        'content',
        { reason: 'PUBLISH_CHECKS_FAILED', count: errors.length, findings: errors },
      );
    }
    const context: PublishContext = { document, row, revision };
    for (const hook of this.snapshotHooks) await hook(tx, snapshot, context);
    await upsertPublished(tx, {
      documentId: document.id,
      locale: row.locale,
      slug: row.slug,
      kind: document.kind,
      title: snapshot.title,
      summary: snapshot.summary,
      topics: document.topics,
      revisionId: revision.id,
      snapshot,
      publishedAt: now,
      contentUpdatedAt: revision.createdAt,
    });
    for (const hook of this.afterPublishHooks) await hook(tx, snapshot, context);
    return { snapshot, warnings: findings.filter((f) => f.severity === 'warning') };
  }

  /**
   * What readers would get if `revision` were published now, without checks
   * and without storing anything (the editor's preview of a draft).
   */
  async preview(tx: TenantTx, document: DocumentRow, row: DocumentLocaleRow, revision: RevisionRow, now: Date): Promise<PublishedSnapshot> {
    return (await this.build(tx, document, row, revision, now)).snapshot;
  }

  /** The ready-to-render snapshot of a revision, with its citations, terms and images resolved. */
  private async build(
    tx: TenantTx,
    document: DocumentRow,
    row: DocumentLocaleRow,
    revision: RevisionRow,
    now: Date,
  ): Promise<{ snapshot: PublishedSnapshot; resolved: ResolvedReferences; tenant: Tenant }> {
    const tenant = await getTenant(tx);
    const locale = await getTenantLocale(tx, row.locale);
    const ids = referencedIds(revision.content);
    const resolved = await this.references().resolve(tx, { ...ids, locale: row.locale, fallbacks: locale.fallbacks });
    const firstPublished = (document.firstPublishedAt ?? now).toISOString();
    const snapshot: PublishedSnapshot = {
      v: 1,
      documentId: document.id,
      kind: document.kind,
      locale: row.locale,
      dir: locale.direction,
      slug: row.slug,
      title: revision.content.title,
      summary: revision.content.summary,
      topics: document.topics,
      blocks: revision.content.blocks,
      references: resolved.citations,
      glossary: resolved.terms,
      media: resolved.media,
      quality: {
        ...document.quality,
        publisher: document.quality.publisher ?? tenant.name,
        firstPublished,
        lastUpdated: revision.createdAt.toISOString(),
      },
      revisionId: revision.id,
      publishedAt: now.toISOString(),
    };
    return { snapshot, resolved, tenant };
  }
}
