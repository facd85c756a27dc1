import { createHash, randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pick, prng } from './prng.ts';
import { paragraphText, sentence } from './text.ts';
import { SEARCH_STAGING, SEARCH_STAGING_COLUMNS, buildSearchIndex, createSearchStaging, searchConfig, searchRows } from './search-index.ts';

export interface DatasetSpec {
  name: string;
  tenants: number;
  documentsPerTenant: number;
  locales: string[];
  seed: number;
}

export const DATASETS: Record<string, DatasetSpec> = {
  tiny: { name: 'tiny', tenants: 2, documentsPerTenant: 20, locales: ['de', 'en', 'ar'], seed: 7 },
  small: { name: 'small', tenants: 1, documentsPerTenant: 1000, locales: ['de', 'en', 'ar'], seed: 7 },
  large: { name: 'large', tenants: 100, documentsPerTenant: 1000, locales: ['de', 'en', 'ar'], seed: 7 },
};

export const TOPICS = ['brustkrebs', 'diabetes', 'herz', 'rheuma', 'schwangerschaft', 'depression', 'asthma', 'impfen'];
export const tenantHost = (i: number) => `bench-${String(i).padStart(4, '0')}.test`;
export const docSlug = (i: number) => `artikel-${String(i).padStart(5, '0')}`;

/** Deterministic ids, so a dataset can be reloaded and compared. */
function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type Cell = string | number | null | object;
type Row = Cell[];
const escapeCopy = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const arrayLiteral = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/"/g, '\\"')}"`).join(',')}}`;
const row = (cols: Cell[]): Row => cols;
const copyLine = (cols: Row) =>
  `${cols.map((c) => (c === null ? '\\N' : escapeCopy(typeof c === 'object' ? JSON.stringify(c) : String(c)))).join('\t')}\n`;

/** A realistic article: headings, paragraphs, a list, a region block, glossary terms, citations; ~5 KB of text. */
function articleBlocks(rand: () => number, locale: string, termIds: string[], citationIds: string[]) {
  const blocks: unknown[] = [];
  for (let s = 0; s < 5; s++) {
    blocks.push({ id: `h-${s}`, type: 'heading', level: 2, content: [{ type: 'text', text: sentence(rand, locale, 4) }] });
    blocks.push({
      id: `p-${s}-a`,
      type: 'paragraph',
      content: [
        { type: 'text', text: `${paragraphText(rand, locale)} ` },
        { type: 'term', termId: pick(rand, termIds), children: [{ type: 'text', text: sentence(rand, locale, 1).replace('.', '') }] },
        { type: 'text', text: ` ${paragraphText(rand, locale, 2)} ` },
        { type: 'cite', citationIds: [pick(rand, citationIds)] },
      ],
    });
    blocks.push({ id: `p-${s}-b`, type: 'paragraph', content: [{ type: 'text', text: paragraphText(rand, locale) }] });
    if (s === 2) {
      blocks.push({
        id: 'l-1',
        type: 'list',
        ordered: false,
        items: [0, 1, 2, 3].map(() => ({ content: [{ type: 'text', text: sentence(rand, locale) }] })),
      });
      blocks.push({
        id: 'r-1',
        type: 'region',
        mode: 'include',
        regions: ['DE'],
        blocks: [
          { id: 'r-1-p', type: 'paragraph', content: [{ type: 'text', text: paragraphText(rand, locale, 2) }] },
          { id: 'e-dmp', type: 'registryEmbed', kind: 'diseaseManagementProgramme', filter: { condition: 'breast-cancer' } },
        ],
        fallback: [{ id: 'r-1-f', type: 'paragraph', content: [{ type: 'text', text: sentence(rand, locale) }] }],
      });
      // Registry embeds are resolved at read time (one statement per page), see registryLists.
      blocks.push({ id: 'e-trials', type: 'registryEmbed', kind: 'clinicalTrialRegistry' });
    }
  }
  return blocks;
}

export interface LoadOptions {
  /** COPY on a server; batched INSERTs where COPY is not available (the embedded database). */
  method?: 'copy' | 'insert';
  /** Connections that build the search index side by side (with `connect` to open the extra ones); 1 by default. */
  searchConnections?: number;
  connect?: () => Promise<Client>;
}

/**
 * Loads a dataset straight into the tables with COPY, in one transaction,
 * as published content (documents, locales, revisions, snapshots), then
 * builds its search index (see search-index.ts). The database is complete
 * only when this resolves. Runs as the owner; the schema must be migrated.
 */
