import type { Block } from '@careleaf/schema';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { createUser } from '../factories/user.factory';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, heading, paragraph, publish } from '../factories/document.factory';
import { createRegistryEntry } from '../factories/registry.factory';
import { seedDemoRegistries } from '../../apps/api/src/server/seed/registries';
import type { Principal } from '../../apps/api/src/kernel/policy';

const t = useTestDatabase();
const api = useTestApi(t);
const gql = useGraphQL(t);
let tenant: { id: string; slug: string };
let other: { id: string; slug: string };
const editor: Principal = { userId: null, label: 'editor', role: 'editor', locales: [] };

const READ = `query($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) {
    region locale blocks
    registryLists { blockId kind entries { key name locale dir regions sample trialRegistry { idFormat idFormatVerified whoPrimaryRegistry } } }
  }
}`;

interface ReadResult {
  region: string | null;
  locale: string;
  blocks: Block[];
  registryLists: {
    blockId: string;
    kind: string;
    entries: { key: string; name: string; locale: string; dir: string; regions: string[]; sample: boolean }[];
  }[];
}

const read = async (slug: string, locale: string, region?: string, slugTenant = tenant) => {
  const res = await api.gql<{ publishedDocument: ReadResult | null }>(READ, {
    headers: { 'x-tenant': slugTenant.slug },
    variables: { slug, locale, region },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.publishedDocument!;
};

const text = (blocks: Block[]) => JSON.stringify(blocks);
const keysOf = (doc: ReadResult, blockId: string) => doc.registryLists.find((l) => l.blockId === blockId)?.entries.map((e) => e.key) ?? [];

/** The practical part of an article: German-system paragraphs for DE, Austrian ones for AT, embeds for trials and DMPs. */
function practicalBlocks(lang: 'de' | 'en'): Block[] {
  const de = lang === 'de';
  return [
    heading('h-practical', de ? 'Praktische Hinweise' : 'Practical information'),
    {
      id: 'r-de',
      type: 'region',
      mode: 'include',
      regions: ['DE'],
      blocks: [
        paragraph(
          'p-dmp',
          de
            ? 'Gesetzlich Versicherte können am DMP Brustkrebs teilnehmen.'
            : 'People with statutory insurance can join the breast-cancer DMP.',
        ),
        { id: 'e-dmp', type: 'registryEmbed', kind: 'diseaseManagementProgramme', filter: { condition: 'breast-cancer' } },
        { id: 'e-centres', type: 'registryEmbed', kind: 'certifiedCareCentre', filter: { condition: 'breast-cancer' } },
      ],
      fallback: [paragraph('p-other', de ? 'Fragen Sie Ihre Krankenkasse nach Programmen.' : 'Ask your health insurer about programmes.')],
    },
    {
      id: 'r-at',
      type: 'region',
      mode: 'include',
      regions: ['AT'],
      blocks: [paragraph('p-at', de ? 'In Österreich berät die Krebshilfe kostenlos.' : 'In Austria, Krebshilfe offers free counselling.')],
    },
    // A condition filter keeps entries for other conditions out, and general ones (no condition) in.
    { id: 'e-trials', type: 'registryEmbed', kind: 'clinicalTrialRegistry', filter: { condition: 'breast-cancer' } },
    { id: 'e-counselling', type: 'registryEmbed', kind: 'counsellingService' },
  ];
}

let slug: string;

beforeAll(async () => {
  tenant = await createTenant(t.services, {
    locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'ar', fallbacks: ['en', 'de'] }],
    regions: [{ code: 'DE' }, { code: 'AT' }],
    defaultRegion: 'DE',
  });
  other = await createTenant(t.services, { regions: [{ code: 'DE' }] });
  await seedDemoRegistries(t.services, tenant.slug);
  // Entries for another condition must stay out of the breast-cancer embeds.
  await createRegistryEntry(t.services, tenant.id, {
    key: 'dmp-diabetes',
    kind: 'diseaseManagementProgramme',
    regions: ['DE'],
    condition: 'diabetes',
    texts: [{ locale: 'de', name: 'DMP Diabetes' }],
  });
  await createRegistryEntry(t.services, tenant.id, {
    key: 'diabetes-register',
    kind: 'clinicalTrialRegistry',
    regions: ['DE'],
    condition: 'diabetes',
    texts: [{ locale: 'de', name: 'Ein Diabetes-Studienregister' }],
  });
  // Another tenant's entry of the same kind and region must never show up here.
  await createRegistryEntry(t.services, other.id, {
    key: 'drks',
    kind: 'clinicalTrialRegistry',
    regions: ['DE'],
    texts: [{ locale: 'de', name: 'Fremdes Register eines anderen Mandanten' }],
  });
  const doc = await createDocument(t.services, tenant.id, { title: 'Metastasierter Brustkrebs', blocks: practicalBlocks('de') });
  slug = doc.slug;
  await t.db.withTenant(tenant.id, (tx) =>
    t.services.documents.save(tx, editor, {
      documentId: doc.document.id,
      locale: 'en',
      baseVersion: 0,
      slug: `${slug}-en`,
      content: content('Metastatic breast cancer', practicalBlocks('en')),
    }),
  );
  await publish(t.services, tenant.id, doc.document.id, 'de');
  await publish(t.services, tenant.id, doc.document.id, 'en');
});

