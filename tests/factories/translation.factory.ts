import type { Block } from '@careleaf/schema';
import type { Principal } from '../../apps/api/src/kernel/policy';
import type { RevisionRow } from '../../apps/api/src/modules/content/document.entity';
import type { Services } from '../../apps/api/src/server/services';
import { adminActor, content, createPublishedDocument, systemActor } from './document.factory';
import { createConcept } from './termbase.factory';

/** Translated blocks given as id → plain text (for paragraphs and headings) or as block JSON. */
export type Translations = Record<string, string | Partial<Block>>;

function asBlocks(translations: Translations): unknown[] {
  return Object.entries(translations).map(([id, t]) =>
    typeof t === 'string' ? { id, content: [{ type: 'text', text: t }] } : { ...t, id },
  );
}

/** Writes translated blocks into `locale` through the block-level translation service. */
export async function translate(
  services: Services,
  tenantId: string,
  documentId: string,
  locale: string,
  translations: Translations,
  opts: { title?: string; summary?: string; slug?: string; actor?: Principal; state?: 'draft' | 'needs_review' } = {},
): Promise<RevisionRow> {
  return services.db.withTenant(tenantId, (tx) =>
    services.localization.translate(tx, opts.actor ?? adminActor, {
      documentId,
      locale,
      title: opts.title,
      slug: opts.slug,
      summary: opts.summary,
      blocks: asBlocks(translations),
      state: opts.state,
    }),
  );
}

/** Saves new text for source blocks (paragraphs and headings keep their type), leaving the other blocks alone. */
export async function editSource(
  services: Services,
  tenantId: string,
  documentId: string,
  changes: Record<string, string>,
  locale = 'de',
): Promise<RevisionRow> {
  return services.db.withTenant(tenantId, async (tx) => {
    const row = await services.documents.documentLocale(tx, documentId, locale);
    const head = await services.documents.revision(tx, row.headRevisionId!);
    const edit = (blocks: Block[]): Block[] =>
      blocks.map((b) => {
        const next = (b.id in changes ? { ...b, content: [{ type: 'text', text: changes[b.id]! }] } : { ...b }) as Block & {
          blocks?: Block[];
          fallback?: Block[];
        };
        if (next.blocks) next.blocks = edit(next.blocks);
        if (next.fallback) next.fallback = edit(next.fallback);
        return next;
      });
    return services.documents.save(tx, adminActor, {
      documentId,
      locale,
      baseVersion: row.version,
      content: { ...head.content, blocks: edit(head.content.blocks) },
    });
  });
}

/** Submits, approves and publishes one locale (as the scheduler would). */
export async function publishLocale(services: Services, tenantId: string, documentId: string, locale: string) {
  return services.db.withTenant(tenantId, async (tx) => {
    const row = await services.documents.documentLocale(tx, documentId, locale);
    if (row.status === 'draft' || row.status === 'unpublished')
      await services.workflow.transition(tx, systemActor, 'submit', { documentId, locale });
    await services.workflow.transition(tx, systemActor, 'approve', { documentId, locale });
    return services.workflow.transition(tx, systemActor, 'publish', { documentId, locale });
  });
}

/** Status per block id of a translation. */
export async function statuses(services: Services, tenantId: string, documentId: string, locale: string): Promise<Record<string, string>> {
  const rows = await services.db.withTenant(tenantId, (tx) => services.localization.tracker.statuses(tx, documentId, locale));
  return Object.fromEntries(rows.filter((r) => r.translatable).map((r) => [r.blockId, r.status]));
}

/** A small article with a nested callout and a region block: every kind of nesting a translation meets. */
export function articleBlocks(): Block[] {
  return [
    { id: 'h-start', type: 'heading', level: 2, content: [{ type: 'text', text: 'Behandlung' }] },
    { id: 'p-intro', type: 'paragraph', content: [{ type: 'text', text: 'Die Therapie dauert sechs Monate.' }] },
    {
      id: 'c-tip',
      type: 'callout',
      variant: 'info',
      title: [{ type: 'text', text: 'Tipp' }],
      blocks: [{ id: 'p-tip', type: 'paragraph', content: [{ type: 'text', text: 'Fragen Sie Ihre Ärztin.' }] }],
    },
    {
      id: 'r-de',
      type: 'region',
      mode: 'include',
      regions: ['DE'],
      blocks: [{ id: 'p-de', type: 'paragraph', content: [{ type: 'text', text: 'Die Krankenkasse zahlt.' }] }],
    },
  ];
}

export { content };

/** A published source with an approved, published English translation and a termbase concept: a row in every localization table. */
export async function createTranslatedDocument(services: Services, tenantId: string): Promise<string> {
  const { document } = await createPublishedDocument(services, tenantId, { blocks: articleBlocks() });
  await translate(
    services,
    tenantId,
    document.id,
    'en',
    { 'h-start': 'Treatment', 'p-intro': 'It takes six months.' },
    { title: 'Treatment' },
  );
  await publishLocale(services, tenantId, document.id, 'en');
  await createConcept(services, tenantId, { terms: [{ locale: 'de', term: 'Therapie', status: 'approved' }] });
  return document.id;
}
