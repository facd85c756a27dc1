import { randomUUID } from 'node:crypto';
import { isUuid } from '../../kernel/uuids';
import type { DocumentContent } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { AppError, badInput, conflict, notFound } from '../../kernel/errors';
import { audit } from '../audit';
import { validContent, validKind, validTopics } from './content-input';
import { assertSlugFree, validDocumentSlug } from './slugs';
import type { DocumentLocaleRow, DocumentRow, RevisionRow, DocumentKind, WorkflowStatus } from './document.entity';
import {
  type DocumentPatch,
  documentLocales,
  findDocument,
  findDocumentLocale,
  findRevision,
  findTenant,
  getDocument,
  getRevision,
  insertDocument,
  insertDocumentLocale,
  insertRevision,
  insertWorkflowEvent,
  localeRevisions,
  lockDocumentLocale,
  tenantLocaleRows,
  updateDocument,
  updateDocumentLocale,
} from './document.queries';
import { authorize, type Principal } from '../../kernel/policy';
import { DEFAULT_REVIEW_CYCLE_MONTHS, validateQuality, type QualityDraft } from './quality';

export interface CreateDocumentInput {
  kind: string;
  locale: string;
  slug: string;
  content: unknown;
  topics?: string[];
  quality?: QualityDraft;
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
    const slug = validDocumentSlug(input.slug);
    await assertSlugFree(tx, locale, slug, null);
    const content = validContent(input.content);
    const topics = validTopics(input.topics ?? []);
    const quality = validateQuality(input.quality ?? {}, await this.reviewCycle(tx));
    const id = randomUUID();
    await insertDocument(tx, {
      id,
      kind,
      sourceLocale: locale,
      topics,
      quality,
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
    await audit(tx.em, tx.tenantId, actorRef(actor), {
      action: 'document.create',
      subjectType: 'document',
      subjectId: id,
      diff: { kind, locale, slug },
    });
    const document = await getDocument(tx, id);
    for (const l of this.saveListeners) await l(tx, { document, locale, before: null, after: content, revisionId: revision.id, actor });
    return { document, revision };
  }

  /** Saves a locale's content as a new revision, unless someone saved since `baseVersion` (CONFLICT). */
  async save(tx: TenantTx, actor: Principal, input: SaveInput, restoredFrom: string | null = null): Promise<RevisionRow> {
    const document = await this.document(tx, input.documentId);
    const locale = await this.tenantLocale(tx, input.locale, 'locale');
    authorize(actor, 'translation.edit', { locale });
    const content = validContent(input.content);
    const current = await lockDocumentLocale(tx, document.id, locale);
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
    const slug =
      input.slug !== undefined ? validDocumentSlug(input.slug) : (current?.slug ?? validDocumentSlug(slugFromTitle(content.title)));
    if (slug !== current?.slug) {
      // A published address stays: links and bookmarks to it must not break (unpublish first to move it).
      if (current?.publishedRevisionId)
        throw conflict(
          `This ${locale} version is published at "${current.slug}"; its address cannot change while it is published. Unpublish it first, or keep the address.`,
          'slug',
          { reason: 'SLUG_PUBLISHED', slug: current.slug },
        );
      await assertSlugFree(tx, locale, slug, document.id, current?.slug);
    }
    const before = current?.headRevisionId ? (await getRevision(tx, current.headRevisionId)).content : null;
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
    await updateDocument(tx, document.id, { updatedAt: new Date() });
    await audit(tx.em, tx.tenantId, actorRef(actor), {
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
    input: { documentId: string; topics?: string[]; quality?: QualityDraft },
  ): Promise<DocumentRow> {
    const document = await this.document(tx, input.documentId);
    authorize(actor, 'document.editDetails');
    const patch: DocumentPatch = {};
    if (input.topics) patch.topics = validTopics(input.topics);
    if (input.quality) {
      const quality = validateQuality(input.quality, await this.reviewCycle(tx));
      Object.assign(patch, { quality, lastReviewedOn: quality.lastReviewed ?? null, nextReviewDue: quality.nextReviewDue ?? null });
    }
    await updateDocument(tx, document.id, patch);
    await audit(tx.em, tx.tenantId, actorRef(actor), {
      action: 'document.metadata',
      subjectType: 'document',
      subjectId: document.id,
      diff: { ...patch },
    });
    return getDocument(tx, document.id);
  }

  async document(tx: TenantTx, id: string): Promise<DocumentRow> {
    const doc = isUuid(id) ? await findDocument(tx, id) : null;
    if (!doc) throw notFound(`No document with the id "${id}" exists here.`, 'DOCUMENT_NOT_FOUND');
    return doc;
  }

  async documentLocale(tx: TenantTx, documentId: string, locale: string): Promise<DocumentLocaleRow> {
    await this.document(tx, documentId);
    const row = await findDocumentLocale(tx, documentId, locale);
    if (!row) throw notFound(`This document has no ${locale} version yet.`, { reason: 'LOCALE_VERSION_NOT_FOUND', locale });
    return row;
  }

  async locales(tx: TenantTx, documentId: string): Promise<DocumentLocaleRow[]> {
    return documentLocales(tx, documentId);
  }

  async revision(tx: TenantTx, id: string): Promise<RevisionRow> {
    const rev = isUuid(id) ? await findRevision(tx, id) : null;
    if (!rev) throw notFound(`No revision with the id "${id}" exists here.`, 'REVISION_NOT_FOUND');
    return rev;
  }

  async revisions(tx: TenantTx, documentId: string, locale: string): Promise<RevisionRow[]> {
    await this.document(tx, documentId);
    return localeRevisions(tx, documentId, locale);
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
    const id = randomUUID();
    // An edit during review or after publishing starts a new draft; the published revision stays live.
    const nextStatus: WorkflowStatus = 'draft';
    try {
      if (r.number === 1) {
        await insertDocumentLocale(tx, {
          documentId: r.documentId,
          locale: r.locale,
          slug: r.slug,
          title: r.content.title,
          status: nextStatus,
          version: 1,
          headRevisionId: id,
        });
      } else {
        await updateDocumentLocale(
          tx,
          r.documentId,
          r.locale,
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
    await insertRevision(tx, {
      id,
      documentId: r.documentId,
      locale: r.locale,
      number: r.number,
      authorId: actor.userId,
      authorLabel: actor.label,
      message: r.message.trim().slice(0, 500),
      content: r.content,
      restoredFrom: r.restoredFrom ?? null,
    });
    const from = r.status ?? 'draft';
    if (r.status === null || from !== nextStatus) {
      await insertWorkflowEvent(tx, {
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
    return getRevision(tx, id);
  }

  private async tenantLocale(tx: TenantTx, tag: string, field: string): Promise<string> {
    const locales = await tenantLocaleRows(tx);
    const hit = locales.find((l) => l.tag.toLowerCase() === tag.trim().toLowerCase());
    if (!hit)
      throw badInput(field, `"${tag}" is not a locale of this organisation (${locales.map((l) => l.tag).join(', ')}).`, {
        reason: 'LOCALE_NOT_OF_TENANT',
        locale: tag,
      });
    return hit.tag;
  }

  private async reviewCycle(tx: TenantTx): Promise<number> {
    const tenant = await findTenant(tx);
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