test('read for region DE, the page has the German-system paragraphs and German registries', async () => {
  const doc = await read(slug, 'de', 'DE');
  expect(doc.region).toBe('DE');
  expect(text(doc.blocks)).toContain('DMP Brustkrebs');
  expect(text(doc.blocks)).not.toContain('Krebshilfe');
  expect(keysOf(doc, 'e-dmp')).toEqual(['dmp-brustkrebs']);
  // Country-specific registries come first, then those for every region.
  expect(keysOf(doc, 'e-trials')).toEqual(['drks', 'eu-ctis', 'eu-ctr', 'clinicaltrials-gov', 'isrctn', 'who-ictrp']);
  expect(keysOf(doc, 'e-counselling')).toEqual(['krebsinformationsdienst', 'krebsberatungsstellen']);
  // Samples are marked, and the one whose certificate has expired is not shown.
  const centres = doc.registryLists.find((l) => l.blockId === 'e-centres')!.entries;
  expect(centres.map((e) => e.key).sort()).toEqual(['beispiel-brustzentrum-musterstadt', 'beispiel-brustzentrum-nordstadt']);
  expect(centres.every((e) => e.sample)).toBe(true);
});

test('read for region AT, the page has the Austrian content and none of Germany’s paragraphs or registries', async () => {
  const doc = await read(slug, 'de', 'AT');
  expect(doc.region).toBe('AT');
  expect(text(doc.blocks)).toContain('Krebshilfe');
  expect(text(doc.blocks)).not.toContain('DMP Brustkrebs');
  expect(text(doc.blocks)).toContain('Fragen Sie Ihre Krankenkasse');
  // The DMP embeds sit in the DE-only region block: not on the page, not resolved.
  expect(doc.registryLists.map((l) => l.blockId)).toEqual(['e-trials', 'e-counselling']);
  const trials = doc.registryLists.find((l) => l.blockId === 'e-trials')!.entries;
  expect(trials.map((e) => e.key)).toEqual(['eu-ctis', 'eu-ctr', 'clinicaltrials-gov', 'isrctn', 'who-ictrp']);
  expect(trials.some((e) => e.regions.includes('DE') && !e.regions.includes('AT'))).toBe(false);
  expect(keysOf(doc, 'e-counselling')).toEqual(['krebshilfe-beratung']);
});

test('read with no region, the tenant’s default region applies', async () => {
  const doc = await read(slug, 'de');
  expect(doc.region).toBe('DE');
  expect(keysOf(doc, 'e-dmp')).toEqual(['dmp-brustkrebs']);
  expect(keysOf(doc, 'e-trials')[0]).toBe('drks');
});

test('entries come in the reader’s language, else along the fallback chain, marked with the locale they are in', async () => {
  const en = await read(`${slug}-en`, 'en', 'DE');
  expect(en.locale).toBe('en');
  expect(en.registryLists.find((l) => l.blockId === 'e-dmp')!.entries[0]).toMatchObject({
    name: 'Disease-management programme (DMP) for breast cancer',
    locale: 'en',
    dir: 'ltr',
  });
  // The demo has no Arabic texts: Arabic readers get English (ar → en → de), marked as such.
  const entries = await api.gql<{ registryEntries: { edges: { node: { key: string; name: string; locale: string } }[] } }>(
    `{ registryEntries(filter: { locale: "ar", kind: DISEASE_MANAGEMENT_PROGRAMME, condition: "breast-cancer" }) { edges { node { key name locale } } } }`,
    { headers: { 'x-tenant': tenant.slug } },
  );
  expect(entries.body.data?.registryEntries.edges.map((e) => e.node)).toEqual([
    { key: 'dmp-brustkrebs', name: 'Disease-management programme (DMP) for breast cancer', locale: 'en' },
  ]);
});

test('region blocks keep their ids across locales and are resolved per locale and region', async () => {
  const enDe = await read(`${slug}-en`, 'en', 'DE');
  const enAt = await read(`${slug}-en`, 'en', 'AT');
  const deDe = await read(slug, 'de', 'DE');
  const ids = (d: ReadResult) => d.blocks.map((b) => b.id);
  expect(ids(enDe)).toEqual(ids(deDe));
  expect(ids(enDe)).toEqual(['h-practical', 'p-dmp', 'e-dmp', 'e-centres', 'e-trials', 'e-counselling']);
  expect(ids(enAt)).toEqual(['h-practical', 'p-other', 'p-at', 'e-trials', 'e-counselling']);
  expect(text(enAt.blocks)).toContain('Krebshilfe offers free counselling');
});

