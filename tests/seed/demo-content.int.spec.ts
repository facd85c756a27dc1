import { blockingFindings, runChecks } from '@careleaf/content-checks';
import type { DocumentContent } from '@careleaf/schema';
import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { GESUNDHEIT_CONTENT } from '../../apps/api/src/server/seed/demo-content/gesundheit';
import { GESUNDHEIT_AT_CONTENT } from '../../apps/api/src/server/seed/demo-content/gesundheit-at';
import { testActor } from '../factories/tenant.factory';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const api = useTestApi(t);

const READ = `query($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) {
    id kind locale dir slug title summary region blocks
    references { number id text links { href } }
    glossary { id term definition locale }
    quality {
      publisher authors { name } reviewers { name role qualification }
      lastReviewed nextReviewDue reviewTrigger conflictsOfInterest funding firstPublished lastUpdated
    }
    alternates { locale slug }
  }
}`;

interface Published {
  id: string;
  kind: string;
  locale: string;
  dir: string;
  title: string;
  region: string | null;
  blocks: unknown[];
  references: { number: number; id: string; text: string; links: { href: string }[] }[];
  glossary: { id: string; term: string; definition: string; locale: string }[];
  quality: {
    publisher: string;
    authors: { name: string }[] | null;
    reviewers: { name: string; role: string; qualification: string | null }[];
    lastReviewed: string;
    nextReviewDue: string;
    reviewTrigger: string;
    conflictsOfInterest: string;
    funding: string;
  };
  alternates: { locale: string; slug: string }[];
}

const ARTICLE = { de: 'metastasierter-brustkrebs-behandlung', en: 'metastatic-breast-cancer-treatment' };

async function read(slug: string, locale: string, region?: string, tenant = 'gesundheit'): Promise<Published | null> {
  const res = await api.gql<{ publishedDocument: Published | null }>(READ, {
    headers: { 'x-tenant': tenant },
    variables: { slug, locale, region },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.publishedDocument ?? null;
}

/** Every value of `key` in `tree`, depth first in document order (independent of the API's own walker). */
function collect(tree: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(tree)) for (const x of tree) collect(x, key, out);
  else if (tree && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree)) {
      if (k === key) out.push(v);
      collect(v, key, out);
    }
  }
  return out;
}
const blockIds = (blocks: unknown[]) => collect(blocks, 'id') as string[];

const COUNTED = [
  'documents',
  'document_locales',
  'revisions',
  'workflow_events',
  'published_documents',
  'citations',
  'glossary_terms',
  'glossary_entries',
  'audit_log',
];
async function snapshot(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of COUNTED) out[table] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  out.published = await t.dataSource.query(`SELECT document_id, locale, revision_id FROM published_documents ORDER BY document_id, locale`);
  return out;
}

beforeAll(async () => {
  await seedDemo(t.services);
  // The demo institute serves Germany only; a second region lets the test read the article as a reader elsewhere.
  await t.services.tenancy.update(
    'gesundheit',
    {
      regions: [
        { code: 'DE', name: 'Deutschland', defaultLocale: 'de', locales: ['de', 'en', 'ar'] },
        { code: 'AT', name: 'Österreich', defaultLocale: 'de', locales: ['de', 'en'] },
      ],
      defaultRegion: 'DE',
    },
    testActor,
  );
});

test('the German article is published with at least 8 sources, numbered in the order readers meet them', async () => {
  const doc = (await read(ARTICLE.de, 'de'))!;
  expect(doc).toMatchObject({
    kind: 'ARTICLE',
    locale: 'de',
    dir: 'ltr',
    title: 'Metastasierter Brustkrebs: Welche Behandlungen gibt es?',
  });
  expect(doc.references.length).toBeGreaterThanOrEqual(8);
  expect(doc.references.map((r) => r.number)).toEqual(doc.references.map((_, i) => i + 1));
  const firstSeen = [...new Set((collect(doc.blocks, 'citationIds') as string[][]).flat())];
  expect(doc.references.map((r) => r.id)).toEqual(firstSeen);
  const esmo = doc.references.find((r) => r.text.includes('ESMO Clinical Practice Guideline'));
  expect(esmo?.links.map((l) => l.href)).toContain('https://doi.org/10.1016/j.annonc.2021.09.019');
  expect(doc.references.some((r) => r.text.includes('032-045OL'))).toBe(true);
});

