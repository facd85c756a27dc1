import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { readSource } from '../../kernel/db/read-source';
import { PublicResponseCache } from './public-cache';
import { readRouting } from './read-routing';
import type { TenantRouter } from './tenant-routing';

const primary = { name: 'primary' } as unknown as DataSource;
const replica = { name: 'replica' } as unknown as DataSource;
const router = { resolve: async () => ({ ref: { id: 't1', slug: 't1', name: 'T' }, config: {} }) } as unknown as TenantRouter;
const cache = new PublicResponseCache(new Set(['publishedDocument', 'search']));
const READ = '{ publishedDocument(slug: "a", locale: "de") { title } }';

/** Where the request's tenant reads would go, as the rest of the request sees it. */
function routed(req: Partial<Request>, chooser = { sourceFor: () => replica }): Promise<string> {
  const full = { method: 'POST', query: {}, body: {}, cookies: {}, get: () => undefined, ...req } as unknown as Request;
  return new Promise((resolve) => {
    readRouting(chooser, router, cache)(full, {} as Response, () => resolve((readSource(primary) as unknown as { name: string }).name));
  });
}

test('an anonymous read of public fields runs on the replica the chooser gives', async () => {
  expect(await routed({ body: { query: READ } })).toBe('replica');
  expect(await routed({ method: 'GET', query: { query: READ } })).toBe('replica');
});

test('signed-in requests, mutations and non-public fields stay on the primary', async () => {
  const cookie = (name: string) => (name.toLowerCase() === 'cookie' ? '__Host-careleaf_session=abc' : undefined);
  expect(await routed({ body: { query: READ }, get: cookie as Request['get'] })).toBe('primary');
  const auth = (name: string) => (name.toLowerCase() === 'authorization' ? 'Bearer x' : undefined);
  expect(await routed({ body: { query: READ }, get: auth as Request['get'] })).toBe('primary');
  expect(await routed({ body: { query: 'mutation { publishedDocument }' } })).toBe('primary');
  expect(await routed({ body: { query: '{ me { id } publishedDocument(slug: "a", locale: "de") { title } }' } })).toBe('primary');
});

test('a tenant no replica has caught up with reads the primary', async () => {
  expect(await routed({ body: { query: READ } }, { sourceFor: () => null as unknown as DataSource })).toBe('primary');
});
