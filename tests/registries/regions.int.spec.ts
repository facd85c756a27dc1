import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { createUser } from '../factories/user.factory';
import { createTenant, testActor } from '../factories/tenant.factory';
import { createDocument, paragraph, publish } from '../factories/document.factory';
import { createRegistryEntry } from '../factories/registry.factory';
import { seedDemoRegistries } from '../../apps/api/src/server/seed/registries';
import { DEMO_REGISTRY_ENTRIES } from '../../apps/api/src/server/seed/registry-data';
import { matchesIdFormat } from '../../apps/api/src/modules/registries/id-format';

const t = useTestDatabase();
const api = useTestApi(t);
const gql = useGraphQL(t);
let tenant: { id: string; slug: string };
let slug: string;

const READ = `query($slug: String!, $region: String) {
  publishedDocument(slug: $slug, locale: "de", region: $region) { region blocks registryLists { blockId entries { name } } }
}`;

beforeAll(async () => {
  tenant = await createTenant(t.services, {
    domains: ['gesundheit.example.de', 'gesundheit.example.at', 'gesundheit.example.org'],
    regions: [{ code: 'DE', domains: ['gesundheit.example.de'] }, { code: 'DE-BY' }, { code: 'AT', domains: ['gesundheit.example.at'] }],
    defaultRegion: 'DE',
  });
  await createRegistryEntry(t.services, tenant.id, { regions: ['DE'], texts: [{ locale: 'de', name: 'Bundesweit' }] });
  await createRegistryEntry(t.services, tenant.id, { regions: ['DE-BY'], texts: [{ locale: 'de', name: 'Nur in Bayern' }] });
  await createRegistryEntry(t.services, tenant.id, { regions: ['AT'], texts: [{ locale: 'de', name: 'Österreichweit' }] });
  const doc = await createDocument(t.services, tenant.id, {
    blocks: [
      {
        id: 'r-at',
        type: 'region',
        mode: 'include',
        regions: ['AT'],
        blocks: [paragraph('p-at', 'Für Österreich.')],
        fallback: [paragraph('p-de', 'Für Deutschland.')],
      },
      { id: 'e-beratung', type: 'registryEmbed', kind: 'counsellingService' },
    ],
  });
  slug = doc.slug;
  await publish(t.services, tenant.id, doc.document.id);
});

const names = (res: { body: { data?: { publishedDocument: { registryLists: { entries: { name: string }[] }[] } } | null } }) =>
  res.body.data!.publishedDocument.registryLists[0]!.entries.map((e) => e.name);

test('without a chosen region, a reader gets the region of the domain they came in on, else the tenant’s default', async () => {
  const at = await api.gql<{ publishedDocument: { region: string; registryLists: { entries: { name: string }[] }[] } }>(READ, {
    host: 'gesundheit.example.at',
    variables: { slug },
  });
  expect(at.body.data?.publishedDocument.region).toBe('AT');
  expect(names(at)).toEqual(['Österreichweit']);
  const org = await api.gql<{ publishedDocument: { region: string } }>(READ, { host: 'gesundheit.example.org', variables: { slug } });
  expect(org.body.data?.publishedDocument.region).toBe('DE');
  // An explicit choice (the web's region cookie, passed as the argument) wins over the domain.
  const chosen = await api.gql<{ publishedDocument: { region: string } }>(READ, {
    host: 'gesundheit.example.at',
    variables: { slug, region: 'DE' },
  });
  expect(chosen.body.data?.publishedDocument.region).toBe('DE');
});

test('search without a chosen region searches the text readers of the domain’s region see', async () => {
  const SEARCH = `query($region: String) { search(query: "Österreich", locale: "de", region: $region) { edges { node { slug } } } }`;
  const slugs = async (host: string, region?: string) =>
    (
      await api.gql<{ search: { edges: { node: { slug: string } }[] } }>(SEARCH, { host, variables: { region } })
    ).body.data!.search.edges.map((e) => e.node.slug);
  expect(await slugs('gesundheit.example.at')).toEqual([slug]);
  expect(await slugs('gesundheit.example.org')).toEqual([]);
  expect(await slugs('gesundheit.example.at', 'DE')).toEqual([]);
});

test('readers in a subdivision see its entries and its country’s; readers in the country do not see the subdivision’s', async () => {
  const by = await api.gql<{ publishedDocument: { registryLists: { entries: { name: string }[] }[] } }>(READ, {
    host: 'gesundheit.example.org',
    variables: { slug, region: 'DE-BY' },
  });
  expect(names(by)).toEqual(['Bundesweit', 'Nur in Bayern']);
  const de = await api.gql<{ publishedDocument: { registryLists: { entries: { name: string }[] }[] } }>(READ, {
    host: 'gesundheit.example.org',
    variables: { slug, region: 'DE' },
  });
  expect(names(de)).toEqual(['Bundesweit']);
});

