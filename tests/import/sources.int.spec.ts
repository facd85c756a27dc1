import fs from 'node:fs';
import path from 'node:path';
import { inlineText, mapBlockTree, type Block, type DocumentContent, type Inline } from '@careleaf/schema';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
const api = useTestApi(t);
const markdown = fs.readFileSync(path.join(__dirname, 'fixtures/sources-article.md'), 'utf8');
let tenant: { slug: string };
let editor: SignedInClient;
let reviewer: SignedInClient;

interface ReportEntry {
  code: string;
  reason: string;
  line: number | null;
  blockId: string | null;
  text: string | null;
}
interface Imported {
  document: { id: string };
  revision: { content: DocumentContent };
  report: ReportEntry[];
}
interface StoredCitation {
  id: string;
  kind: string;
  title: string;
  draft: boolean;
  originalText: string | null;
  pubmedId: string | null;
  doi: string | null;
  isbn: string | null;
  trialIds: string[] | null;
  url: string | null;
  year: number | null;
  month: number | null;
  journal: string | null;
}

function ok<T>(res: { body: { data?: T | null; errors?: unknown[] } }): T {
  expect(res.body.errors).toBeUndefined();
  return res.body.data as T;
}

const importArticle = async (slug: string): Promise<Imported> =>
  ok<{ importDocument: Imported }>(
    await editor.gql(
      `mutation($source: String!, $slug: String!) { importDocument(input: { format: MARKDOWN, locale: "en", source: $source, slug: $slug }) {
        document { id } revision { content } report { code reason line blockId text }
      } }`,
      { variables: { source: markdown, slug } },
    ),
  ).importDocument;

const library = async (): Promise<StoredCitation[]> =>
  ok<{ citations: { edges: { node: StoredCitation }[] } }>(
    await editor.gql(
      `{ citations(first: 30) { edges { node { id kind title draft originalText pubmedId doi isbn trialIds url year month journal } } } }`,
    ),
  ).citations.edges.map((e) => e.node);

/** The citation ids the content cites, in order of first appearance. */
function citedIds(content: DocumentContent): string[] {
  const ids: string[] = [];
  const inline = (nodes: Inline[]) => {
    for (const n of nodes) if (n.type === 'cite') ids.push(...n.citationIds);
    return nodes;
  };
  const blocks = mapBlockTree(content.blocks as Block[], { inline, ref: (r) => r.id });
  for (const b of blocks) if (b.type === 'citations') ids.push(...b.citationIds);
  return [...new Set(ids)];
}

const norm = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,])/g, '$1')
    .trim();

function documentText(content: DocumentContent): string {
  const parts: string[] = [content.title];
  mapBlockTree(content.blocks as Block[], {
    inline: (nodes) => {
      parts.push(inlineText(nodes));
      return nodes;
    },
    ref: (r) => r.id,
  });
  return norm(parts.join(' \n '));
}

beforeAll(async () => {
  tenant = await createTenant(t.services);
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  reviewer = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'reviewer' });
});

