import { randomUUID } from 'node:crypto';
import type { TenantTx } from '../../kernel/db/database';
import { badInput, conflict, notFound } from '../../kernel/errors';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { decodeCursor, encodeCursor, pageSize } from '../../kernel/graphql/connection';
import { audit, type Actor } from '../audit';
import * as q from './citation.queries';
import type { CitationView } from './citation.queries';
import type { CitationData, CitationKind } from './citation.model';
import { validateCitation, type CitationInputLike } from './citation.validate';
import { isbnDigits } from './citation.identifiers';
import { isUuid } from '../../kernel/uuids';
import type { ReferenceUsage } from './usage';

/** PostgreSQL's text form of a timestamptz, as the cursor carries it. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export interface CitationPage {
  nodes: { cursor: string; node: CitationView }[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface CitationListArgs {
  first?: number | null;
  after?: string | null;
  kind?: CitationKind | null;
  /** Words of the title, or a DOI or PubMed id. */
  search?: string | null;
}

function changes(before: CitationData, after: CitationData): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof CitationData>;
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) diff[key] = { before: before[key] ?? null, after: after[key] ?? null };
  }
  return diff;
}

export type { CitationView };

const dataOf = (view: CitationView): CitationData => {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, draft: _d, originalText: _o, ...data } = view;
  return data;
};

/** A tenant's citations: checked per kind, unique by DOI and PubMed id, audited. */
export class CitationService {
  constructor(private readonly usage: ReferenceUsage) {}

  async get(tx: TenantTx, id: string): Promise<CitationView> {
    const view = isUuid(id) ? await q.citationById(tx, id) : null;
    if (!view) throw notFound(`No citation has the id "${id}" in this organisation.`, 'CITATION_NOT_FOUND');
    return view;
  }

  /** Citations by id in one query; ids that are not found are simply absent from the map. */
  async byIds(tx: TenantTx, ids: readonly string[]): Promise<Map<string, CitationView>> {
    const wanted = ids.filter(isUuid);
    if (!wanted.length) return new Map();
    const views = await q.citationsByIds(tx, wanted);
    return new Map(views.map((v) => [v.id, v]));
  }

  /** The citation with any of these identifiers, if the tenant has one (the importer reuses it). */
  async findByIdentifier(
    tx: TenantTx,
    ids: {
      doi?: string | null;
      pubmedId?: string | null;
      pmcId?: string | null;
      isbn?: string | null;
      trialIds?: readonly string[] | null;
      url?: string | null;
    },
  ): Promise<CitationView | null> {
    return q.citationByIdentifier(tx, { ...ids, isbnDigits: ids.isbn ? isbnDigits(ids.isbn) : null });
  }

  /**
   * A citation from an imported reference: the fields the reference gave (the kind's required
   * ones may be missing) and the reference's full text. It is a draft until it is saved in the
   * library with all fields its kind needs. Same checks of each given field as `create`.
   */
  async createDraft(tx: TenantTx, actor: Actor, input: CitationInputLike, originalText: string): Promise<CitationView> {
    const data = validateCitation(input, new Date(), { draft: true });
    await this.refuseDuplicate(tx, data, null);
    const id = randomUUID();
    await this.write(tx, () => q.insertCitation(tx, id, data, { draft: true, originalText }));
    await audit(tx.em, tx.tenantId, actor, {
      action: 'citation.create',
      subjectType: 'citation',
      subjectId: id,
      diff: { after: data, draft: true },
    });
    return this.get(tx, id);
  }

