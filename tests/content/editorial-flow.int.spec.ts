import fs from 'node:fs';
import path from 'node:path';
import type { Block, DocumentContent } from '@careleaf/schema';
import { walkBlocks } from '@careleaf/schema';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
const api = useTestApi(t);
const markdown = fs.readFileSync(path.join(__dirname, '../import/fixtures/article.md'), 'utf8');
let tenant: { slug: string };
let editor: SignedInClient;
let reviewer: SignedInClient;

beforeAll(async () => {
  tenant = await createTenant(t.services);
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  reviewer = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'reviewer' });
});

function ok<T>(res: { body: { data?: T | null; errors?: unknown[] } }): T {
  expect(res.body.errors).toBeUndefined();
  return res.body.data as T;
}

const UUID = /^[0-9a-f-]{36}$/;

/** Without images (their upload is a separate step) and without sources that did not resolve, with a glossary term added. */
function fixed(content: DocumentContent, knownCitations: Set<string>, termId: string): DocumentContent {
  const prune = (blocks: Block[]): Block[] =>
    blocks
      .filter((b) => b.type !== 'figure')
      .map((b) => {
        if (b.type === 'citations') return { ...b, citationIds: b.citationIds.filter((id) => knownCitations.has(id)) };
        if (b.type === 'heading' && b.level > 2 && b.content.some((n) => n.type === 'text' && n.text.includes('Sehr tiefe')))
          return { ...b, level: 3 as const };
        return b;
      })
      .filter((b) => b.type !== 'citations' || b.citationIds.length > 0);
  const blocks = prune(content.blocks);
  const strip = (json: string) =>
    JSON.parse(
      json.replace(/\{"type":"cite","citationIds":\[([^\]]*)\]\}/g, (m, ids: string) => {
        const kept = ids
          .split(',')
          .map((s) => s.replace(/"/g, ''))
          .filter((id) => knownCitations.has(id));
        return kept.length ? JSON.stringify({ type: 'cite', citationIds: kept }) : '{"type":"text","text":" "}';
      }),
    ) as Block[];
  const cleaned = strip(JSON.stringify(blocks));
  cleaned.push({
    id: 'p-glossar',
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Mehr dazu im Glossar: ' },
      { type: 'term', termId, children: [{ type: 'text', text: 'Metastase' }] },
      { type: 'text', text: '.' },
    ],
  });
  return { ...content, blocks: cleaned };
}