test('the German article explains at least 10 glossary terms in German', async () => {
  const doc = (await read(ARTICLE.de, 'de'))!;
  expect(doc.glossary.length).toBeGreaterThanOrEqual(10);
  expect(doc.glossary.every((g) => g.locale === 'de' && g.definition.length > 20)).toBe(true);
  const marked = new Set(collect(doc.blocks, 'termId') as string[]);
  expect(new Set(doc.glossary.map((g) => g.id))).toEqual(marked);
  expect(doc.glossary.map((g) => g.term)).toEqual(expect.arrayContaining(['Aromatasehemmer', 'Zytostatikum', 'HER2', 'Lymphödem']));
});

test('the article carries its quality metadata: publisher, reviewers with roles, review dates in 2026', async () => {
  const { quality } = (await read(ARTICLE.de, 'de'))!;
  expect(quality).toMatchObject({
    publisher: 'Gesundheitswissen Demo-Institut',
    authors: [{ name: expect.stringContaining('fiktive Autorin') }],
    lastReviewed: expect.stringMatching(/^2026-\d\d-\d\d$/),
    nextReviewDue: '2027-10-12',
    reviewTrigger: 'scheduled',
    conflictsOfInterest: expect.stringMatching(/^Keine/),
    funding: expect.stringContaining('ohne Geld von Herstellern'),
  });
  expect(quality.reviewers.map((r) => r.role).sort()).toEqual(['externalExpert', 'internal', 'userTest']);
  expect(quality.reviewers.every((r) => r.qualification)).toBe(true);
});

test('readers in Germany (the default region) see the DMP, the German hotlines and the registry embeds', async () => {
  const byDefault = (await read(ARTICLE.de, 'de'))!;
  const explicit = (await read(ARTICLE.de, 'de', 'DE'))!;
  expect(byDefault.region).toBe('DE');
  expect(explicit.blocks).toEqual(byDefault.blocks);
  const ids = blockIds(byDefault.blocks);
  expect(ids).toEqual(expect.arrayContaining(['p-dmp', 'p-zentren', 'p-notruf-de', 'p-palliativ-de', 'p-beratung-de', 'p-studien-de']));
  expect(ids).not.toContain('p-programme-sonst');
  const embeds = (byDefault.blocks as { type: string; kind?: string }[]).filter((b) => b.type === 'registryEmbed').map((b) => b.kind);
  expect(embeds).toEqual(['clinicalTrialRegistry', 'diseaseManagementProgramme']);
  expect(JSON.stringify(byDefault.blocks)).toContain('Disease-Management-Programm');
});

test('readers outside Germany see the ask-your-local-service text and nothing of the German system', async () => {
  const doc = (await read(ARTICLE.de, 'de', 'AT'))!;
  expect(doc.region).toBe('AT');
  const ids = blockIds(doc.blocks);
  expect(ids).toEqual(
    expect.arrayContaining(['p-programme-sonst', 'p-notruf-sonst', 'p-palliativ-sonst', 'p-beratung-sonst', 'p-studien-sonst']),
  );
  expect(ids).not.toEqual(expect.arrayContaining(['p-dmp']));
  for (const german of ['p-dmp', 'p-zentren', 'p-kosten', 'p-notruf-de', 'p-palliativ-de', 'p-beratung-de', 'p-studien-de']) {
    expect(ids).not.toContain(german);
  }
  const text = JSON.stringify(doc.blocks);
  for (const word of ['Krankenkasse', '116 117', 'DRKS', 'Krebsinformationsdienst']) expect(text).not.toContain(word);
  expect(text).toContain('örtlichen Gesundheitsdienst');
});

test('the English version is published with the same blocks, English glossary entries and alternates de, en and ar', async () => {
  const de = (await read(ARTICLE.de, 'de'))!;
  const en = (await read(ARTICLE.en, 'en'))!;
  expect(en).toMatchObject({ id: de.id, locale: 'en', title: 'Metastatic breast cancer: what treatments are there?' });
  expect(blockIds(en.blocks)).toEqual(blockIds(de.blocks));
  expect(en.glossary.length).toBeGreaterThanOrEqual(10);
  expect(en.glossary.every((g) => g.locale === 'en')).toBe(true);
  expect(en.references.map((r) => r.id)).toEqual(de.references.map((r) => r.id));
  expect(en.alternates).toEqual([
    { locale: 'ar', slug: ARTICLE.en },
    { locale: 'de', slug: ARTICLE.de },
    { locale: 'en', slug: ARTICLE.en },
  ]);
});

