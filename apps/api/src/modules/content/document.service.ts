import { randomUUID } from 'node:crypto';
import { isUuid } from '../../kernel/uuids';
import type { DocumentContent } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { AppError, badInput, conflict, notFound } from '../../kernel/errors';
import { audit } from '../audit';
import { Tenant, TenantLocale } from '../tenancy';
import { validContent, validDocSlug, validKind, validTopics } from './content-input';
import { DocumentLocaleRow, DocumentRow, RevisionRow, WorkflowEventRow, type DocumentKind, type WorkflowStatus } from './document.entity';
import { authorize, type Principal } from '../../kernel/policy';
import { DEFAULT_REVIEW_CYCLE_MONTHS, validateQuality, type QualityMetadata } from './quality';

export interface CreateDocumentInput {
  kind: string;
  locale: string;
  slug: string;
  content: unknown;
  topics?: string[];
  quality?: QualityMetadata;
  message?: string;
}

export interface SaveInput {
  documentId: string;
  locale: string;
  /** The version the author started from; 0 to start a new locale. */
  baseVersion: number;
  slug?: string;
  content: unknown;
  message?: string;
}

/** Listeners run inside the saving transaction (e.g. marking translations outdated). */
export type SaveListener = (
  tx: TenantTx,
  event: {
    document: DocumentRow;
    locale: string;
    before: DocumentContent | null;
    after: DocumentContent;
    /** The revision this save wrote (translations remember which source revision they came from). */
    revisionId: string;
    actor: Principal;
  },
) => Promise<void>;

const actorRef = (actor: Principal) => ({ userId: actor.userId, label: actor.label });

/** Documents, their locales and revisions: every save is a new immutable revision. */
export class DocumentService {
  private readonly saveListeners: SaveListener[] = [];

  onSave(listener: SaveListener): void {
    this.saveListeners.push(listener);
  }

  async create(tx: TenantTx, actor: Principal, input: CreateDocumentInput): Promise<{ document: DocumentRow; revision: RevisionRow }> {
    authorize(actor, 'document.create');
    const kind: DocumentKind = validKind(input.kind);
    const locale = await this.tenantLocale(tx, input.locale, 'locale');
    const slug = validDocSlug(input.slug);
    const content = validContent(input.content);
    const topics = validTopics(input.topics ?? []);
    const quality = validateQuality(input.quality ?? {}, await this.reviewCycle(tx));
    const id = randomUUID();
    const { em, tenantId } = tx;
    await em.insert(DocumentRow, {
      tenantId,
      id,
      kind,
      sourceLocale: locale,
      topics,
      quality: quality as never,
      lastReviewedOn: quality.lastReviewed ?? null,
      nextReviewDue: quality.nextReviewDue ?? null,
      createdBy: actor.userId,
    });
    const revision = await this.writeRevision(tx, actor, {
      documentId: id,
      locale,
      slug,
      content,
      number: 1,
      message: input.message ?? '',
      status: null,
    });
    await audit(em, tenantId, actorRef(actor), {
      action: 'document.create',
      subjectType: 'document',
      subjectId: id,
      diff: { kind, locale, slug },
    });
    const document = await em.findOneByOrFail(DocumentRow, { tenantId, id });
    for (const l of this.saveListeners) await l(tx, { document, locale, before: null, after: content, revisionId: revision.id, actor });
    return { document, revision };
  }

