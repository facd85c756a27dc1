import { auditTrail } from '../../apps/api/src/modules/audit/audit.queries';
import { AppError } from '../../apps/api/src/kernel/errors';
import { useTestDatabase } from '../support/database';
import { CITATION_SAMPLES, createCitation } from '../factories/citation.factory';
import { createTenant, testActor } from '../factories/tenant.factory';

const t = useTestDatabase();
let a: { id: string; slug: string };
let b: { id: string; slug: string };

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
});

const inA = <T>(fn: Parameters<typeof t.db.withTenant<T>>[1]) => t.db.withTenant(a.id, fn);

async function failure(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

async function countIn(tenantId: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM citations WHERE tenant_id = $1`, [tenantId]);
  return n;
}

test.each(Object.entries(CITATION_SAMPLES))('a %s is stored and read back with all its fields', async (_kind, sample) => {
  const created = await inA((tx) => t.services.citations.create(tx, testActor, { ...sample, doi: undefined, pubmedId: undefined }));
  const read = await inA((tx) => t.services.citations.get(tx, created.id));
  const { doi: _d, pubmedId: _p, ...expected } = sample as Record<string, unknown>;
  expect(read).toMatchObject({ ...expected, id: created.id, version: 1 });
});

test('invalid input is refused naming the field, and nothing is written', async () => {
  const before = await countIn(a.id);
  const e = await failure(
    inA((tx) => t.services.citations.create(tx, testActor, { ...CITATION_SAMPLES.journalArticle, doi: 'not-a-doi' })),
  );
  expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doi' });
  expect(await countIn(a.id)).toBe(before);
});

test('a second citation with the same DOI (any case, any prefix) is a CONFLICT naming the first', async () => {
  const first = await createCitation(t.services, a.id, { doi: '10.9999/Same.DOI', pubmedId: null });
  const e = await failure(createCitation(t.services, a.id, { doi: 'https://doi.org/10.9999/same.doi', pubmedId: null }));
  expect(e).toMatchObject({ code: 'CONFLICT', field: 'doi' });
  expect(e.message).toContain(first.id);
  // Another tenant may cite the same source.
  await expect(createCitation(t.services, b.id, { doi: '10.9999/same.doi', pubmedId: null })).resolves.toMatchObject({
    doi: '10.9999/same.doi',
  });
});

test('an update replaces the fields, bumps the version and is audited with the changes', async () => {
  const c = await createCitation(t.services, a.id);
  const updated = await inA((tx) =>
    t.services.citations.update(tx, testActor, c.id, { ...CITATION_SAMPLES.webPage, title: 'Moved to a web page' }, 1),
  );
  expect(updated).toMatchObject({ kind: 'webPage', title: 'Moved to a web page', version: 2 });
  expect(updated).not.toHaveProperty('journal');
  expect(updated.doi).toBeUndefined();
  const trail = await inA((tx) => auditTrail(tx.em, 'citation', c.id));
  expect(trail.map((e) => e.action)).toEqual(['citation.create', 'citation.update']);
  expect(trail[1]!.diff).toMatchObject({ kind: { before: 'journalArticle', after: 'webPage' }, title: { after: 'Moved to a web page' } });
});

test('an update based on an old version is a CONFLICT and changes nothing', async () => {
  const c = await createCitation(t.services, a.id);
  await inA((tx) => t.services.citations.update(tx, testActor, c.id, { ...CITATION_SAMPLES.book }, 1));
  const e = await failure(inA((tx) => t.services.citations.update(tx, testActor, c.id, { ...CITATION_SAMPLES.guideline }, 1)));
  expect(e).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
  expect(await inA((tx) => t.services.citations.get(tx, c.id))).toMatchObject({ kind: 'book', version: 2 });
});

test('delete is refused while the content module reports the citation in use, and allowed after', async () => {
  const c = await createCitation(t.services, a.id);
  const inUse = new Set([c.id]);
  t.services.usage.provide({ isCitationInUse: async (_tx, id) => inUse.has(id) });
  try {
    const e = await failure(inA((tx) => t.services.citations.delete(tx, testActor, c.id)));
    expect(e.code).toBe('CONFLICT');
    inUse.clear();
    await inA((tx) => t.services.citations.delete(tx, testActor, c.id));
    expect((await failure(inA((tx) => t.services.citations.get(tx, c.id)))).code).toBe('NOT_FOUND');
  } finally {
    t.services.usage.provide({ isCitationInUse: async () => false });
  }
});

test("tenant A's service calls cannot read, change or delete tenant B's citations", async () => {
  const theirs = await createCitation(t.services, b.id);
  expect((await failure(inA((tx) => t.services.citations.get(tx, theirs.id)))).code).toBe('NOT_FOUND');
  expect((await failure(inA((tx) => t.services.citations.update(tx, testActor, theirs.id, CITATION_SAMPLES.book)))).code).toBe('NOT_FOUND');
  expect((await failure(inA((tx) => t.services.citations.delete(tx, testActor, theirs.id)))).code).toBe('NOT_FOUND');
  expect((await inA((tx) => t.services.citations.byIds(tx, [theirs.id]))).size).toBe(0);
  const page = await inA((tx) => t.services.citations.list(tx, { first: 100 }));
  expect(page.nodes.map((n) => n.node.id)).not.toContain(theirs.id);
  expect(await t.db.withTenant(b.id, (tx) => t.services.citations.get(tx, theirs.id))).toMatchObject({ title: theirs.title });
});

test('the list pages newest first with cursors, without gaps or repeats, and filters by kind and search', async () => {
  const tenant = await createTenant(t.services);
  const made: string[] = [];
  for (let i = 0; i < 7; i++) made.push((await createCitation(t.services, tenant.id, { title: `Paged article ${i}` })).id);
  await createCitation(t.services, tenant.id, { ...CITATION_SAMPLES.guideline, title: 'A guideline on fatigue' });
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page = await t.db.withTenant(tenant.id, (tx) => t.services.citations.list(tx, { first: 3, after, kind: 'journalArticle' }));
    expect(page.totalCount).toBe(7);
    seen.push(...page.nodes.map((n) => n.node.id));
    after = page.hasNextPage ? page.nodes.at(-1)!.cursor : null;
    pages++;
  } while (after);
  expect(pages).toBe(3);
  expect(seen).toEqual([...made].reverse());

  const search = await t.db.withTenant(tenant.id, (tx) => t.services.citations.list(tx, { search: 'fatigue' }));
  expect(search.nodes.map((n) => n.node.title)).toEqual(['A guideline on fatigue']);
  const byDoi = await t.db.withTenant(tenant.id, async (tx) => {
    const one = await t.services.citations.get(tx, made[2]!);
    return t.services.citations.list(tx, { search: `doi:${one.doi!.toUpperCase()}` });
  });
  expect(byDoi.nodes.map((n) => n.node.id)).toEqual([made[2]]);
});

test('a forged cursor is BAD_USER_INPUT, not a server error', async () => {
  const forged = Buffer.from(JSON.stringify(["2026-01-01'; DROP TABLE citations; --", 'x'])).toString('base64url');
  expect(await failure(inA((tx) => t.services.citations.list(tx, { after: forged })))).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'after',
  });
  expect(await failure(inA((tx) => t.services.citations.list(tx, { after: 'garbage' })))).toMatchObject({ field: 'after' });
});

test('the importer finds an existing citation by DOI or PubMed id', async () => {
  const c = await createCitation(t.services, a.id, { doi: '10.7777/find.me', pubmedId: '12345678' });
  expect((await inA((tx) => t.services.citations.findByIdentifier(tx, { doi: '10.7777/FIND.ME' })))?.id).toBe(c.id);
  expect((await inA((tx) => t.services.citations.findByIdentifier(tx, { pubmedId: '12345678' })))?.id).toBe(c.id);
  expect(await inA((tx) => t.services.citations.findByIdentifier(tx, { pubmedId: '87654321' }))).toBeNull();
});