test('the tenant query lists each region’s domains and its name in a language', async () => {
  const res = await api.gql<{ tenant: { regions: { code: string; domains: string[]; en: string; de: string }[] } }>(
    `{ tenant { regions { code domains en: displayName(locale: "en") de: displayName(locale: "de") } } }`,
    { host: 'gesundheit.example.org' },
  );
  expect(res.body.data?.tenant.regions).toEqual([
    { code: 'DE', domains: ['gesundheit.example.de'], en: 'Germany', de: 'Deutschland' },
    { code: 'DE-BY', domains: [], en: 'Bayern', de: 'Bayern' },
    { code: 'AT', domains: ['gesundheit.example.at'], en: 'Austria', de: 'Österreich' },
  ]);
});

test('a tenant cannot list a subdivision without its country, nor one that does not exist', async () => {
  await expect(createTenant(t.services, { regions: [{ code: 'AT' }, { code: 'DE-BY' }] })).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'regions[1].code',
  });
  await expect(createTenant(t.services, { regions: [{ code: 'DE' }, { code: 'DE-ZZ' }] })).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'regions[1].code',
  });
});

test('the demo registries seed each demo tenant with its own regions’ entries, once', async () => {
  const de = await createTenant(t.services, {
    locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'ar', fallbacks: ['en', 'de'] }],
    regions: [{ code: 'DE' }],
  });
  const at = await createTenant(t.services, {
    locales: [{ tag: 'de-AT', fallbacks: ['de'] }, { tag: 'de' }, { tag: 'en', fallbacks: ['de'] }],
    regions: [{ code: 'AT' }],
  });
  expect(await seedDemoRegistries(t.services, de.slug)).toHaveLength(1);
  expect(await seedDemoRegistries(t.services, de.slug)).toEqual([]);
  // The demo seed on start leaves a tenant with entries alone, even after its regions grew.
  await t.services.tenancy.update(de.slug, { regions: [{ code: 'DE' }, { code: 'AT' }] }, testActor);
  expect(await seedDemoRegistries(t.services, de.slug, { onlyIfEmpty: true })).toEqual([]);
  await seedDemoRegistries(t.services, at.slug);
  const keys = async (id: string) =>
    (await t.db.withTenant(id, ({ em }) => em.query(`SELECT key FROM registry_entries ORDER BY key`))).map((r: { key: string }) => r.key);
  const deKeys = await keys(de.id);
  const atKeys = await keys(at.id);
  expect(deKeys).toEqual(
    expect.arrayContaining(['dmp-brustkrebs', 'drks', 'eu-ctis', 'krebsinformationsdienst', 'beispiel-brustzentrum-musterstadt']),
  );
  expect(deKeys).not.toContain('oegk');
  expect(atKeys).toEqual(expect.arrayContaining(['oegk', 'krebshilfe-beratung', 'eu-ctis', 'clinicaltrials-gov']));
  expect(atKeys).not.toContain('drks');
  expect(atKeys).not.toContain('dmp-brustkrebs');
});

test('every demo trial registry’s example id fits its format, and only confirmed formats are marked verified', () => {
  for (const e of DEMO_REGISTRY_ENTRIES.filter((x) => x.idFormat)) {
    expect({ key: e.key, fits: matchesIdFormat(e.idFormat!, e.idExample!) }).toEqual({ key: e.key, fits: true });
    if (e.idFormatVerified) expect({ key: e.key, source: !!e.idFormatSource }).toEqual({ key: e.key, source: true });
  }
  const verified = DEMO_REGISTRY_ENTRIES.filter((x) => x.idFormatVerified).map((x) => x.key);
  expect(verified.sort()).toEqual(['clinicaltrials-gov', 'eu-ctr', 'isrctn']);
  expect(DEMO_REGISTRY_ENTRIES.filter((x) => x.sample).every((x) => x.texts.every((tx) => /fiktiv|fictional/i.test(tx.name)))).toBe(true);
});

test('admins set which domain defaults to which region in the tenant settings', async () => {
  const own = await createTenant(t.services, { domains: ['a.example.de', 'a.example.at'], regions: [{ code: 'DE' }, { code: 'AT' }] });
  const admin = await createUser(t.services, { tenantSlug: own.slug, role: 'admin' });
  const res = await gql<{ updateTenantSettings: { tenant: { regions: { code: string; domains: string[] }[] } } }>(
    own.id,
    { user: admin, role: 'admin' },
    `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { tenant { regions { code domains } } } }`,
    {
      input: {
        regions: [
          { code: 'DE', domains: ['a.example.de'] },
          { code: 'AT', domains: ['a.example.at'] },
        ],
      },
    },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data?.updateTenantSettings.tenant.regions).toEqual([
    { code: 'DE', domains: ['a.example.de'] },
    { code: 'AT', domains: ['a.example.at'] },
  ]);
  const bad = await gql(
    own.id,
    { user: admin, role: 'admin' },
    `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { tenant { slug } } }`,
    {
      input: { regions: [{ code: 'DE', domains: ['elsewhere.example.org'] }] },
    },
  );
  expect(bad.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regions[0].domains[0]' });
});
