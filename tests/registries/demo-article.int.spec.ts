import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { seedDemoRegistries } from '../../apps/api/src/server/seed/registries';
import { testActor } from '../factories/tenant.factory';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';

/** The demo article on metastatic breast cancer, read as readers in Germany and in Austria read it. */
const t = useTestDatabase();
const api = useTestApi(t);
const SLUG = { de: 'metastasierter-brustkrebs-behandlung', en: 'metastatic-breast-cancer-treatment' };

const READ = `query($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) {
    region registryLists { blockId kind entries { key name locale sample } }
  }
}`;

interface Lists {
  region: string;
  registryLists: { blockId: string; kind: string; entries: { key: string; name: string; locale: string; sample: boolean }[] }[];
}

const read = async (slug: string, locale: string, region?: string): Promise<Lists> => {
  const res = await api.gql<{ publishedDocument: Lists }>(READ, {
    headers: { 'x-tenant': 'gesundheit' },
    variables: { slug, locale, region },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.publishedDocument;
};
const keys = (doc: Lists, kind: string) => doc.registryLists.filter((l) => l.kind === kind).flatMap((l) => l.entries.map((e) => e.key));

beforeAll(async () => {
  await seedDemo(t.services);
  // Serving Austria as well, the demo institute needs the Austrian entries too: the explicit seed adds what fits now.
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
  await seedDemoRegistries(t.services, 'gesundheit');
});

test('read for Germany, the article lists the German DMP and the trial registries with DRKS first', async () => {
  const doc = await read(SLUG.de, 'de');
  expect(doc.region).toBe('DE');
  expect(keys(doc, 'DISEASE_MANAGEMENT_PROGRAMME')).toEqual(['dmp-brustkrebs']);
  const trials = keys(doc, 'CLINICAL_TRIAL_REGISTRY');
  expect(trials[0]).toBe('drks');
  expect(trials).toEqual(expect.arrayContaining(['eu-ctis', 'clinicaltrials-gov', 'isrctn', 'who-ictrp']));
});

test('read for Austria in the same language, no German programme or register appears', async () => {
  const doc = await read(SLUG.de, 'de', 'AT');
  expect(doc.region).toBe('AT');
  expect(keys(doc, 'DISEASE_MANAGEMENT_PROGRAMME')).toEqual([]);
  const all = doc.registryLists.flatMap((l) => l.entries.map((e) => e.key));
  for (const german of ['drks', 'dmp-brustkrebs', 'gkv-kassen', 'krebsinformationsdienst']) expect(all).not.toContain(german);
});

test('read in English, the entries come in English', async () => {
  const doc = await read(SLUG.en, 'en', 'DE');
  const dmp = doc.registryLists.find((l) => l.kind === 'DISEASE_MANAGEMENT_PROGRAMME')!.entries[0]!;
  expect(dmp).toMatchObject({ locale: 'en', name: 'Disease-management programme (DMP) for breast cancer' });
});