  /** Saves a locale's content as a new revision, unless someone saved since `baseVersion` (CONFLICT). */
  async save(tx: TenantTx, actor: Principal, input: SaveInput, restoredFrom: string | null = null): Promise<RevisionRow> {
    const document = await this.document(tx, input.documentId);
    const locale = await this.tenantLocale(tx, input.locale, 'locale');
    authorize(actor, 'translation.edit', { locale });
    const content = validContent(input.content);
    const { em, tenantId } = tx;
    const current = await em
      .createQueryBuilder(DocumentLocaleRow, 'dl')
      .setLock('pessimistic_write')
      .where('dl.tenant_id = :tenantId AND dl.document_id = :documentId AND dl.locale = :locale', {
        tenantId,
        documentId: document.id,
        locale,
      })
      .getOne();
    const version = current?.version ?? 0;
    if (input.baseVersion !== version) {
      throw new AppError(
        'CONFLICT',
        current
          ? `Someone saved this ${locale} version after you opened it (now version ${version}, you started from ${input.baseVersion}). Nothing was saved: reload, compare, and save again.`
          : `There is no ${locale} version yet: start from version 0.`,
        'baseVersion',
        current
          ? { reason: 'REVISION_CHANGED', currentVersion: version, headRevisionId: current.headRevisionId ?? null }
          : { reason: 'VERSION_NOT_STARTED', locale, currentVersion: version, headRevisionId: null },
      );
    }
    if (current?.status === 'archived')
      throw conflict('This document is archived. Restore it before editing.', 'documentId', 'DOCUMENT_ARCHIVED');
    const slug = input.slug !== undefined ? validDocSlug(input.slug) : (current?.slug ?? validDocSlug(slugFromTitle(content.title)));
    const before = current?.headRevisionId
      ? (await em.findOneByOrFail(RevisionRow, { tenantId, id: current.headRevisionId })).content
      : null;
    const revision = await this.writeRevision(tx, actor, {
      documentId: document.id,
      locale,
      slug,
      content,
      number: version + 1,
      message: input.message ?? '',
      status: current?.status ?? null,
      restoredFrom,
    });
    await em.update(DocumentRow, { tenantId, id: document.id }, { updatedAt: new Date() });
    await audit(em, tenantId, actorRef(actor), {
      action: restoredFrom ? 'revision.restore' : 'revision.create',
      subjectType: 'document',
      subjectId: document.id,
      diff: { locale, number: revision.number, ...(restoredFrom ? { restoredFrom } : {}) },
    });
    for (const l of this.saveListeners) await l(tx, { document, locale, before, after: content, revisionId: revision.id, actor });
    return revision;
  }

  /** Brings back an old revision's content as the newest revision. */
  async restore(
    tx: TenantTx,
    actor: Principal,
    input: { revisionId: string; baseVersion: number; message?: string },
  ): Promise<RevisionRow> {
    const old = await this.revision(tx, input.revisionId);
    return this.save(
      tx,
      actor,
      {
        documentId: old.documentId,
        locale: old.locale,
        baseVersion: input.baseVersion,
        content: old.content,
        message: input.message ?? `Restored version ${old.number}`,
      },
      old.id,
    );
  }

  async updateMetadata(
    tx: TenantTx,
    actor: Principal,
    input: { documentId: string; topics?: string[]; quality?: QualityMetadata },
  ): Promise<DocumentRow> {
    const document = await this.document(tx, input.documentId);
    authorize(actor, 'document.editDetails');
    const patch: Partial<DocumentRow> = {};
    if (input.topics) patch.topics = validTopics(input.topics);
    if (input.quality) {
      const quality = validateQuality(input.quality, await this.reviewCycle(tx));
      Object.assign(patch, { quality, lastReviewedOn: quality.lastReviewed ?? null, nextReviewDue: quality.nextReviewDue ?? null });
    }
    await tx.em.update(DocumentRow, { tenantId: tx.tenantId, id: document.id }, patch as never);
    await audit(tx.em, tx.tenantId, actorRef(actor), {
      action: 'document.metadata',
      subjectType: 'document',
      subjectId: document.id,
      diff: patch,
    });
    return tx.em.findOneByOrFail(DocumentRow, { tenantId: tx.tenantId, id: document.id });
  }

  async document(tx: TenantTx, id: string): Promise<DocumentRow> {
    const doc = isUuid(id) ? await tx.em.findOneBy(DocumentRow, { tenantId: tx.tenantId, id }) : null;
    if (!doc) throw notFound(`No document with the id "${id}" exists here.`, 'DOCUMENT_NOT_FOUND');
    return doc;
  }

  async documentLocale(tx: TenantTx, documentId: string, locale: string): Promise<DocumentLocaleRow> {
    await this.document(tx, documentId);
    const row = await tx.em.findOneBy(DocumentLocaleRow, { tenantId: tx.tenantId, documentId, locale });
    if (!row) throw notFound(`This document has no ${locale} version yet.`, { reason: 'LOCALE_VERSION_NOT_FOUND', locale });
    return row;
  }

