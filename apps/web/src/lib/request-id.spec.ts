import http from 'node:http';
import type { TypedDocumentString } from '@careleaf/schema/web/graphql';
import { execute } from './graphql';
import { requestIdFrom } from './request-id';

test('an incoming request id is kept when valid and replaced when missing, too long or malformed', () => {
  expect(requestIdFrom('lb-7f3a.1')).toBe('lb-7f3a.1');
  for (const bad of [null, '', 'x'.repeat(129), 'a b', 'ü']) expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
});

test('the web app sends the request id to the API with uncached calls, and not with shared cached reads', async () => {
  const seen: (string | undefined)[] = [];
  const api = http.createServer((req, res) => {
    seen.push(req.headers['x-request-id'] as string | undefined);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  const previous = process.env.CARELEAF_API_URL;
  process.env.CARELEAF_API_URL = `http://127.0.0.1:${(api.address() as { port: number }).port}/graphql`;
  try {
    const doc = { toString: () => '{ ok }' } as unknown as TypedDocumentString<unknown, Record<string, never>>;
    await execute(doc, {}, { host: 'a.example', requestId: 'web-req-1' });
    await execute(doc, {}, { host: 'a.example', requestId: 'web-req-2', cacheTags: ['t:a'] });
    expect(seen).toEqual(['web-req-1', undefined]);
  } finally {
    process.env.CARELEAF_API_URL = previous;
    await new Promise((r) => api.close(r));
  }
});
