import { createTenant } from '../factories/tenant.factory';
import { createDocument, publish } from '../factories/document.factory';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, tenantHeader } from '../support/session';

// A partner portal's browser code reading the public API across origins: only the tenant's listed origins get CORS headers.
const t = useTestDatabase();
const api = useTestApi(t);
let a: { id: string; slug: string };
let b: { id: string; slug: string };

const PORTAL = 'https://portal.example.org';
const READ = `{ publishedDocument(slug: "cors", locale: "de") { title } }`;
const UPDATE = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { tenant { corsOrigins } } }`;

async function read(tenant: string, origin?: string) {
  return fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...tenantHeader(tenant), ...(origin ? { origin } : {}) },
    body: JSON.stringify({ query: READ }),
  });
}

async function preflight(tenant: string, origin: string) {
  return fetch(`${api.baseUrl}/graphql`, {
    method: 'OPTIONS',
    headers: {
      ...tenantHeader(tenant),
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
}

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
  for (const tenant of [a, b]) {
    const { document } = await createDocument(t.services, tenant.id, { slug: 'cors', title: 'Offen lesbar' });
    await publish(t.services, tenant.id, document.id);
  }
  const admin = await signInAs(t, api, { tenantSlug: a.slug, role: 'admin' });
  const res = await admin.gql<{ updateTenantSettings: { tenant: { corsOrigins: string[] } } }>(UPDATE, {
    variables: { input: { corsOrigins: ['https://Portal.example.org/', 'http://localhost:5173', PORTAL] } },
  });
  expect(res.body.errors).toBeUndefined();
  // Written as browsers send them, once each.
  expect(res.body.data?.updateTenantSettings.tenant.corsOrigins).toEqual([PORTAL, 'http://localhost:5173']);
});

test("a listed origin may read the tenant's public API: the answer names it and varies by Origin", async () => {
  const res = await read(a.slug, PORTAL);
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe(PORTAL);
  expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  expect(res.headers.get('vary')).toMatch(/Origin/);
  expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  // The second read comes from the public cache and still carries the headers.
  const again = await read(a.slug, PORTAL);
  expect(again.headers.get('x-cache')).toBe('HIT');
  expect(again.headers.get('access-control-allow-origin')).toBe(PORTAL);
  expect(again.headers.get('vary')).toMatch(/Origin/);
  expect(again.headers.get('vary')).toMatch(/Cookie/);
});

test('the preflight is answered for a listed origin with the methods and headers a reader needs', async () => {
  const res = await preflight(a.slug, PORTAL);
  expect(res.status).toBe(204);
  expect(res.headers.get('access-control-allow-origin')).toBe(PORTAL);
  expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST');
  expect(res.headers.get('access-control-allow-headers')).toContain('content-type');
  expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
});

test("other origins, and another tenant's origins, get no CORS headers", async () => {
  for (const res of [await read(a.slug, 'https://evil.example.net'), await read(b.slug, PORTAL), await preflight(b.slug, PORTAL)]) {
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  }
  // Without an Origin (a server, the tenant's own site) nothing changes.
  const plain = await read(a.slug);
  expect(plain.status).toBe(200);
  expect(plain.headers.get('access-control-allow-origin')).toBeNull();
});

test('an origin with a path, a non-https origin on another machine or too many origins are refused and nothing is stored', async () => {
  const admin = await signInAs(t, api, { tenantSlug: a.slug, role: 'admin' });
  for (const [origins, reason] of [
    [['https://portal.example.org/articles'], 'CORS_ORIGIN_INVALID'],
    [['http://portal.example.org'], 'CORS_ORIGIN_INVALID'],
    [['javascript:alert(1)'], 'CORS_ORIGIN_INVALID'],
    [['https://user:pw@portal.example.org'], 'CORS_ORIGIN_INVALID'],
    [Array.from({ length: 21 }, (_, i) => `https://p${i}.example.org`), 'TOO_MANY'],
  ] as const) {
    const res = await admin.gql(UPDATE, { variables: { input: { corsOrigins: origins } } });
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(error?.extensions?.reason)).toMatch(new RegExp(`^(${reason})$`));
  }
  const stored = await api.gql<{ tenant: { corsOrigins: string[] } }>(`{ tenant { corsOrigins } }`, { headers: tenantHeader(a.slug) });
  expect(stored.body.data?.tenant.corsOrigins).toEqual([PORTAL, 'http://localhost:5173']);
});

test('only admins change the origins', async () => {
  const editor = await signInAs(t, api, { tenantSlug: a.slug, role: 'editor' });
  const res = await editor.gql(UPDATE, { variables: { input: { corsOrigins: [] } } });
  expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
