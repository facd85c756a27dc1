import type { Block, DocumentContent } from '@careleaf/schema';
import type { Principal } from '../../apps/api/src/kernel/policy';
import type { DocumentRow, RevisionRow } from '../../apps/api/src/modules/content/document.entity';
import type { QualityMetadata } from '../../apps/api/src/modules/content/quality';
import type { Services } from '../../apps/api/src/server/services';

let seq = 0;

/** An admin acting without a user account (operator tooling); tests of roles use real members instead. */
export const adminActor: Principal = { userId: null, label: 'test-admin', role: 'admin', locales: [] };
export const systemActor: Principal = { userId: null, label: 'test-system', role: 'system', locales: [] };

export function paragraph(id: string, text: string): Block {
  return { id, type: 'paragraph', content: [{ type: 'text', text }] };
}

export function heading(id: string, text: string, level: 2 | 3 | 4 = 2): Block {
  return { id, type: 'heading', level, content: [{ type: 'text', text }] };
}

export function content(title: string, blocks?: Block[]): DocumentContent {
  return {
    title,
    summary: `${title}: a short summary.`,
    blocks: blocks ?? [heading('h-1', 'Overview'), paragraph('p-1', `${title} explained in plain words.`)],
  };
}

export interface CreatedDocument {
  document: DocumentRow;
  revision: RevisionRow;
  slug: string;
}

/** A draft document in the tenant's source locale. */
export async function createDocument(
  services: Services,
  tenantId: string,
  opts: {
    locale?: string;
    slug?: string;
    title?: string;
    blocks?: Block[];
    /** Replaces the default summary ('' for none). */
    summary?: string;
    kind?: string;
    topics?: string[];
    quality?: QualityMetadata;
    actor?: Principal;
  } = {},
): Promise<CreatedDocument> {
  const n = ++seq;
  const slug = opts.slug ?? `document-${n}`;
  const result = await services.db.withTenant(tenantId, (tx) =>
    services.documents.create(tx, opts.actor ?? adminActor, {
      kind: opts.kind ?? 'article',
      locale: opts.locale ?? 'de',
      slug,
      content: { ...content(opts.title ?? `Document ${n}`, opts.blocks), ...(opts.summary === undefined ? {} : { summary: opts.summary }) },
      topics: opts.topics ?? [],
      quality: opts.quality ?? {},
    }),
  );
  return { ...result, slug };
}

/** Runs a locale through review to published (as the scheduler would, without the own-change rule). */
export async function publish(services: Services, tenantId: string, documentId: string, locale = 'de'): Promise<void> {
  await services.db.withTenant(tenantId, async (tx) => {
    const row = await services.documents.documentLocale(tx, documentId, locale);
    if (row.status === 'draft' || row.status === 'unpublished')
      await services.workflow.transition(tx, systemActor, 'submit', { documentId, locale });
    await services.workflow.transition(tx, systemActor, 'approve', { documentId, locale });
    await services.workflow.transition(tx, systemActor, 'publish', { documentId, locale });
  });
}

/** A published document: the row every content table gets in a fixture. */
export async function createPublishedDocument(
  services: Services,
  tenantId: string,
  opts: Parameters<typeof createDocument>[2] = {},
): Promise<CreatedDocument> {
  const created = await createDocument(services, tenantId, opts);
  await publish(services, tenantId, created.document.id, opts.locale ?? 'de');
  return created;
}
