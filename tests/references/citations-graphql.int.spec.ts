import type { Role } from '../../apps/api/src/kernel/policy';
import { useTestDatabase } from '../support/database';
import { useGraphQLAs, type Caller } from '../support/graphql-as';
import { createCitation } from '../factories/citation.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const gql = useGraphQLAs(t);
let a: { id: string; slug: string };
let b: { id: string; slug: string };
const callers = {} as Record<Role, Caller> & { anonymous: Caller; editorOfB: Caller };

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
  for (const role of ['admin', 'editor', 'translator', 'reviewer', 'viewer'] as const) {
    const user = await createUser(t.services, { tenantSlug: a.slug, role, locales: role === 'translator' ? ['en'] : [] });
    callers[role] = { tenant: a, user, role };
  }
  callers.anonymous = { tenant: a };
  callers.editorOfB = { tenant: b, user: await createUser(t.services, { tenantSlug: b.slug, role: 'editor' }), role: 'editor' };
});

const CREATE = `mutation ($input: CreateCitationInput!) {
  createCitation(input: $input) { citation { id kind title year doi pubmedId authors { family given } version formatted(locale: "de") { text links { kind href } } } }
}`;
const ARTICLE = {
  kind: 'JOURNAL_ARTICLE',
  authors: [{ family: 'Becker', given: 'Jonas' }],
  title: 'Exercise during adjuvant chemotherapy',
  journal: 'Support Care Cancer',
  year: 2022,
  doi: 'doi:10.4242/scc.2022.1',
  pubmedId: '35555555',
};