test('all embeds of a page are resolved with one statement, and a page without embeds needs none', async () => {
  api.server.cache.clear(); // measure a real read, not the response cache
  t.queries.length = 0;
  await read(slug, 'de', 'DE');
  const registryStatements = t.queries.filter((q) => q.includes('registry_entries'));
  expect(registryStatements).toHaveLength(1);

  const plain = await createDocument(t.services, tenant.id, { blocks: [paragraph('p-plain', 'Ohne Verzeichnis.')] });
  await publish(t.services, tenant.id, plain.document.id);
  t.queries.length = 0;
  api.server.cache.clear();
  const doc = await read(plain.slug, 'de', 'DE');
  expect(doc.registryLists).toEqual([]);
  expect(t.queries.filter((q) => q.includes('registry_entries'))).toHaveLength(0);
});

test('registry queries never return another tenant’s entries', async () => {
  const res = await api.gql<{ registryEntries: { edges: { node: { name: string } }[] } }>(
    `{ registryEntries(filter: { locale: "de", region: "DE", kind: CLINICAL_TRIAL_REGISTRY }, first: 100) { edges { node { name } } } }`,
    { headers: { 'x-tenant': tenant.slug } },
  );
  const names = res.body.data!.registryEntries.edges.map((e) => e.node.name);
  expect(names).toContain('Deutsches Register Klinischer Studien (DRKS)');
  expect(names).not.toContain('Fremdes Register eines anderen Mandanten');
  const theirs = await api.gql<{ registryEntries: { edges: { node: { name: string } }[] } }>(
    `{ registryEntries(filter: { locale: "de" }, first: 100) { edges { node { name } } } }`,
    { headers: { 'x-tenant': other.slug } },
  );
  expect(theirs.body.data!.registryEntries.edges.map((e) => e.node.name)).toEqual(['Fremdes Register eines anderen Mandanten']);
});

test('public lists filter by kind, region and text, page with cursors, and count entries per kind', async () => {
  const q = `query($after: String) { registryEntries(filter: { locale: "de", region: "AT", text: "register" }, first: 2, after: $after) {
    edges { cursor node { key } } pageInfo { hasNextPage endCursor } } }`;
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 5; i++) {
    const res: {
      body: {
        data?: { registryEntries: { edges: { node: { key: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null;
      };
    } = await api.gql(q, { headers: { 'x-tenant': tenant.slug }, variables: { after } });
    const page = res.body.data!.registryEntries;
    seen.push(...page.edges.map((e) => e.node.key));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  // "register" in a name or description, for readers in AT: no DRKS (DE only).
  expect(seen).toContain('eu-ctr');
  expect(seen).toContain('isrctn');
  expect(seen).not.toContain('drks');
  expect(new Set(seen).size).toBe(seen.length);

  const kinds = await api.gql<{ registries: { kind: string; label: string; entryCount: number }[] }>(
    `{ registries(locale: "en", region: "AT") { kind label entryCount } }`,
    { headers: { 'x-tenant': tenant.slug } },
  );
  expect(kinds.body.data!.registries).toEqual(
    expect.arrayContaining([{ kind: 'CLINICAL_TRIAL_REGISTRY', label: 'Clinical-trial registries', entryCount: 5 }]),
  );
  expect(kinds.body.data!.registries.map((k) => k.kind)).not.toContain('DISEASE_MANAGEMENT_PROGRAMME');
});

test('a registry change reaches readers at once, although the page itself is served from the response cache', async () => {
  await read(slug, 'de', 'AT');
  const hits = api.server.cache.hits;
  const first = await read(slug, 'de', 'AT');
  expect(api.server.cache.hits).toBe(hits + 1);
  expect(keysOf(first, 'e-counselling')).toEqual(['krebshilfe-beratung']);
  const editorUser = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const created = await gql(
    tenant.id,
    { user: editorUser, role: 'editor' },
    `mutation($input: CreateRegistryEntryInput!) { createRegistryEntry(input: $input) { entry { id } } }`,
    {
      input: {
        entry: { key: 'neu-at', kind: 'COUNSELLING_SERVICE', regions: ['AT'], texts: [{ locale: 'de', name: 'Neue Beratung Wien' }] },
      },
    },
  );
  expect(created.errors).toBeUndefined();
  const again = await read(slug, 'de', 'AT');
  expect(keysOf(again, 'e-counselling')).toEqual(['neu-at', 'krebshilfe-beratung']);
});