  async locales(tx: TenantTx, documentId: string): Promise<DocumentLocaleRow[]> {
    return tx.em.find(DocumentLocaleRow, { where: { tenantId: tx.tenantId, documentId }, order: { locale: 'ASC' } });
  }

  async revision(tx: TenantTx, id: string): Promise<RevisionRow> {
    const rev = isUuid(id) ? await tx.em.findOneBy(RevisionRow, { tenantId: tx.tenantId, id }) : null;
    if (!rev) throw notFound(`No revision with the id "${id}" exists here.`, 'REVISION_NOT_FOUND');
    return rev;
  }

  async revisions(tx: TenantTx, documentId: string, locale: string): Promise<RevisionRow[]> {
    await this.document(tx, documentId);
    return tx.em.find(RevisionRow, { where: { tenantId: tx.tenantId, documentId, locale }, order: { number: 'DESC' } });
  }

  private async writeRevision(
    tx: TenantTx,
    actor: Principal,
    r: {
      documentId: string;
      locale: string;
      slug: string;
      content: DocumentContent;
      number: number;
      message: string;
      status: WorkflowStatus | null;
      restoredFrom?: string | null;
    },
  ): Promise<RevisionRow> {
    const { em, tenantId } = tx;
    const id = randomUUID();
    // An edit during review or after publishing starts a new draft; the published revision stays live.
    const nextStatus: WorkflowStatus = 'draft';
    try {
      if (r.number === 1) {
        await em.insert(DocumentLocaleRow, {
          tenantId,
          documentId: r.documentId,
          locale: r.locale,
          slug: r.slug,
          title: r.content.title,
          status: nextStatus,
          version: 1,
          headRevisionId: id,
        });
      } else {
        await em.update(
          DocumentLocaleRow,
          { tenantId, documentId: r.documentId, locale: r.locale },
          // a changed text needs approving again, and its scheduled publish is void
          {
            slug: r.slug,
            title: r.content.title,
            status: nextStatus,
            version: r.number,
            headRevisionId: id,
            approvedRevisionId: null,
            publishAt: null,
          },
        );
      }
    } catch (e) {
      if (uniqueViolation(e, 'document_locales_slug_key'))
        throw conflict(`Another ${r.locale} document already uses the address "${r.slug}". Choose another.`, 'slug', {
          reason: 'SLUG_TAKEN',
          slug: r.slug,
        });
      throw e;
    }
    await em.insert(RevisionRow, {
      tenantId,
      id,
      documentId: r.documentId,
      locale: r.locale,
      number: r.number,
      authorId: actor.userId,
      authorLabel: actor.label,
      message: r.message.trim().slice(0, 500),
      content: r.content as never,
      restoredFrom: r.restoredFrom ?? null,
    });
    const from = r.status ?? 'draft';
    if (r.status === null || from !== nextStatus) {
      await em.insert(WorkflowEventRow, {
        tenantId,
        documentId: r.documentId,
        locale: r.locale,
        action: r.status === null ? 'create' : 'edit',
        fromStatus: from,
        toStatus: nextStatus,
        revisionId: id,
        actorId: actor.userId,
        actorLabel: actor.label,
        comment: '',
      });
    }
    return em.findOneByOrFail(RevisionRow, { tenantId, id });
  }

  private async tenantLocale(tx: TenantTx, tag: string, field: string): Promise<string> {
    const locales = await tx.em.find(TenantLocale, { where: { tenantId: tx.tenantId } });
    const hit = locales.find((l) => l.tag.toLowerCase() === tag.trim().toLowerCase());
    if (!hit)
      throw badInput(field, `"${tag}" is not a locale of this organisation (${locales.map((l) => l.tag).join(', ')}).`, {
        reason: 'LOCALE_NOT_OF_TENANT',
        locale: tag,
      });
    return hit.tag;
  }

  private async reviewCycle(tx: TenantTx): Promise<number> {
    const tenant = await tx.em.findOneBy(Tenant, { id: tx.tenantId });
    return tenant?.settings.reviewCycleMonths ?? DEFAULT_REVIEW_CYCLE_MONTHS;
  }
}

/** A readable address part from a title: "Brustkrebs: Behandlung" → "brustkrebs-behandlung". */
export function slugFromTitle(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/g, '') || 'document'
  );
}
