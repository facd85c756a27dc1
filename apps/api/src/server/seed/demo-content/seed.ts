import type { TenantTx } from '../../../kernel/db/database';
import type { Services } from '../../services';
import { systemActor } from '../../../modules/audit';
import { DocumentLocaleRow } from '../../../modules/content';
import type { Principal } from '../../../kernel/policy';
import { type CitationKind, CitationRow, GlossaryTermRow } from '../../../modules/references';
import { inline, type Part } from './blocks';
import type { DemoDocument, DemoTenantContent, Refs } from './types';

/** The seed acts as the system: it runs the real workflow, without the rule that someone else must approve. */
export const SEED_ACTOR: Principal = { userId: null, label: 'seed', role: 'system', locales: [] };
const auditActor = systemActor('seed');

interface Created {
  citations: number;
  terms: number;
  versions: number;
}

/**
 * Adds what is missing of a tenant's demo content and leaves everything that
 * exists alone (also when an editor has changed it since): a citation is
 * found again by DOI, PubMed id or kind and title, a glossary term by its
 * key, a document by its source-language address, a translation by its
 * locale. Everything of one tenant is written in one transaction and
 * published through the real workflow, so publishing checks it.
 */
export async function seedTenantContent(services: Services, content: DemoTenantContent): Promise<string | null> {
  const tenant = await services.db.tenantBySlug(content.tenantSlug);
  if (!tenant) return null;
  const created: Created = { citations: 0, terms: 0, versions: 0 };
  await services.db.withTenant(tenant.id, async (tx) => {
    const citationIds = await ensureCitations(services, tx, content.citations, created);
    const termIds = await ensureGlossary(services, tx, content.glossary, created);
    const refs = refsFrom(citationIds, termIds);
    for (const doc of content.documents) await ensureDocument(services, tx, doc, refs, tenant.name, created);
  });
  if (!created.citations && !created.terms && !created.versions) return null;
  return `Demo content for ${content.tenantSlug}: published ${created.versions} language version(s); added ${created.citations} citation(s) and ${created.terms} glossary term(s)`;
}

async function ensureCitations(
  services: Services,
  tx: TenantTx,
  citations: DemoTenantContent['citations'],
  created: Created,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [key, input] of Object.entries(citations)) {
    const doi = typeof input.doi === 'string' ? input.doi : null;
    const pubmedId = typeof input.pubmedId === 'string' ? input.pubmedId : null;
    const existing =
      (await services.citations.findByIdentifier(tx, { doi, pubmedId }))?.id ??
      (
        await tx.em.findOne(CitationRow, {
          where: { tenantId: tx.tenantId, kind: input.kind as CitationKind, title: String(input.title) },
          order: { createdAt: 'ASC' },
        })
      )?.id;
    if (existing) {
      ids.set(key, existing);
      continue;
    }
    ids.set(key, (await services.citations.create(tx, auditActor, input)).id);
    created.citations++;
  }
  return ids;
}

async function ensureGlossary(
  services: Services,
  tx: TenantTx,
  glossary: DemoTenantContent['glossary'],
  created: Created,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [key, entries] of Object.entries(glossary)) {
    const existing = await tx.em.findOneBy(GlossaryTermRow, { tenantId: tx.tenantId, key });
    if (existing) {
      ids.set(key, existing.id);
      continue;
    }
    ids.set(key, (await services.glossary.create(tx, auditActor, { key, entries })).id);
    created.terms++;
  }
  return ids;
}

/** Unknown keys fail loudly: a typo in demo content must not reach a reader. */
export function refsFrom(citationIds: ReadonlyMap<string, string>, termIds: ReadonlyMap<string, string>): Refs {
  const citationId = (key: string) => {
    const id = citationIds.get(key);
    if (!id) throw new Error(`Demo content cites "${key}", which is not among its citations.`);
    return id;
  };
  return {
    cite: (...keys: string[]) => ({ type: 'cite', citationIds: keys.map(citationId) }),
    citationId,
    term: (key: string, ...parts: Part[]) => {
      const termId = termIds.get(key);
      if (!termId) throw new Error(`Demo content marks the glossary term "${key}", which is not in its glossary.`);
      return { type: 'term', termId, children: inline(parts) };
    },
  };
}

async function ensureDocument(services: Services, tx: TenantTx, doc: DemoDocument, refs: Refs, publisher: string, created: Created) {
  const [source, ...translations] = doc.locales;
  if (!source) return;
  const { em, tenantId } = tx;
  let documentId = (await em.findOneBy(DocumentLocaleRow, { tenantId, locale: source.locale, slug: source.slug }))?.documentId;
  if (!documentId) {
    const { document } = await services.documents.create(tx, SEED_ACTOR, {
      kind: doc.kind,
      locale: source.locale,
      slug: source.slug,
      content: source.content(refs),
      topics: doc.topics,
      quality: { ...doc.quality, publisher },
      message: 'Demo content',
    });
    documentId = document.id;
    await publish(services, tx, documentId, source.locale);
    created.versions++;
  }
  for (const t of translations) {
    if (await em.findOneBy(DocumentLocaleRow, { tenantId, documentId, locale: t.locale })) continue;
    await services.documents.save(tx, SEED_ACTOR, {
      documentId,
      locale: t.locale,
      baseVersion: 0,
      slug: t.slug,
      content: t.content(refs),
      message: 'Demo translation',
    });
    await publish(services, tx, documentId, t.locale);
    created.versions++;
  }
}

/** Submit, approve and publish: the publish step resolves every citation and glossary term or refuses. */
async function publish(services: Services, tx: TenantTx, documentId: string, locale: string): Promise<void> {
  const comment = 'Demo content, reviewed for the demo';
  for (const step of ['submit', 'approve', 'publish'] as const) {
    await services.workflow.transition(tx, SEED_ACTOR, step, { documentId, locale, comment });
  }
}