async function count(): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM citations`);
  return n;
}

test('an editor creates a citation and gets it back normalised and formatted', async () => {
  const res = await gql(callers.editor, CREATE, { input: ARTICLE });
  expect(res.errors).toEqual([]);
  expect(res.data?.createCitation.citation).toMatchObject({
    kind: 'JOURNAL_ARTICLE',
    doi: '10.4242/scc.2022.1',
    version: 1,
    formatted: {
      text: 'Becker J. Exercise during adjuvant chemotherapy. Support Care Cancer. 2022. doi:10.4242/scc.2022.1. PMID: 35555555.',
      links: [
        { kind: 'DOI', href: 'https://doi.org/10.4242/scc.2022.1' },
        { kind: 'PUBMED', href: 'https://pubmed.ncbi.nlm.nih.gov/35555555/' },
      ],
    },
  });
});

test.each<[string, Record<string, unknown>, string]>([
  ['a PubMed id with letters', { pubmedId: 'PMC123' }, 'pubmedId'],
  ['a DOI that is a web address of another site', { doi: 'https://example.org/paper' }, 'doi'],
  ['a guideline field on an article', { registryNumber: 'AWMF 1' }, 'registryNumber'],
  ['an author without a family name', { authors: [{ family: '', given: 'Jo' }] }, 'authors[0].family'],
])('%s is BAD_USER_INPUT naming the field over GraphQL, and nothing is stored', async (_label, change, field) => {
  const before = await count();
  const res = await gql(callers.editor, CREATE, { input: { ...ARTICLE, doi: null, pubmedId: null, ...change } });
  expect(res.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(await count()).toBe(before);
});

test.each(['translator', 'reviewer', 'viewer'] as const)('a %s cannot create, update or delete citations', async (role) => {
  const c = await createCitation(t.services, a.id);
  const before = await count();
  const create = await gql(callers[role], CREATE, { input: { ...ARTICLE, doi: null, pubmedId: null } });
  expect(create.errors[0]?.code).toBe('FORBIDDEN');
  const del = await gql(callers[role], `mutation ($id: ID!) { deleteCitation(input: { id: $id }) { deletedId } }`, { id: c.id });
  expect(del.errors[0]?.code).toBe('FORBIDDEN');
  const upd = await gql(
    callers[role],
    `mutation ($id: ID!) { updateCitation(input: { id: $id, kind: BOOK, title: "x", publisher: "y", year: 2000, authors: [{ family: "z" }] }) { citation { id } } }`,
    { id: c.id },
  );
  expect(upd.errors[0]?.code).toBe('FORBIDDEN');
  expect(await count()).toBe(before);
});

test.each(['admin', 'editor', 'translator', 'reviewer'] as const)('the %s role can list and read citations', async (role) => {
  const c = await createCitation(t.services, a.id);
  const res = await gql(
    callers[role],
    `query ($id: ID!) { citation(id: $id) { id title } citations(first: 100) { totalCount edges { node { id } } } }`,
    {
      id: c.id,
    },
  );
  expect(res.errors).toEqual([]);
  expect(res.data?.citation.id).toBe(c.id);
  expect(res.data?.citations.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(c.id);
});

test('viewers and anonymous readers cannot read the citation list', async () => {
  expect((await gql(callers.viewer, `{ citations { totalCount } }`)).errors[0]?.code).toBe('FORBIDDEN');
  expect((await gql(callers.anonymous, `{ citations { totalCount } }`)).errors[0]?.code).toBe('UNAUTHENTICATED');
});

test("an editor of tenant A cannot read, change or delete tenant B's citation over GraphQL", async () => {
  const theirs = await createCitation(t.services, b.id);
  const read = await gql(callers.editor, `query ($id: ID!) { citation(id: $id) { id title } }`, { id: theirs.id });
  expect(read.errors[0]?.code).toBe('NOT_FOUND');
  expect(read.data).toBeNull();
  const list = await gql(callers.editor, `{ citations(first: 100) { edges { node { id } } } }`);
  expect(list.data?.citations.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(theirs.id);
  const del = await gql(callers.editor, `mutation ($id: ID!) { deleteCitation(input: { id: $id }) { deletedId } }`, { id: theirs.id });
  expect(del.errors[0]?.code).toBe('NOT_FOUND');
  const own = await gql(callers.editorOfB, `query ($id: ID!) { citation(id: $id) { title } }`, { id: theirs.id });
  expect(own.data?.citation.title).toBe(theirs.title);
});

test('update with a stale version is a CONFLICT; with the current one it applies', async () => {
  const c = await createCitation(t.services, a.id);
  const UPDATE = `mutation ($input: UpdateCitationInput!) { updateCitation(input: $input) { citation { version kind title formatted(locale: "en") { text } } } }`;
  const input = {
    id: c.id,
    kind: 'WEB_PAGE',
    title: 'Side effects explained',
    url: 'https://example.org/se',
    accessedOn: '2026-10-01',
    organisation: 'Example Cancer Charity',
  };
  const ok = await gql(callers.admin, UPDATE, { input: { ...input, expectedVersion: 1 } });
  expect(ok.errors).toEqual([]);
  expect(ok.data?.updateCitation.citation).toMatchObject({ version: 2, kind: 'WEB_PAGE' });
  expect(ok.data?.updateCitation.citation.formatted.text).toBe(
    'Example Cancer Charity. Side effects explained [Internet]. Available from: https://example.org/se (accessed 1 October 2026)',
  );
  const stale = await gql(callers.editor, UPDATE, { input: { ...input, title: 'Other', expectedVersion: 1 } });
  expect(stale.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
});

test('deleting a citation removes it and is audited with the user as actor', async () => {
  const c = await createCitation(t.services, a.id);
  const res = await gql(callers.editor, `mutation ($id: ID!) { deleteCitation(input: { id: $id }) { deletedId } }`, { id: c.id });
  expect(res.data?.deleteCitation.deletedId).toBe(c.id);
  const [entry] = await t.dataSource.query(`SELECT actor_user_id, action FROM audit_log WHERE subject_id = $1 ORDER BY id DESC LIMIT 1`, [
    c.id,
  ]);
  expect(entry).toEqual({ actor_user_id: callers.editor.user!.id, action: 'citation.delete' });
});

test('a malformed id is NOT_FOUND, not a server error', async () => {
  const res = await gql(callers.editor, `{ citation(id: "1 OR 1=1") { id } }`);
  expect(res.errors[0]?.code).toBe('NOT_FOUND');
});

test('the connection pages with first/after and reports whether more follow', async () => {
  const tenant = await createTenant(t.services);
  const editor = { tenant, user: await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' }), role: 'editor' as const };
  for (let i = 0; i < 3; i++) await createCitation(t.services, tenant.id);
  const Q = `query ($after: String) { citations(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
  const one = await gql(editor, Q);
  expect(one.data?.citations).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  expect(one.data?.citations.edges).toHaveLength(2);
  const two = await gql(editor, Q, { after: one.data?.citations.pageInfo.endCursor });
  expect(two.data?.citations.pageInfo.hasNextPage).toBe(false);
  expect(two.data?.citations.edges).toHaveLength(1);
  expect((await gql(editor, `{ citations(first: 500) { totalCount } }`)).errors[0]).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'first',
  });
});
