import type { TenantTx } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import { mapBlockTree, type Block, type DocumentContent, type Inline } from '@careleaf/schema';
import { type CitationDraft, importDocument, type ImportReportEntry, replacePlaceholders } from '../importer';
import type { CitationInputLike, CitationService } from '../references';
import { type DocumentService, slugFromTitle } from './document.service';
import type { DocumentRow, RevisionRow } from './document.entity';
import type { Principal } from '../../kernel/policy';
import { audit } from '../audit';

export interface ImportDocumentInput {
  format: 'markdown' | 'html';
  source: string;
  locale: string;
  kind: string;
  slug?: string;
  title?: string;
}

export interface ImportOutcome {
  document: DocumentRow;
  revision: RevisionRow;
  report: ImportReportEntry[];
}

/** How often a draft is retried without the field the citation checks refused (a made-up year, an address our URL policy refuses). */
const MAX_FIELD_RETRIES = 5;

/**
 * Stores one imported source: the library's citation with the same identifier, or a new draft
 * with the parsed fields and the full text. A field the citation checks refuse is left out (the
 * text still has it); if even the bare draft is refused, the source is reported with its text.
 */
async function storeSource(
  tx: TenantTx,
  actor: Principal,
  citations: CitationService,
  draft: CitationDraft,
): Promise<{ id: string | null; entry: ImportReportEntry }> {
  const { parsed, text } = draft;
  const where = { element: 'li', position: draft.position, ...(draft.blockId ? { blockId: draft.blockId } : {}), text };
  const existing = await citations.findByIdentifier(tx, {
    doi: parsed.ids.doi ?? null,
    pubmedId: parsed.ids.pubmedId ?? null,
    pmcId: parsed.ids.pmcId ?? null,
    isbn: parsed.ids.isbn ?? null,
    trialIds: parsed.ids.trialIds ?? null,
    url: parsed.ids.url ?? null,
  });
  if (existing) {
    return {
      id: existing.id,
      entry: {
        code: 'citation-matched',
        ...where,
        reason: `Source [${draft.key}] has an identifier of a citation already in the sources library ("${existing.title.slice(0, 120)}"); that citation is cited. Check that it is the same source.`,
      },
    };
  }
  const fields: Record<string, unknown> = { kind: parsed.kind, ...parsed.fields };
  for (let attempt = 0; attempt <= MAX_FIELD_RETRIES; attempt++) {
    try {
      const created = await citations.createDraft(tx, { userId: actor.userId, label: actor.label }, fields as CitationInputLike, text);
      return {
        id: created.id,
        entry: {
          code: 'citation-draft',
          ...where,
          reason: `Source [${draft.key}] became a draft ${parsed.kind} citation in the sources library with its full text; open it there, complete and check its fields, and save it.`,
        },
      };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const field = e.field?.replace(/\[.*$/, '');
      if (field && field !== 'title' && field !== 'kind' && field in fields) delete fields[field];
      else if (attempt < MAX_FIELD_RETRIES) {
        for (const key of Object.keys(fields)) if (key !== 'kind' && key !== 'title') delete fields[key];
        attempt = MAX_FIELD_RETRIES - 1;
      } else {
        return {
          id: null,
          entry: {
            code: 'citation-unparsed',
            ...where,
            reason: `Source [${draft.key}] could not be stored as a citation (${e.message}); its text is here: create the citation in the sources library and cite it.`,
          },
        };
      }
    }
  }
  throw new Error('unreachable: the last attempt returns');
}

/** The content without citations of these ids (cite nodes and sources blocks left empty go). */
function dropCitations(content: DocumentContent, ids: ReadonlySet<string>): DocumentContent {
  const inline = (nodes: Inline[]): Inline[] =>
    nodes.flatMap((n): Inline[] => {
      if (n.type === 'cite') {
        const left = n.citationIds.filter((id) => !ids.has(id));
        return left.length ? [{ ...n, citationIds: left }] : [];
      }
      if (n.type === 'text') return [n];
      return [{ ...n, children: inline(n.children) }];
    });
  const blocks = mapBlockTree(content.blocks, { inline, ref: (r) => r.id });
  const strip = (list: Block[]): Block[] =>
    list.flatMap((b): Block[] => {
      if (b.type === 'citations') {
        const left = b.citationIds.filter((id) => !ids.has(id));
        return left.length ? [{ ...b, citationIds: left }] : [];
      }
      return b.type === 'faq' ? [{ ...b, blocks: strip(b.blocks) }] : [b];
    });
  return { ...content, blocks: strip(blocks) };
}

export async function importAsDocument(
  tx: TenantTx,
  actor: Principal,
  services: { documents: DocumentService; citations: CitationService },
  input: ImportDocumentInput,
): Promise<ImportOutcome> {
  const imported = await importDocument({
    format: input.format,
    source: input.source,
    locale: input.locale,
    ...(input.title ? { title: input.title } : {}),
  });
  const report = [...imported.report];
  const citations = new Map<string, string>();
  const kept: CitationDraft[] = [];
  for (const draft of imported.citationDrafts) {
    const stored = await storeSource(tx, actor, services.citations, draft);
    report.push(stored.entry);
    if (stored.id) citations.set(draft.placeholderId, stored.id);
    else kept.push(draft);
  }
  // A source that could not be stored at all is no citation: its citations go, its text is in the report.
  const withoutLost = kept.length ? dropCitations(imported.content, new Set(kept.map((d) => d.placeholderId))) : imported.content;
  const media = new Map(imported.mediaDrafts.map((m) => [m.placeholderId, m.placeholderId]));
  const content = replacePlaceholders(withoutLost, { citations, media });
  const { document, revision } = await services.documents.create(tx, actor, {
    kind: input.kind,
    locale: input.locale,
    slug: input.slug ?? slugFromTitle(content.title),
    content,
    message: `Imported from ${input.format === 'html' ? 'HTML' : 'Markdown'}`,
  });
  await audit(
    tx.em,
    tx.tenantId,
    { userId: actor.userId, label: actor.label },
    {
      action: 'document.import',
      subjectType: 'document',
      subjectId: document.id,
      diff: { format: input.format, locale: input.locale, revisionId: revision.id, findings: report.length },
    },
  );
  return { document, revision, report };
}
