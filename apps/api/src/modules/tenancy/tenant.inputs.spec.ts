import { AppError } from '../../kernel/errors';
import { validateTenant, type TenantSpec } from './tenant.inputs';

const base: TenantSpec = {
  slug: 'demo',
  name: ' Demo ',
  domains: ['Demo.Example.org.'],
  locales: [{ tag: 'de-at', fallbacks: ['de'] }, { tag: 'de' }],
  regions: [{ code: 'at', defaultLocale: 'de-AT' }],
};

function rejection(spec: Partial<TenantSpec>): { code: string; field?: string; message: string } {
  try {
    validateTenant({ ...base, ...spec });
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a rejection');
}

test('a valid tenant comes back in canonical form', () => {
  expect(validateTenant(base)).toEqual({
    slug: 'demo',
    name: 'Demo',
    domains: ['demo.example.org'],
    locales: [
      { tag: 'de-AT', fallbacks: ['de'], direction: 'ltr' },
      { tag: 'de', fallbacks: [], direction: 'ltr' },
    ],
    defaultLocale: 'de-AT',
    regions: [{ code: 'AT', name: 'Austria', defaultLocale: 'de-AT', locales: ['de-AT'], domains: [] }],
    defaultRegion: 'AT',
  });
});

test('the first locale is the default unless one is named', () => {
  expect(validateTenant({ ...base, defaultLocale: 'de' }).defaultLocale).toBe('de');
});

test.each<[string, Partial<TenantSpec>, string]>([
  ['an upper-case slug', { slug: 'Demo' }, 'slug'],
  ['an empty name', { name: '  ' }, 'name'],
  ['a domain with a scheme', { domains: ['https://demo.org'] }, 'domains[0]'],
  ['the same domain twice', { domains: ['a.org', 'A.org'] }, 'domains'],
  ['no locales', { locales: [] }, 'locales'],
  ['an invalid language tag', { locales: [{ tag: 'german!' }] }, 'locales[0].tag'],
  ['a locale listed twice', { locales: [{ tag: 'de' }, { tag: 'DE' }] }, 'locales'],
  ['a locale falling back to itself', { locales: [{ tag: 'de', fallbacks: ['de'] }] }, 'locales[0].fallbacks[0]'],
  ['a fallback outside the tenant', { locales: [{ tag: 'de', fallbacks: ['en'] }] }, 'locales[0].fallbacks[0]'],
  ['a default locale outside the tenant', { defaultLocale: 'fr' }, 'defaultLocale'],
  ['an unknown country', { regions: [{ code: 'XX' }] }, 'regions[0].code'],
  ['a region offering a foreign locale', { regions: [{ code: 'AT', locales: ['fr'] }] }, 'regions[0].locales[0]'],
  ['a default region that is not listed', { defaultRegion: 'DE' }, 'defaultRegion'],
  ['a subdivision that does not exist', { regions: [{ code: 'AT' }, { code: 'AT-99' }] }, 'regions[1].code'],
  ['a subdivision without its country', { regions: [{ code: 'AT' }, { code: 'DE-BY' }] }, 'regions[1].code'],
  ['a region defaulting on a foreign domain', { regions: [{ code: 'AT', domains: ['other.org'] }] }, 'regions[0].domains[0]'],
  [
    'one domain defaulting to two regions',
    {
      domains: ['demo.example.org'],
      regions: [
        { code: 'AT', domains: ['demo.example.org'] },
        { code: 'DE', domains: ['demo.example.org'] },
      ],
    },
    'regions',
  ],
])('%s is BAD_USER_INPUT naming the field', (_label, spec, field) => {
  const r = rejection(spec);
  expect(r.code).toBe('BAD_USER_INPUT');
  expect(r.field).toBe(field);
  expect(r.message.length).toBeGreaterThan(20);
});

test('a fallback chain that names a locale twice is refused', () => {
  const r = rejection({ locales: [{ tag: 'de-AT', fallbacks: ['de', 'de'] }, { tag: 'de' }] });
  expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locales[0].fallbacks' });
});

test('subdivisions of a listed country are kept, named after ISO 3166-2, and domains may default to a region', () => {
  const valid = validateTenant({
    ...base,
    domains: ['demo.example.de', 'demo.example.at'],
    regions: [{ code: 'DE', domains: ['Demo.Example.de'] }, { code: 'de-by' }, { code: 'AT', domains: ['demo.example.at'] }],
  });
  expect(valid.regions.map((r) => [r.code, r.name, r.domains])).toEqual([
    ['DE', 'Germany', ['demo.example.de']],
    ['DE-BY', 'Bayern', []],
    ['AT', 'Austria', ['demo.example.at']],
  ]);
});