  /** Newest first, keyset-paged on (created_at, id). */
  async list(tx: TenantTx, args: CitationListArgs = {}): Promise<CitationPage> {
    const first = pageSize(args.first);
    let after: { createdAt: string; id: string } | null = null;
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      if (!isUuid(id) || !TIMESTAMP.test(createdAt!))
        throw badInput('after', 'This cursor is not one this list gave out; start again without `after`.', 'CURSOR_INVALID');
      after = { createdAt: createdAt!, id: id! };
    }
    const { rows, totalCount } = await q.listCitations(tx, { first, kind: args.kind, search: args.search, after });
    return {
      nodes: rows.slice(0, first).map(({ view, createdKey }) => ({ node: view, cursor: encodeCursor([createdKey, view.id]) })),
      hasNextPage: rows.length > first,
      totalCount,
    };
  }

  async create(tx: TenantTx, actor: Actor, input: CitationInputLike): Promise<CitationView> {
    const data = validateCitation(input);
    await this.refuseDuplicate(tx, data, null);
    const id = randomUUID();
    await this.write(tx, () => q.insertCitation(tx, id, data));
    await audit(tx.em, tx.tenantId, actor, { action: 'citation.create', subjectType: 'citation', subjectId: id, diff: { after: data } });
    return this.get(tx, id);
  }

  /** Replaces the citation's fields; with `expectedVersion`, a stale edit is a CONFLICT. */
  async update(tx: TenantTx, actor: Actor, id: string, input: CitationInputLike, expectedVersion?: number | null): Promise<CitationView> {
    const before = await this.get(tx, id);
    const data = validateCitation(input);
    if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== before.version) {
      throw conflict(
        `This citation was changed by someone else (now version ${before.version}, you edited version ${expectedVersion}). Reload it and apply your change again.`,
        'expectedVersion',
        'REVISION_CHANGED',
      );
    }
    await this.refuseDuplicate(tx, data, id);
    const updated = await this.write(tx, () => q.updateCitation(tx, id, before.version, data));
    if (!updated)
      throw conflict('This citation was changed while you were saving. Reload it and try again.', 'expectedVersion', 'REVISION_CHANGED');
    await audit(tx.em, tx.tenantId, actor, {
      action: 'citation.update',
      subjectType: 'citation',
      subjectId: id,
      diff: changes(dataOf(before), data),
    });
    return this.get(tx, id);
  }

  /** Refused while a document cites it (checked through the content module's hook). */
  async delete(tx: TenantTx, actor: Actor, id: string): Promise<void> {
    const before = await this.get(tx, id);
    if (await this.usage.isCitationInUse(tx, id)) {
      throw conflict(
        'This citation is cited in at least one document. Remove it from those documents first, then delete it.',
        'id',
        'CITATION_IN_USE',
      );
    }
    await q.deleteCitation(tx, id);
    await audit(tx.em, tx.tenantId, actor, {
      action: 'citation.delete',
      subjectType: 'citation',
      subjectId: id,
      diff: { before: dataOf(before) },
    });
  }

  private async refuseDuplicate(tx: TenantTx, data: CitationData, self: string | null): Promise<void> {
    const existing = await this.findByIdentifier(tx, { doi: data.doi, pubmedId: data.pubmedId, pmcId: data.pmcId });
    if (!existing || existing.id === self) return;
    const field =
      data.doi && existing.doi?.toLowerCase() === data.doi.toLowerCase()
        ? 'doi'
        : data.pubmedId && existing.pubmedId === data.pubmedId
          ? 'pubmedId'
          : 'pmcId';
    const what =
      field === 'doi' ? `the DOI ${data.doi}` : field === 'pubmedId' ? `the PubMed id ${data.pubmedId}` : `the PMC id ${data.pmcId}`;
    throw conflict(
      `A citation with ${what} already exists ("${existing.title}", id ${existing.id}). Cite that one instead.`,
      field,
      'CITATION_EXISTS',
    );
  }

  /** A race past refuseDuplicate still ends as a CONFLICT, not a server error. */
  private async write<T>(_tx: TenantTx, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (uniqueViolation(e, 'citations_doi_key')) throw conflict('Another citation already has this DOI.', 'doi', 'CITATION_EXISTS');
      if (uniqueViolation(e, 'citations_pmc_id_key'))
        throw conflict('Another citation already has this PMC id.', 'pmcId', 'CITATION_EXISTS');
      if (uniqueViolation(e, 'citations_pubmed_id_key'))
        throw conflict('Another citation already has this PubMed id.', 'pubmedId', 'CITATION_EXISTS');
      throw e;
    }
  }
}