test('an article goes from Markdown import through review to an anonymous reader, with numbered sources and glossary terms', async () => {
  const imported = ok<{ importDocument: { document: { id: string }; revision: { content: DocumentContent }; report: { code: string }[] } }>(
    await editor.gql(
      `mutation($source: String!) { importDocument(input: { format: MARKDOWN, locale: "de", source: $source, slug: "brustkrebs-metastasen" }) {
      document { id } revision { content } report { code }
    } }`,
      { variables: { source: markdown } },
    ),
  ).importDocument;
  const documentId = imported.document.id;
  expect(imported.report.map((r) => r.code)).toEqual(expect.arrayContaining(['image-needs-upload', 'heading-clamped']));

  // the checks tell the editor what still blocks publishing
  const checks = ok<{ contentChecks: { findings: { checkId: string; severity: string }[] } }>(
    await editor.gql(`query($id: ID!) { contentChecks(documentId: $id, locale: "de", uiLocale: "de") { findings { checkId severity } } }`, {
      variables: { id: documentId },
    }),
  ).contentChecks.findings;
  expect(checks.filter((f) => f.severity === 'error').map((f) => f.checkId)).toEqual(expect.arrayContaining(['figure-media-missing']));

  const citations = ok<{ citations: { edges: { node: { id: string } }[] } }>(
    await editor.gql(`{ citations(first: 50) { edges { node { id } } } }`),
  ).citations.edges.map((e) => e.node.id);
  expect(citations.length).toBeGreaterThanOrEqual(3);
  const term = ok<{ createGlossaryTerm: { term: { id: string } } }>(
    await editor.gql(
      `mutation { createGlossaryTerm(input: { entries: [{ locale: "de", term: "Metastase", definition: "Eine Tochtergeschwulst: Krebszellen, die sich an einer anderen Stelle im Körper angesiedelt haben." }] }) { term { id } } }`,
    ),
  ).createGlossaryTerm.term.id;

  const content = fixed(imported.revision.content, new Set(citations), term);
  ok(
    await editor.gql(
      `mutation($id: ID!, $content: JSON!) { saveTranslation(input: { documentId: $id, locale: "de", baseVersion: 1, content: $content, message: "Bilder entfernt, Glossar ergänzt" }) { revision { number } } }`,
      { variables: { id: documentId, content } },
    ),
  );
  const remaining = ok<{ contentChecks: { findings: { checkId: string; severity: string }[] } }>(
    await editor.gql(`query($id: ID!) { contentChecks(documentId: $id, locale: "de") { findings { checkId severity } } }`, {
      variables: { id: documentId },
    }),
  ).contentChecks.findings.filter((f) => f.severity === 'error');
  expect(remaining).toEqual([]);

  const headRevisionId = async () =>
    ok<{ document: { locales: { locale: string; headRevisionId: string }[] } }>(
      await editor.gql(`query($id: ID!) { document(id: $id) { locales { locale headRevisionId } } }`, { variables: { id: documentId } }),
    ).document.locales.find((l) => l.locale === 'de')!.headRevisionId;
  // approve and publish name the revision the person looked at; submitting does not
  const step = async (client: SignedInClient, name: string) => {
    const seen = name === 'submitForReview' ? '' : ', revisionId: $rev';
    return client.gql<Record<string, { documentLocale: { status: string } }>>(
      `mutation($id: ID!${seen ? ', $rev: ID!' : ''}) { ${name}(input: { documentId: $id, locale: "de", comment: "ok"${seen} }) { documentLocale { status } } }`,
      {
        variables: { id: documentId, ...(seen ? { rev: await headRevisionId() } : {}) },
      },
    );
  };
  expect(
    ok<Record<string, { documentLocale: { status: string } }>>(await step(editor, 'submitForReview')).submitForReview!.documentLocale
      .status,
  ).toBe('IN_REVIEW');
  expect((await step(editor, 'approveTranslation')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(
    ok<Record<string, { documentLocale: { status: string } }>>(await step(reviewer, 'approveTranslation')).approveTranslation!
      .documentLocale.status,
  ).toBe('APPROVED');
  expect(
    ok<Record<string, { documentLocale: { status: string } }>>(await step(editor, 'publishTranslation')).publishTranslation!.documentLocale
      .status,
  ).toBe('PUBLISHED');

  const read = await api.gql<{
    publishedDocument: {
      title: string;
      blocks: Block[];
      references: { number: number; id: string; text: string; links: { href: string }[] }[];
      glossary: { id: string; term: string }[];
    };
  }>(
    `{ publishedDocument(slug: "brustkrebs-metastasen", locale: "de") { title blocks references { number id text links { href } } glossary { id term } } }`,
    { headers: { 'x-tenant': tenant.slug } },
  );
  const doc = read.body.data!.publishedDocument;
  expect(doc.title).toBe('Behandlung von Brustkrebs mit Metastasen');
  expect(doc.references.map((r) => r.number)).toEqual(doc.references.map((_, i) => i + 1));
  expect(doc.references.length).toBeGreaterThanOrEqual(3);
  expect(doc.references.flatMap((r) => r.links.map((l) => l.href))).toEqual(
    expect.arrayContaining(['https://doi.org/10.1016/j.annonc.2020.09.010']),
  );
  expect(doc.glossary).toEqual([{ id: term, term: 'Metastase' }]);
  const firstCite = [...walkBlocks(doc.blocks)]
    .flatMap((b) => JSON.stringify(b).match(/"citationIds":\["([0-9a-f-]{36})"/)?.[1] ?? [])
    .find((id) => UUID.test(id));
  expect(doc.references[0]!.id).toBe(firstCite);
});