export async function loadDataset(
  client: Client,
  spec: DatasetSpec,
  progress: (msg: string) => void = () => undefined,
  opts: LoadOptions = {},
): Promise<void> {
  const method = opts.method ?? 'copy';
  if ((opts.searchConnections ?? 1) > 1 && !opts.connect) throw new Error('searchConnections > 1 needs connect');
  const copy = method === 'copy' ? copyRows : insertRows;
  const rand = prng(spec.seed);
  const now = new Date('2026-11-01T08:00:00Z');
  let searchViews = 0;
  await client.query('BEGIN');
  try {
    const tenants: string[] = [];
    const tenantRows: Row[] = [];
    const domainRows: Row[] = [];
    const localeRows: Row[] = [];
    const regionRows: Row[] = [];
    for (let t = 0; t < spec.tenants; t++) {
      const id = uuidFrom(`tenant-${spec.seed}-${t}`);
      tenants.push(id);
      tenantRows.push(row([id, `bench-${t}`, `Bench organisation ${t}`, spec.locales[0]!, 'DE']));
      domainRows.push(row([id, tenantHost(t), 'true']));
      spec.locales.forEach((l, i) =>
        localeRows.push(row([id, l, l === 'ar' ? 'rtl' : 'ltr', i === 0 ? '{}' : arrayLiteral([spec.locales[0]!]), i])),
      );
      regionRows.push(row([id, 'DE', 'Deutschland', spec.locales[0]!, arrayLiteral(spec.locales), 0]));
      regionRows.push(row([id, 'AT', 'Österreich', spec.locales[0]!, arrayLiteral(spec.locales), 1]));
    }
    await client.query(`SET CONSTRAINTS ALL DEFERRED`);
    await copy(client, 'tenants (id, slug, name, default_locale, default_region)', tenantRows);
    await copy(client, 'tenant_domains (tenant_id, host, is_primary)', domainRows);
    await copy(client, 'tenant_locales (tenant_id, tag, direction, fallbacks, position)', localeRows);
    await copy(client, 'regions (tenant_id, code, name, default_locale, locales, position)', regionRows);
    progress(`tenants: ${spec.tenants}`);

    // A small directory per tenant: trial registries for DE, AT and everywhere, DMPs, counselling services.
    const entryRows: Row[] = [];
    const entryTextRows: Row[] = [];
    const directory: [string, string, string[], string | null][] = [
      ...Array.from(
        { length: 6 },
        (_, i) => ['clinicalTrialRegistry', `trials-${i}`, i < 2 ? ['DE'] : i < 4 ? ['AT'] : [], null] as [string, string, string[], null],
      ),
      ['diseaseManagementProgramme', 'dmp-breast', ['DE'], 'breast-cancer'],
      ['diseaseManagementProgramme', 'dmp-diabetes', ['DE'], 'diabetes'],
      ...Array.from(
        { length: 12 },
        (_, i) => ['counsellingService', `counselling-${i}`, i % 2 ? ['DE'] : ['AT'], null] as [string, string, string[], null],
      ),
    ];
    const dirRand = prng(spec.seed + 1); // its own stream, so the documents stay as they were
    for (const tenantId of tenants) {
      for (const [kind, key, regions, condition] of directory) {
        const id = uuidFrom(`entry-${tenantId}-${key}`);
        entryRows.push(row([tenantId, id, key, kind, arrayLiteral(regions), `https://${key}.example.org/`, condition, 'bench']));
        // No Arabic texts: Arabic readers get a fallback, as they often will.
        for (const locale of spec.locales.filter((l) => l !== 'ar')) {
          entryTextRows.push(
            row([tenantId, id, locale, `${sentence(dirRand, locale, 3).replace('.', '')} ${key}`, sentence(dirRand, locale)]),
          );
        }
      }
    }
    await copy(client, 'registry_entries (tenant_id, id, key, kind, regions, website, condition, source)', entryRows);
    await copy(client, 'registry_entry_texts (tenant_id, entry_id, locale, name, description)', entryTextRows);
    progress(`registry entries: ${entryRows.length}`);

    await createSearchStaging(client);
    const termIds = Array.from({ length: 12 }, (_, i) => uuidFrom(`term-${i}`));
    const citationIds = Array.from({ length: 10 }, (_, i) => uuidFrom(`citation-${i}`));
    for (let t = 0; t < spec.tenants; t++) {
      const tenantId = tenants[t]!;
      const docs: Row[] = [];
      const locs: Row[] = [];
      const revs: Row[] = [];
      const pubs: Row[] = [];
      const searchStage: Row[] = [];
      for (let d = 0; d < spec.documentsPerTenant; d++) {
        const docId = uuidFrom(`doc-${spec.seed}-${t}-${d}`);
        const topics = [pick(rand, TOPICS)];
        docs.push(
          row([tenantId, docId, 'article', spec.locales[0]!, arrayLiteral(topics), '{}', now.toISOString(), '2026-01-15', '2029-01-15']),
        );
        for (const locale of spec.locales) {
          const revId = randomUUID();
          const title = `${sentence(rand, locale, 4).replace('.', '')} ${d}`;
          const slug = locale === spec.locales[0] ? docSlug(d) : `${locale}-${docSlug(d)}`;
          const content = { title, summary: sentence(rand, locale), blocks: articleBlocks(rand, locale, termIds, citationIds) };
          const updated = new Date(now.getTime() - Math.floor(rand() * 300 * 86400_000)).toISOString();
          locs.push(row([tenantId, docId, locale, slug, title, 'published', 1, revId, revId, revId, updated]));
          revs.push(row([tenantId, revId, docId, locale, 1, 'bench', content, updated]));
          const snapshot = {
            v: 1,
            documentId: docId,
            kind: 'article',
            locale,
            dir: locale === 'ar' ? 'rtl' : 'ltr',
            slug,
            title,
            summary: content.summary,
            topics,
            blocks: content.blocks,
            references: Object.fromEntries(
              citationIds.map((id, i) => [
                id,
                {
                  text: `Autorin A, Autor B. ${sentence(rand, 'en', 6)} J Health Inf. 2024;${i + 1}:1-9.`,
                  links: [{ label: 'PubMed', href: `https://pubmed.ncbi.nlm.nih.gov/${30000000 + i}/` }],
                },
              ]),
            ),
            glossary: Object.fromEntries(
              termIds.map((id, i) => [id, { term: `Begriff ${i}`, definition: sentence(rand, locale), locale }]),
            ),
            media: {},
            quality: {
              publisher: `Bench organisation ${t}`,
              lastReviewed: '2026-01-15',
              nextReviewDue: '2029-01-15',
              firstPublished: now.toISOString(),
              lastUpdated: updated,
            },
            revisionId: revId,
            publishedAt: now.toISOString(),
          };
          // The tenant's regions in position order, as in regionRows above.
          for (const r of searchRows(content.blocks as Record<string, unknown>[], ['DE', 'AT'])) {
            searchStage.push(
              row([
                tenantId,
                docId,
                locale,
                searchConfig(locale),
                title,
                content.summary,
                String(r.regional),
                r.body,
                arrayLiteral(r.regions),
              ]),
            );
            searchViews += r.regions.length;
          }
          pubs.push(
            row([
              tenantId,
              docId,
              locale,
              slug,
              'article',
              title,
              content.summary,
              arrayLiteral(topics),
              revId,
              snapshot,
              now.toISOString(),
              updated,
            ]),
          );
        }
      }
      await copy(
        client,
        'documents (tenant_id, id, kind, source_locale, topics, quality, first_published_at, last_reviewed_on, next_review_due)',
        docs,
      );
      await copy(
        client,
        'document_locales (tenant_id, document_id, locale, slug, title, status, version, head_revision_id, published_revision_id, approved_revision_id, updated_at)',
        locs,
      );
      await copy(client, 'revisions (tenant_id, id, document_id, locale, number, author_label, content, created_at)', revs);
      await copy(
        client,
        'published_documents (tenant_id, document_id, locale, slug, kind, title, summary, topics, revision_id, snapshot, published_at, content_updated_at)',
        pubs,
      );
      await copy(client, `${SEARCH_STAGING} (${SEARCH_STAGING_COLUMNS})`, searchStage);
      if ((t + 1) % 10 === 0 || t + 1 === spec.tenants) progress(`documents: ${t + 1}/${spec.tenants} tenants loaded`);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
  progress(`search index: ${searchViews} rows to build`);
  const helpers = await Promise.all(Array.from({ length: Math.max(0, (opts.searchConnections ?? 1) - 1) }, () => opts.connect!()));
  try {
    await buildSearchIndex([client, ...helpers], progress);
  } finally {
    await Promise.all(helpers.map((h) => h.end()));
  }
  await client.query('ANALYZE');
}

async function copyRows(client: Client, target: string, rows: Row[]): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${target} FROM STDIN`));
  await pipeline(Readable.from(rows.map(copyLine)), stream);
}

/** `target` is "table (col, …)": rows go in as JSON records, 200 per statement. */
async function insertRows(client: Client, target: string, rows: Row[]): Promise<void> {
  const [, table, list] = /^(\w+) \((.*)\)$/.exec(target)!;
  const columns = list!.split(',').map((c) => c.trim());
  for (let i = 0; i < rows.length; i += 200) {
    const records = rows.slice(i, i + 200).map((r) => Object.fromEntries(columns.map((c, j) => [c, r[j]])));
    await client.query(
      `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM json_populate_recordset(NULL::${table}, $1)`,
      [JSON.stringify(records)],
    );
  }
}