test('the Arabic version is published right to left with its title, summary and headings', async () => {
  const ar = (await read(ARTICLE.en, 'ar'))!;
  expect(ar).toMatchObject({ locale: 'ar', dir: 'rtl', title: expect.stringContaining('سرطان الثدي') });
  const headings = (ar.blocks as { type: string; id: string }[]).filter((b) => b.type === 'heading').map((b) => b.id);
  const de = (await read(ARTICLE.de, 'de'))!;
  expect(headings).toEqual((de.blocks as { type: string; id: string }[]).filter((b) => b.type === 'heading').map((b) => b.id));
});

test('the FAQ and the two shorter articles are published in German and English', async () => {
  for (const doc of GESUNDHEIT_CONTENT.documents) {
    for (const { locale, slug } of doc.locales) {
      const published = await read(slug, locale);
      expect(published).toMatchObject({ locale, kind: doc.kind.toUpperCase() });
    }
    expect(doc.locales.map((l) => l.locale)).toEqual(expect.arrayContaining(['de', 'en']));
  }
  const faq = (await read('metastasierter-brustkrebs-fragen', 'de'))!;
  expect((faq.blocks as { type: string }[]).filter((b) => b.type === 'faq').length).toBeGreaterThanOrEqual(6);
  const diabetes = (await read('type-2-diabetes-hba1c', 'en'))!;
  expect(diabetes.references.length).toBeGreaterThanOrEqual(2);
  expect(diabetes.glossary.map((g) => g.term)).toContain('HbA1c');
});

test('the Austrian partner publishes its article in German with an Austrian variant', async () => {
  const de = (await read('vorsorgeuntersuchung', 'de', undefined, 'gesundheit-at'))!;
  const at = (await read('vorsorgeuntersuchung', 'de-AT', undefined, 'gesundheit-at'))!;
  expect(de.region).toBe('AT');
  expect(JSON.stringify(de.blocks)).toContain('in die Praxis');
  expect(at.locale).toBe('de-AT');
  expect(JSON.stringify(at.blocks)).toContain('Ordination');
  expect(JSON.stringify(at.blocks)).toContain('Österreichische Gesundheitskasse');
  expect(at.alternates.map((a) => a.locale)).toEqual(['de', 'de-AT']);
});

test('the published German and English texts pass the content checks without errors', async () => {
  for (const tenant of [GESUNDHEIT_CONTENT, GESUNDHEIT_AT_CONTENT]) {
    const { id } = (await t.services.db.tenantBySlug(tenant.tenantSlug))!;
    const rows: { locale: string; slug: string; content: DocumentContent }[] = await t.db.withTenant(id, (tx) =>
      tx.em.query(
        `SELECT p.locale, p.slug, r.content FROM published_documents p JOIN revisions r ON r.tenant_id = p.tenant_id AND r.id = p.revision_id`,
      ),
    );
    const citations: { id: string }[] = await t.db.withTenant(id, (tx) => tx.em.query(`SELECT id FROM citations`));
    const terms: { id: string }[] = await t.db.withTenant(id, (tx) => tx.em.query(`SELECT id FROM glossary_terms`));
    const checked = rows.filter((r) => r.locale === 'de' || r.locale === 'en');
    expect(checked.length).toBeGreaterThan(0);
    for (const row of checked) {
      const findings = runChecks(row.content, {
        locale: row.locale,
        citationsKnown: new Set(citations.map((c) => c.id)),
        glossaryKnown: new Set(terms.map((g) => g.id)),
        media: new Map(),
        uiLocale: 'en',
      });
      expect({ doc: `${row.locale}/${row.slug}`, errors: blockingFindings(findings) }).toEqual({
        doc: `${row.locale}/${row.slug}`,
        errors: [],
      });
    }
  }
});

test('seeding again changes nothing: same rows, same published revisions, no new audit entries', async () => {
  const before = await snapshot();
  expect(await seedDemo(t.services)).toEqual([]);
  expect(await snapshot()).toEqual(before);
});
