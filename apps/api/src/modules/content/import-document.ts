import type { TenantTx } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import { type CitationDraft, importDocument, type ImportReportEntry, replacePlaceholders } from '../importer';
import type { CitationService } from '../references';
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

function sourceUrl(draft: CitationDraft): string | null {
  if (draft.doi) return `https://doi.org/${draft.doi}`;
  if (draft.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${draft.pmid}/`;
  return draft.url ?? null;
}

/**
 * An old article in, a draft document out. Sources that carry a DOI, PubMed id
 * or web address become citations (an existing citation with the same DOI or
 * PubMed id is reused); the rest stay as placeholders that the checks report
 * until an editor picks a citation. Images wait for an upload the same way.
 */
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
  const today = new Date().toISOString().slice(0, 10);
  for (const draft of imported.citationDrafts) {
    const existing = await services.citations.findByIdentifier(tx, { doi: draft.doi ?? null, pubmedId: draft.pmid ?? null });
    const url = sourceUrl(draft);
    if (existing) {
      citations.set(draft.placeholderId, existing.id);
    } else if (url) {
      try {
        const created = await services.citations.create(
          tx,
          { userId: actor.userId, label: actor.label },
          {
            kind: 'webPage',
            title: draft.text.slice(0, 1000),
            url,
            accessedOn: today,
          },
        );
        citations.set(draft.placeholderId, created.id);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        citations.set(draft.placeholderId, draft.placeholderId);
        report.push({
          code: 'citation-unparsed',
          element: 'li',
          reason: `Source [${draft.key}] was kept as a placeholder: ${e.message}`,
          position: null,
        });
      }
    } else {
      citations.set(draft.placeholderId, draft.placeholderId);
      report.push({
        code: 'citation-unparsed',
        element: 'li',
        reason: `Source [${draft.key}] has no DOI, PubMed id or web address; pick or create its citation in the editor.`,
        position: null,
      });
    }
  }
  const media = new Map(imported.mediaDrafts.map((m) => [m.placeholderId, m.placeholderId]));
  const content = replacePlaceholders(imported.content, { citations, media });
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
