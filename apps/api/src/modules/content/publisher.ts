import type { TenantTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { Tenant, TenantLocale } from '../tenancy/tenant.entity';
import { walkBlocks, type Block } from '@careleaf/schema';
import { PublishedDocumentRow, type DocumentLocaleRow, type DocumentRow, type RevisionRow } from './document.entity';
import type { ReferenceResolver, ResolvedReferences } from './references';
import { referencedIds, type PublishedSnapshot } from './snapshot';

export interface PublishFinding {
  checkId: string;
  blockId: string | null;
  message: string;
  /** `error` (the default) blocks publishing; `warning` is reported and publishing goes ahead. */
  severity?: 'error' | 'warning';
}

/** Extra publish checks (content checks) plug in here; error findings block publishing. */
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

function builtInFindings(revision: RevisionRow, resolved: ResolvedReferences): PublishFinding[] {
  const findings: PublishFinding[] = [];
  const blocks = [...walkBlocks(revision.content.blocks)];
  const blockOf = (pred: (b: Block) => boolean) => blocks.find(pred)?.id ?? null;
  for (const id of resolved.missing.citations) {
    findings.push({
      checkId: 'citation-missing',
      blockId: blockOf((b) => JSON.stringify(b).includes(id)),
      message: `The citation ${id} does not exist (any more). Remove it or pick another.`,
    });
  }
  for (const id of resolved.missing.terms) {
    findings.push({
      checkId: 'term-missing',
      blockId: blockOf((b) => JSON.stringify(b).includes(id)),
      message: `The glossary term ${id} does not exist (any more). Remove the link or pick another term.`,
    });
  }
  for (const id of resolved.missing.media) {
    findings.push({
      checkId: 'media-missing',
      blockId: blockOf((b) => b.type === 'figure' && b.mediaId === id),
      message: `The image ${id} does not exist (any more). Upload it again.`,
    });
  }
  for (const block of blocks) {
    if (block.type === 'figure' && !block.decorative && !block.alt.trim()) {
      findings.push({
        checkId: 'figure-alt-missing',
        blockId: block.id,
        message: 'This image has no text alternative. Describe it, or mark it as decorative.',
      });
    }
  }
  return findings;
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
    const { em, tenantId } = tx;
    const tenant = await em.findOneByOrFail(Tenant, { id: tenantId });
    const locale = await em.findOneByOrFail(TenantLocale, { tenantId, tag: row.locale });
    const ids = referencedIds(revision.content);
    const resolved = await this.references().resolve(tx, { ...ids, locale: row.locale, fallbacks: locale.fallbacks });
    const findings = builtInFindings(revision, resolved);
    for (const check of this.checks) findings.push(...(await check(tx, { revision, resolved })));
    const errors = findings.filter((f) => f.severity !== 'warning');
    if (errors.length) {
      const first = errors[0]!;
      throw new AppError(
        'BAD_USER_INPUT',
        `This cannot be published yet: ${first.message}${errors.length > 1 ? ` (${errors.length - 1} more problem${errors.length > 2 ? 's' : ''} to fix)` : ''}`,
        'content',
        { findings },
      );
    }
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
    const context: PublishContext = { document, row, revision };
    for (const hook of this.snapshotHooks) await hook(tx, snapshot, context);
    await em.upsert(
      PublishedDocumentRow,
      {
        tenantId,
        documentId: document.id,
        locale: row.locale,
        slug: row.slug,
        kind: document.kind,
        title: snapshot.title,
        summary: snapshot.summary,
        topics: document.topics,
        revisionId: revision.id,
        snapshot: snapshot as never,
        publishedAt: now,
        contentUpdatedAt: revision.createdAt,
      },
      ['tenantId', 'documentId', 'locale'],
    );
    for (const hook of this.afterPublishHooks) await hook(tx, snapshot, context);
    return { snapshot, warnings: findings.filter((f) => f.severity === 'warning') };
  }
}
