import type { TenantTx } from '../../kernel/db/database';
import { CitationRow } from './citation.entity';
import type { CitationData, CitationFields, CitationKind } from './citation.model';

/** A stored citation: its fields plus id, version and times. */
export interface CitationView extends CitationData {
  id: string;
  /** An imported citation not yet completed in the library (its kind's required fields may be missing). */
  draft: boolean;
  /** The reference as the imported article wrote it (null for citations made in the library). */
  originalText: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Row mapper: the stored row (fields in `details`, kind and title in columns) as a citation. */
export function toView(row: CitationRow): CitationView {
  return {
    ...row.details,
    kind: row.kind,
    title: row.title,
    id: row.id,
    draft: row.draft,
    originalText: row.originalText,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The columns copied out of the citation for search, ordering and uniqueness. */
function columns(data: CitationData): Pick<CitationRow, 'kind' | 'title' | 'year' | 'doi' | 'pubmedId' | 'pmcId' | 'details'> {
  const { kind, ...details } = data;
  const year = data.year ?? (data.date ? Number(data.date.slice(0, 4)) : null);
  return {
    kind,
    title: data.title,
    year,
    doi: data.doi ?? null,
    pubmedId: data.pubmedId ?? null,
    pmcId: data.pmcId ?? null,
    details: details as CitationFields,
  };
}

export async function citationById(tx: TenantTx, id: string): Promise<CitationView | null> {
  const row = await tx.em.findOneBy(CitationRow, { tenantId: tx.tenantId, id });
  return row ? toView(row) : null;
}

export async function citationsByIds(tx: TenantTx, ids: string[]): Promise<CitationView[]> {
  const rows = await tx.em
    .createQueryBuilder(CitationRow, 'c')
    .where('c.tenant_id = :tenantId AND c.id = ANY(:ids)', { tenantId: tx.tenantId, ids })
    .getMany();
  return rows.map(toView);
}

export interface CitationIdentifiers {
  doi?: string | null;
  pubmedId?: string | null;
  pmcId?: string | null;
  /** Digits only (see isbnDigits). */
  isbnDigits?: string | null;
  trialIds?: readonly string[] | null;
  /** The same web address is the same source (identifier links such as doi.org are never stored as `url` by the importer). */
  url?: string | null;
}

/**
 * The oldest citation with any of these identifiers: DOI (any case), PubMed or PMC id, ISBN
 * (compared by its digits), a trial registry id or the web address; null when none is given or none matches.
 */
export async function citationByIdentifier(tx: TenantTx, ids: CitationIdentifiers): Promise<CitationView | null> {
  const qb = tx.em.createQueryBuilder(CitationRow, 'c').where('c.tenant_id = :tenantId', { tenantId: tx.tenantId });
  const any: string[] = [];
  if (ids.doi) any.push('lower(c.doi) = lower(:doi)');
  if (ids.pubmedId) any.push('c.pubmed_id = :pmid');
  if (ids.pmcId) any.push('c.pmc_id = :pmcid');
  if (ids.isbnDigits) any.push(`upper(regexp_replace(c.details->>'isbn', '[^0-9Xx]', '', 'g')) = :isbn`);
  if (ids.trialIds?.length) any.push(`c.details->'trialIds' ?| CAST(:trials AS text[])`);
  if (ids.url) any.push(`c.details->>'url' = :url`);
  if (!any.length) return null;
  qb.andWhere(`(${any.join(' OR ')})`, {
    doi: ids.doi,
    pmid: ids.pubmedId,
    pmcid: ids.pmcId,
    isbn: ids.isbnDigits,
    trials: ids.trialIds ? [...ids.trialIds] : null,
    url: ids.url,
  });
  const row = await qb.orderBy('c.created_at').getOne();
  return row ? toView(row) : null;
}

export interface CitationListQuery {
  first: number;
  kind?: CitationKind | null;
  /** Words of the title, or a DOI or PubMed id. */
  search?: string | null;
  /** The (created_at as PostgreSQL prints it, id) of the last citation of the page before. */
  after?: { createdAt: string; id: string } | null;
}

/** Newest first, keyset-paged on (created_at, id): up to `first + 1` citations (the extra one says there is more), and the count of all matching. */
export async function listCitations(
  tx: TenantTx,
  q: CitationListQuery,
): Promise<{ rows: { view: CitationView; createdKey: string }[]; totalCount: number }> {
  const qb = tx.em.createQueryBuilder(CitationRow, 'c').where('c.tenant_id = :tenantId', { tenantId: tx.tenantId });
  if (q.kind) qb.andWhere('c.kind = :kind', { kind: q.kind });
  const search = q.search?.trim();
  if (search) {
    const bare = search.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*|pmid:?\s*)/i, '');
    qb.andWhere(`(c.title ILIKE :pattern OR lower(c.doi) = lower(:bare) OR c.pubmed_id = :bare)`, {
      pattern: `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`,
      bare,
    });
  }
  const totalCount = await qb.clone().getCount();
  if (q.after) {
    qb.andWhere('(c.created_at, c.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))', {
      createdAt: q.after.createdAt,
      id: q.after.id,
    });
  }
  const result = await qb
    .addSelect('c.created_at::text', 'created_key')
    .orderBy('c.created_at', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .limit(q.first + 1)
    .getRawAndEntities<{ created_key: string }>();
  return {
    rows: result.entities.map((row, i) => ({ view: toView(row), createdKey: String(result.raw[i]!.created_key) })),
    totalCount,
  };
}

export async function insertCitation(
  tx: TenantTx,
  id: string,
  data: CitationData,
  imported?: { draft: boolean; originalText: string },
): Promise<void> {
  await tx.em.insert(CitationRow, {
    tenantId: tx.tenantId,
    id,
    ...columns(data),
    ...(imported ? { draft: imported.draft, originalText: imported.originalText.slice(0, 2000) } : {}),
  });
}

/** Replaces the fields if the citation is still at `version`; returns whether it was. */
export async function updateCitation(tx: TenantTx, id: string, version: number, data: CitationData): Promise<boolean> {
  const result = await tx.em
    .createQueryBuilder()
    .update(CitationRow)
    // A full save checked every field its kind needs: the citation is no draft any more (its original text stays).
    .set({ ...columns(data), draft: false, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('tenant_id = :tenantId AND id = :id AND version = :version', { tenantId: tx.tenantId, id, version })
    .execute();
  return Boolean(result.affected);
}

export async function deleteCitation(tx: TenantTx, id: string): Promise<void> {
  await tx.em.delete(CitationRow, { tenantId: tx.tenantId, id });
}