test('an imported article keeps all seven sources as citations, with their full text, and can be published', async () => {
  // The library already has the first source (by PubMed id): the import cites that one instead of a copy.
  const existing = ok<{ createCitation: { citation: { id: string } } }>(
    await editor.gql(
      `mutation { createCitation(input: { kind: JOURNAL_ARTICLE, title: "Global aetiology and epidemiology of type 2 diabetes", journal: "Nat Rev Endocrinol", year: 2018, pubmedId: "24142513" }) { citation { id } } }`,
    ),
  ).createCitation.citation.id;

  const imported = await importArticle('living-with-diabetes');
  const cited = citedIds(imported.revision.content);
  expect(cited).toHaveLength(7);
  expect(cited[0]).toBe(existing);

  const stored = new Map((await library()).map((c) => [c.id, c]));
  expect(stored.size).toBe(7);
  const sources = cited.map((id) => stored.get(id)!);
  expect(sources.map((c) => [c.kind, c.draft])).toEqual([
    ['JOURNAL_ARTICLE', false],
    ['JOURNAL_ARTICLE', true],
    ['WEB_PAGE', true],
    ['BOOK', true],
    ['JOURNAL_ARTICLE', true],
    ['WEB_PAGE', true],
    ['JOURNAL_ARTICLE', true],
  ]);
  expect(sources[1]).toMatchObject({ doi: '10.2337/dc16-1728', journal: 'Diabetes Care', year: 2016 });
  expect(sources[2]).toMatchObject({ trialIds: ['NCT01234567'] });
  expect(sources[3]).toMatchObject({ isbn: '978-0-306-40615-7', year: 2024 });
  expect(sources[5]).toMatchObject({ url: 'https://www.nhs.uk/conditions/type-2-diabetes/' });
  // Every new draft carries the reference exactly as the article wrote it.
  const lines = markdown.split('\n');
  for (const [i, c] of sources.entries()) {
    if (i === 0) continue;
    expect(c.originalText).toBe(lines[16 + i]!.replace(/^\d+\.\s+/, ''));
  }

  // Each source is in the report with its line, its full text and the block that cites it.
  const perSource = imported.report.filter((e) => e.code === 'citation-draft' || e.code === 'citation-matched');
  expect(perSource.map((e) => [e.code, e.line])).toEqual([
    ['citation-matched', 17],
    ...[18, 19, 20, 21, 22, 23].map((line) => ['citation-draft', line]),
  ]);
  const blockIds = new Set(imported.revision.content.blocks.map((b) => b.id));
  expect(perSource.every((e) => e.text && e.blockId && blockIds.has(e.blockId))).toBe(true);
  expect(imported.report.find((e) => e.code === 'sources-text-kept')).toMatchObject({ line: 24 });

  // Nothing is lost: every sentence of the article is in the document or in the report.
  const doc = documentText(imported.revision.content);
  const reported = norm(imported.report.map((e) => `${e.reason} ${e.text ?? ''}`).join(' \n '));
  const sentences = lines
    .map((l) => l.replace(/^#+\s+|^\d+\.\s+/, '').trim())
    .filter(Boolean)
    .flatMap((l) => l.split(/(?<=[.?!])\s+(?=[A-Z])/))
    .map((s) => norm(s.replace(/\s*\[\d+(?:,\s*\d+)*\]/g, '')));
  expect(sentences.filter((s) => !doc.includes(s) && !reported.includes(s))).toEqual([]);

  // No "refers to a source that does not exist": nothing blocks publishing.
  const findings = ok<{ contentChecks: { findings: { checkId: string; severity: string }[] } }>(
    await editor.gql(`query($id: ID!) { contentChecks(documentId: $id, locale: "en") { findings { checkId severity } } }`, {
      variables: { id: imported.document.id },
    }),
  ).contentChecks.findings;
  expect(findings.map((f) => f.checkId)).not.toContain('citation-missing');
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

  const revision = async () =>
    ok<{ document: { locales: { locale: string; headRevisionId: string }[] } }>(
      await editor.gql(`query($id: ID!) { document(id: $id) { locales { locale headRevisionId } } }`, {
        variables: { id: imported.document.id },
      }),
    ).document.locales.find((l) => l.locale === 'en')!.headRevisionId;
  const step = async (client: SignedInClient, name: string) => {
    const seen = name === 'submitForReview' ? '' : ', revisionId: $rev';
    return ok<Record<string, { documentLocale: { status: string } }>>(
      await client.gql(
        `mutation($id: ID!${seen ? ', $rev: ID!' : ''}) { ${name}(input: { documentId: $id, locale: "en", comment: "ok"${seen} }) { documentLocale { status } } }`,
        { variables: { id: imported.document.id, ...(seen ? { rev: await revision() } : {}) } },
      ),
    )[name]!.documentLocale.status;
  };
  expect(await step(editor, 'submitForReview')).toBe('IN_REVIEW');
  expect(await step(reviewer, 'approveTranslation')).toBe('APPROVED');
  expect(await step(editor, 'publishTranslation')).toBe('PUBLISHED');

  // Readers see a draft source as the article wrote it, with its links.
  const read = await api.gql<{ publishedDocument: { references: { text: string; links: { href: string }[] }[] } }>(
    `{ publishedDocument(slug: "living-with-diabetes", locale: "en") { references { text links { href } } } }`,
    { headers: { 'x-tenant': tenant.slug } },
  );
  const references = read.body.data!.publishedDocument.references;
  expect(references).toHaveLength(7);
  expect(references[1]).toMatchObject({ text: sources[1]!.originalText, links: [{ href: 'https://doi.org/10.2337/dc16-1728' }] });
});

test('importing the same article again adds no second citation for a source with an identifier', async () => {
  const before = await library();
  const again = await importArticle('living-with-diabetes-again');
  const after = await library();
  const withId = (list: StoredCitation[]) => list.filter((c) => c.pubmedId || c.doi || c.isbn || c.trialIds?.length || c.url);
  expect(
    withId(after)
      .map((c) => c.id)
      .sort(),
  ).toEqual(
    withId(before)
      .map((c) => c.id)
      .sort(),
  );
  // The two plain references (no identifier) cannot be told apart from new ones: they are drafts again.
  expect(after.length - before.length).toBe(2);
  expect(again.report.filter((e) => e.code === 'citation-matched')).toHaveLength(5);
});
