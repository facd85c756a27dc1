import type { Block, DocumentContent } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { badInput, notFound } from '../../kernel/errors';
import {
  blocksById,
  type DocumentLocaleRow,
  type DocumentRow,
  type DocumentService,
  nestedLists,
  ownContent,
  type RevisionRow,
  withOwn,
} from '../content';
import { authorize, type Principal } from '../../kernel/policy';
import { tenantLocale } from '../tenancy';
import { META_IDS, metaField, type StoredState, type TranslationTracker } from './tracking';

/** The parts of a translation a caller changes; everything else is kept. */
export interface TranslationPatch {
  title?: string;
  summary?: string;
  /** Own content per block id (fields other than id and nested blocks), laid over the block. */
  blocks: Map<string, Record<string, unknown>>;
}

/**
 * A translation's content, shaped like the source: every source block in
 * source order and nesting. A block takes its own content from the patch, else
 * from the existing translation when that block is translated, else from the
 * current source (an untranslated copy, which readers skip along the chain).
 */
export function buildTarget(
  source: DocumentContent,
  target: DocumentContent | null,
  translated: ReadonlySet<string>,
  patch: TranslationPatch,
): DocumentContent {
  const existing = target ? blocksById(target.blocks) : new Map<string, Block>();
  const build = (blocks: readonly Block[]): Block[] =>
    blocks.map((shape) => {
      const t = existing.get(shape.id);
      const base = t && t.type === shape.type && translated.has(shape.id) ? ownContent(t) : ownContent(shape);
      const over = patch.blocks.get(shape.id);
      const own = over ? { ...base, ...over, type: shape.type } : base;
      return withOwn(shape, own, new Map(nestedLists(shape).map((n) => [n.key, build(n.blocks)] as const)));
    });
  return {
    title: patch.title ?? target?.title ?? source.title,
    summary: patch.summary ?? target?.summary ?? source.summary,
    blocks: build(source.blocks),
  };
}

export interface TranslationBase {
  document: DocumentRow;
  locale: string;
  source: RevisionRow;
  target: { row: DocumentLocaleRow; content: DocumentContent } | null;
}

/** The source and (if any) the current translation of a document, for a target locale other than the source. */
export async function translationBase(
  tx: TenantTx,
  documents: DocumentService,
  tracker: TranslationTracker,
  documentId: string,
  localeTag: string,
): Promise<TranslationBase> {
  const document = await documents.document(tx, documentId);
  const { tag: locale } = await tenantLocale(tx, localeTag);
  if (locale === document.sourceLocale) {
    throw badInput('locale', `${locale} is the source language of this document; choose the language to translate into.`, {
      reason: 'SOURCE_LOCALE_CHOSEN',
      locale,
    });
  }
  await tracker.ensureSourceIndex(tx, document);
  const sourceRow = await documents.documentLocale(tx, document.id, document.sourceLocale);
  if (!sourceRow.headRevisionId) throw notFound('This document has no source text yet.', 'SOURCE_TEXT_MISSING');
  const source = await documents.revision(tx, sourceRow.headRevisionId);
  const rows = await documents.locales(tx, document.id);
  const row = rows.find((r) => r.locale === locale) ?? null;
  const target = row?.headRevisionId ? { row, content: (await documents.revision(tx, row.headRevisionId)).content } : null;
  return { document, locale, source, target };
}

export interface TranslateInput {
  documentId: string;
  locale: string;
  /** The version of the translation the caller started from (0 for a new one); omitted: the current one. */
  baseVersion?: number;
  /** The translation's address; a new translation without one gets it from its title. */
  slug?: string;
  title?: string;
  summary?: string;
  /** Blocks as JSON: `id` plus the fields to change, e.g. { id: "p-1", content: [...] }. */
  blocks: unknown[];
  /** What the written blocks become: a draft (default) or ready for review. */
  state?: Exclude<StoredState, 'approved'>;
  message?: string;
}

/** Writes translated blocks into a translation as a new revision; other blocks stay as they are. */
export async function translateBlocks(
  tx: TenantTx,
  documents: DocumentService,
  tracker: TranslationTracker,
  actor: Principal,
  input: TranslateInput,
): Promise<RevisionRow> {
  const base = await translationBase(tx, documents, tracker, input.documentId, input.locale);
  authorize(actor, 'translation.edit', { locale: base.locale });
  const statuses = await tracker.statuses(tx, base.document.id, base.locale);
  const known = new Map(statuses.map((s) => [s.blockId, s]));
  const patch: TranslationPatch = { title: input.title, summary: input.summary, blocks: new Map() };
  input.blocks.forEach((raw, i) => {
    const b = raw as Record<string, unknown> | null;
    if (!b || typeof b !== 'object' || typeof b.id !== 'string') throw badInput(`blocks[${i}]`, 'Each block needs its "id".', 'REQUIRED');
    const s = known.get(b.id);
    if (!s)
      throw badInput(`blocks[${i}].id`, `The source has no block "${b.id}"; translate blocks by the ids of the source.`, {
        reason: 'BLOCK_UNKNOWN',
        block: b.id,
      });
    if (!s.translatable)
      throw badInput(`blocks[${i}].id`, `The block "${b.id}" has no text to translate.`, { reason: 'BLOCK_NOT_TRANSLATABLE', block: b.id });
    if (patch.blocks.has(b.id)) throw badInput(`blocks[${i}].id`, `The block "${b.id}" is listed twice.`, 'LISTED_TWICE');
    const { id: _id, blocks: _b, fallback: _f, ...own } = b;
    patch.blocks.set(b.id, own);
  });
  const translated = new Set(statuses.filter((s) => s.status !== 'missing').map((s) => s.blockId));
  const content = buildTarget(base.source.content, base.target?.content ?? null, translated, patch);
  const revision = await documents.save(tx, actor, {
    documentId: base.document.id,
    locale: base.locale,
    baseVersion: input.baseVersion ?? base.target?.row.version ?? 0,
    ...(input.slug !== undefined ? { slug: input.slug } : {}),
    content,
    message: input.message ?? `Translated ${patch.blocks.size} block${patch.blocks.size === 1 ? '' : 's'}`,
  });
  // Title and summary count as written only when they changed (an unchanged one keeps its state, e.g. outdated).
  const meta = META_IDS.filter((id) => {
    const value = patch[metaField(id)];
    return value !== undefined && value !== base.target?.content[metaField(id)];
  });
  await tracker.markBlocks(tx, base.document.id, base.locale, [...meta, ...patch.blocks.keys()], input.state ?? 'draft', actor.userId);
  return revision;
}
