import { parseSsoForm, ssoFieldId, ssoRowId } from './sso-form';

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

describe('the single sign-on form', () => {
  test('becomes the API input: lists split, unticked boxes off, an empty secret kept, empty rows left out', () => {
    const { input, rows } = parseSsoForm(
      form({
        'sso-enabled': 'on',
        'sso-provider-name': ' Klinik-Login ',
        'sso-issuer': 'https://login.example.org',
        'sso-client-id': 'careleaf',
        'sso-client-secret': '',
        'sso-domains': 'klinik.example\n\nklinikum.example, other.example',
        'sso-claim': 'groups',
        [ssoRowId('value', 0)]: 'admins',
        [ssoRowId('role', 0)]: 'ADMIN',
        [ssoRowId('value', 1)]: '',
        [ssoRowId('role', 1)]: 'EDITOR',
        [ssoRowId('value', 2)]: 'translators',
        [ssoRowId('role', 2)]: 'TRANSLATOR',
        [ssoRowId('locales', 2)]: 'en, fr',
        'sso-only': 'on',
      }),
    );
    expect(input).toEqual({
      enabled: true,
      providerName: 'Klinik-Login',
      issuer: 'https://login.example.org',
      clientId: 'careleaf',
      clientSecret: null,
      allowedDomains: ['klinik.example', 'klinikum.example', 'other.example'],
      claim: 'groups',
      mappings: [
        { value: 'admins', role: 'ADMIN', locales: [] },
        { value: 'translators', role: 'TRANSLATOR', locales: ['en', 'fr'] },
      ],
      justInTime: false,
      ssoOnly: true,
    });
    expect(rows).toEqual([0, 2]);
  });

  test("the API's fields land on their controls, a mapping's on its own row", () => {
    expect(ssoFieldId('issuer', [])).toBe('sso-issuer');
    expect(ssoFieldId('allowedDomains', [])).toBe('sso-domains');
    expect(ssoFieldId('mappings[1].value', [0, 2])).toBe(ssoRowId('value', 2));
    expect(ssoFieldId('somethingElse', [])).toBeUndefined();
  });
});
