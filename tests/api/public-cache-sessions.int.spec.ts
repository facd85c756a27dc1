import fc from 'fast-check';
import { useTestApi, type TestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
// Both cookie names: `__Host-careleaf_session` (Secure, the default) and `careleaf_session` (plain-http development).
const secure = useTestApi(t);
const plain = useTestApi(t, { COOKIE_SECURE: 'false' });
let tenantSlug: string;

beforeAll(async () => {
  tenantSlug = (await createTenant(t.services)).slug;
});

interface Spelling {
  name: string;
  before: string;
  after: string;
  quoted: boolean;
  encoded: boolean;
  others: [string[], string[]];
  duplicate: 'none' | 'junk-before' | 'junk-after';
}

const otherCookie = fc
  .tuple(fc.constantFrom('theme', 'lang', '_ga', 'careleaf_csrf', '__Host-careleaf_csrf'), fc.stringMatching(/^[A-Za-z0-9]{1,12}$/))
  .map(([k, v]) => `${k}=${v}`);

/** Every way of writing the session cookie that the cookie parser reads (and case variants it does not). */
function spellings(sessionName: string): fc.Arbitrary<Spelling> {
  return fc.record({
    name: fc.constantFrom(sessionName, sessionName.toUpperCase(), sessionName.replace('careleaf', 'Careleaf')),
    before: fc.constantFrom('', ' ', '  ', '\t'),
    after: fc.constantFrom('', ' ', '  ', '\t'),
    quoted: fc.boolean(),
    encoded: fc.boolean(),
    others: fc.tuple(fc.array(otherCookie, { maxLength: 3 }), fc.array(otherCookie, { maxLength: 3 })),
    duplicate: fc.constantFrom('none', 'junk-before', 'junk-after'),
  });
}

function cookieHeader(s: Spelling, token: string): string {
  const value = s.encoded ? encodeURIComponent(token).replace(/-/g, '%2D') : token;
  const session = `${s.name}${s.before}=${s.after}${s.quoted ? `"${value}"` : value}`;
  const junk = `${s.name}=junk`;
  const sessions = s.duplicate === 'junk-before' ? [junk, session] : s.duplicate === 'junk-after' ? [session, junk] : [session];
  return [...s.others[0], ...sessions, ...s.others[1]].join('; ');
}

let run = 0;

async function neverCached(api: TestApi, sessionName: string): Promise<void> {
  const client: SignedInClient = await signInAs(t, api, { tenantSlug, role: 'editor' });
  const token = client.cookies.get(sessionName);
  expect(token).toBeDefined();
  let signedInAnswers = 0;
  await fc.assert(
    fc.asyncProperty(spellings(sessionName), async (spelling) => {
      // A new text each run: a cached answer can only come from this run's signed-in request.
      const query = `# run ${++run}\n{ me { csrfToken user { email } } }`;
      const personal = await api.gql<{ me: { user: { email: string } } | null }>(query, {
        headers: { 'x-tenant': tenantSlug, cookie: cookieHeader(spelling, token!) },
        variables: {},
      });
      expect(personal.headers.get('x-cache')).toBeNull();
      if (personal.body.data?.me?.user.email === client.user.email) signedInAnswers++;

      const anonymous = await api.gql(query, { headers: { 'x-tenant': tenantSlug }, variables: {} });
      expect(anonymous.headers.get('x-cache')).toBe('MISS');
      expect(anonymous.body).toEqual({ data: { me: null } });
    }),
    { seed: 20260512, numRuns: 60 },
  );
  // The property was exercised with real sessions, not only with spellings the server ignored.
  expect(signedInAnswers).toBeGreaterThan(0);
}

test('no spelling of the secure session cookie is served from the public cache or stored in it', async () => {
  await neverCached(secure, '__Host-careleaf_session');
});

test('no spelling of the development session cookie is served from the public cache or stored in it', async () => {
  await neverCached(plain, 'careleaf_session');
});

test('an anonymous read is still cached beside cookies that carry no session', async () => {
  const query = `{ me { csrfToken } }`;
  const headers = { 'x-tenant': tenantSlug, cookie: 'theme=dark; lang=de' };
  expect((await secure.gql(query, { headers, variables: {} })).headers.get('x-cache')).toBe('MISS');
  expect((await secure.gql(query, { headers, variables: {} })).headers.get('x-cache')).toBe('HIT');
});
