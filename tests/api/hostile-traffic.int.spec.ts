import { startApiProcess, inBatches, type ApiProcess } from '../support/api-process';
import { useTestDatabase } from '../support/database';
import { testMode } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { createPublishedDocument } from '../factories/document.factory';

const t = useTestDatabase();
const READ = `query Read($slug: String!) { publishedDocument(slug: $slug, locale: "de") { title } }`;
// Just under a megabyte with the JSON around it: below the 1 MB body limit, far above the query limit.
const PADDING = `# ${'x'.repeat(900 * 1024)}\n`;
const REQUESTS = 100;
const CONCURRENCY = 4;
// The API runs with a 224 MiB old space; a process that keeps hostile query text grows far past this before it dies.
const RSS_LIMIT_MIB = 320;

let tenantSlug: string;

interface Answer {
  status: number;
  body: { data?: { publishedDocument: { title: string } | null } | null; errors?: { extensions?: Record<string, unknown> }[] };
}

async function read(target: ApiProcess, query: string): Promise<Answer> {
  const res = await fetch(target.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': tenantSlug },
    body: JSON.stringify({ query, variables: { slug: 'belastbar' } }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

// The API runs as a process of its own over this file's database; the embedded database serves one process only.
const serverOnly = testMode() === 'server' ? describe : describe.skip;

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantSlug = tenant.slug;
  await createPublishedDocument(t.services, tenant.id, { slug: 'belastbar', title: 'Bleibt lesbar' });
});

serverOnly('the API under hostile anonymous traffic', () => {
  let api: ApiProcess;

  beforeAll(async () => {
    api = await startApiProcess(t.url);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
  });

  test('oversized queries are refused with QUERY_TOO_LARGE and distinct small ones are answered, while memory stays bounded', async () => {
    const oversized = await inBatches(REQUESTS, CONCURRENCY, (i) => read(api, `${PADDING}# ${i}\n${READ}`));
    for (const answer of oversized) {
      expect(answer.status).toBe(413);
      expect(answer.body.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_LARGE',
        reason: 'QUERY_TOO_LARGE',
        field: 'query',
        limit: 32 * 1024,
      });
    }
    expect(api.alive()).toBe(true);

    // Each a new text, so a new key for every cache keyed by query.
    const distinct = await inBatches(REQUESTS, CONCURRENCY, (i) =>
      read(api, `# reader ${i}\nquery Read($slug: String!) { alias${i}: publishedDocument(slug: $slug, locale: "de") { title } }`),
    );
    for (const answer of distinct) expect(answer.status).toBe(200);

    expect(api.alive()).toBe(true);
    const rss = api.rssMiB();
    if (rss !== null) expect(rss).toBeLessThan(RSS_LIMIT_MIB);

    const normal = await read(api, READ);
    expect(normal).toEqual({ status: 200, body: { data: { publishedDocument: { title: 'Bleibt lesbar' } } } });
  }, 90_000);
});

serverOnly('the API with the query limit raised above the padding', () => {
  let raised: ApiProcess;

  beforeAll(async () => {
    raised = await startApiProcess(t.url, { GRAPHQL_MAX_QUERY_BYTES: String(1024 * 1024) });
  }, 180_000);

  afterAll(async () => {
    await raised?.stop();
  });

  test('its parsed-document and public caches count the query text, so 250 distinct 900 KB queries do not exhaust the heap', async () => {
    const answers = await inBatches(250, CONCURRENCY, (i) => read(raised, `${PADDING}# ${i}\n${READ}`));
    for (const answer of answers)
      expect(answer).toEqual({ status: 200, body: { data: { publishedDocument: { title: 'Bleibt lesbar' } } } });
    expect(raised.alive()).toBe(true);
    const rss = raised.rssMiB();
    if (rss !== null) expect(rss).toBeLessThan(RSS_LIMIT_MIB);
  }, 120_000);
});
