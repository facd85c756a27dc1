import { decideRoute, NOT_FOUND_PAGE, STATIC_PAGES } from './routes';

const tenant = { locales: [{ tag: 'de' }, { tag: 'en' }, { tag: 'de-AT' }], defaultLocale: 'de' };

describe('the proxy’s routing decision', () => {
  test('a host without a tenant is the unknown-site 404, whatever the path', () => {
    expect(decideRoute('/de', '', null, 'de')).toEqual({ kind: 'unknown-site' });
    expect(decideRoute('/', '', null, null)).toEqual({ kind: 'unknown-site' });
  });

  test('the root redirects (307) to the negotiated locale and keeps the query', () => {
    expect(decideRoute('/', '?utm=x', tenant, 'en-US')).toEqual({ kind: 'redirect', location: '/en?utm=x', status: 307 });
    expect(decideRoute('/', '', tenant, null)).toEqual({ kind: 'redirect', location: '/de', status: 307 });
  });

  test('known pages under a tenant locale are served', () => {
    for (const pattern of STATIC_PAGES.filter((p) => p !== 'topics/[topic]')) {
      const page = pattern
        .replace('[id]', '0b6f9d1e-4a57-4c1e-9d0a-3f1b2c4d5e6f')
        .replace('[kind]', 'clinical-trial-registry')
        .replace('[topic]', 'brustkrebs');
      expect(decideRoute(`/de-AT${page ? `/${page}` : ''}`, '', tenant, null)).toEqual({ kind: 'page' });
    }
    expect(decideRoute('/en/settings/', '', tenant, null)).toEqual({ kind: 'page' });
  });

  test('editor pages with a document id are served; other shapes of id are a 404', () => {
    expect(decideRoute('/de/editor/documents/abc-123/history', '', tenant, null)).toEqual({ kind: 'page' });
    expect(decideRoute('/de/editor/documents/abc-123/translate', '', tenant, null)).toEqual({ kind: 'page' });
    expect(decideRoute('/de/editor/documents/abc%20x', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
    expect(decideRoute('/de/editor/documents/a/b/history', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
  });

  test('registry lists are served for every kind; other kinds and deeper paths are a 404', () => {
    for (const kind of ['statutory-insurer', 'disease-management-programme', 'clinical-trial-registry', 'patient-organisation'])
      expect(decideRoute(`/de/registries/${kind}`, '?after=x', tenant, null)).toEqual({ kind: 'page' });
    expect(decideRoute('/de/registries', '', tenant, null)).toEqual({ kind: 'page' });
    expect(decideRoute('/de/registries/', '', tenant, null)).toEqual({ kind: 'page' });
    expect(decideRoute('/de/registries/CLINICAL_TRIAL_REGISTRY', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
    expect(decideRoute('/de/registries/clinicalTrialRegistry', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
    expect(decideRoute('/de/registries/pharmacies', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
    expect(decideRoute('/de/registries/hotline/x', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
  });

  test('topic landing pages take any topic of at most 100 characters, encoded, for the proxy to look up; broken encodings and deeper paths are a 404', () => {
    expect(decideRoute('/de/topics/brustkrebs', '', tenant, null)).toEqual({ kind: 'topic', locale: 'de', topic: 'brustkrebs' });
    expect(decideRoute(`/de/topics/${encodeURIComponent('سرطان الثدي')}/`, '', tenant, null)).toEqual({
      kind: 'topic',
      locale: 'de',
      topic: 'سرطان الثدي',
    });
    expect(decideRoute(`/de/topics/${'x'.repeat(100)}`, '', tenant, null)).toEqual({ kind: 'topic', locale: 'de', topic: 'x'.repeat(100) });
    expect(decideRoute(`/de/topics/${'x'.repeat(101)}`, '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
    expect(decideRoute('/de/topics/%E0%A4%A', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
    expect(decideRoute('/de/topics/%20', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
    expect(decideRoute('/de/topics/krebs/mehr', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
  });

  test('the search page is served with or without a query', () => {
    expect(decideRoute('/en/search', '?q=chemotherapy&after=czoxMA', tenant, null)).toEqual({ kind: 'page' });
    expect(decideRoute('/en/search/more', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'en' });
  });

  test('unknown paths are a 404 in the URL’s locale; unknown locales a 404 in the default locale', () => {
    expect(decideRoute('/en/nothing/here', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'en' });
    expect(decideRoute('/en/Not_A_Slug', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'en' });
    expect(decideRoute(`/en/${NOT_FOUND_PAGE}`, '', tenant, null)).toEqual({ kind: 'not-found', locale: 'en' });
    expect(decideRoute('/fr', '', tenant, 'fr')).toEqual({ kind: 'not-found', locale: 'de' });
    expect(decideRoute('/%E0%A4%A', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
  });

  test('an editor link without a language (older e-mails) redirects to the reader’s language, keeping the token', () => {
    expect(decideRoute('/editor/reset-password', '?token=abc', tenant, 'en-GB')).toEqual({
      kind: 'redirect',
      location: '/en/editor/reset-password?token=abc',
      status: 307,
    });
    expect(decideRoute('/editor/accept-invitation', '?token=abc', tenant, null)).toEqual({
      kind: 'redirect',
      location: '/de/editor/accept-invitation?token=abc',
      status: 307,
    });
    expect(decideRoute('/editor/no-such-page', '', tenant, null)).toEqual({ kind: 'not-found', locale: 'de' });
  });

  test('a locale in the wrong case redirects permanently to its canonical form', () => {
    expect(decideRoute('/DE-at/settings', '?a=1', tenant, null)).toEqual({
      kind: 'redirect',
      location: '/de-AT/settings?a=1',
      status: 308,
    });
  });
});

test('one segment that is no static page is a document address for the proxy to check', () => {
  expect(decideRoute('/en/metastatic-breast-cancer-treatment', '', tenant, null)).toEqual({
    kind: 'document',
    locale: 'en',
    slug: 'metastatic-breast-cancer-treatment',
  });
  expect(decideRoute('/de/glossary', '', tenant, null)).toEqual({ kind: 'page' });
});
