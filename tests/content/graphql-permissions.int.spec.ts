import type { Transition } from '../../apps/api/src/modules/content/workflow.service';
import { ROLES, roleMay, type Action, type Role } from '../../apps/api/src/kernel/policy';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, publish, systemActor } from '../factories/document.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let own: { id: string; slug: string };
let foreign: { id: string; slug: string };
const clients = new Map<string, SignedInClient>();

const CONTENT = { title: 'Titel', summary: '', blocks: [{ id: 'p-1', type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }] };

/** Each mutation, the permission of the policy table it needs, the state its document must be in, and how to call it. */
const MUTATIONS: {
  name: string;
  rule: Action;
  before: Transition[] | 'published' | 'none';
  query: (id: string, revisionId: string) => string;
}[] = [
  {
    name: 'createDocument',
    rule: 'document.create',
    before: 'none',
    query: () =>
      `mutation($content: JSON!) { createDocument(input: { kind: ARTICLE, locale: "de", slug: "neu-${Math.random().toString(36).slice(2, 8)}", content: $content }) { document { id } } }`,
  },
  {
    name: 'importDocument',
    rule: 'document.create',
    before: 'none',
    query: () =>
      `mutation { importDocument(input: { format: MARKDOWN, locale: "de", source: "# Import ${Math.random().toString(36).slice(2, 8)}\\n\\nText." }) { document { id } } }`,
  },
  {
    name: 'saveTranslation',
    rule: 'translation.edit',
    before: [],
    query: (id) =>
      `mutation($content: JSON!) { saveTranslation(input: { documentId: "${id}", locale: "de", baseVersion: 1, content: $content }) { revision { id } } }`,
  },
  {
    name: 'restoreRevision',
    rule: 'translation.edit',
    before: [],
    query: (_id, rev) => `mutation { restoreRevision(input: { revisionId: "${rev}", baseVersion: 1 }) { revision { id } } }`,
  },
  {
    name: 'updateDocumentMetadata',
    rule: 'document.editDetails',
    before: [],
    query: (id) => `mutation { updateDocumentMetadata(input: { documentId: "${id}", topics: ["krebs"] }) { document { id } } }`,
  },
  {
    name: 'submitForReview',
    rule: 'translation.submit',
    before: [],
    query: (id) => `mutation { submitForReview(input: { documentId: "${id}", locale: "de" }) { documentLocale { status } } }`,
  },
  {
    name: 'approveTranslation',
    rule: 'translation.approve',
    before: ['submit'],
    query: (id, rev) =>
      `mutation { approveTranslation(input: { documentId: "${id}", locale: "de", revisionId: "${rev}" }) { documentLocale { status } } }`,
  },
  {
    name: 'sendBackTranslation',
    rule: 'translation.sendBack',
    before: ['submit'],
    query: (id, rev) =>
      `mutation { sendBackTranslation(input: { documentId: "${id}", locale: "de", comment: "Bitte belegen", revisionId: "${rev}" }) { documentLocale { status } } }`,
  },
  {
    name: 'publishTranslation',
    rule: 'document.publish',
    before: ['submit', 'approve'],
    query: (id, rev) =>
      `mutation { publishTranslation(input: { documentId: "${id}", locale: "de", revisionId: "${rev}" }) { documentLocale { status } } }`,
  },
  {
    name: 'unpublishTranslation',
    rule: 'document.unpublish',
    before: 'published',
    query: (id) => `mutation { unpublishTranslation(input: { documentId: "${id}", locale: "de" }) { documentLocale { status } } }`,
  },
  {
    name: 'archiveTranslation',
    rule: 'document.archive',
    before: 'published',
    query: (id) => `mutation { archiveTranslation(input: { documentId: "${id}", locale: "de" }) { documentLocale { status } } }`,
  },
];

/** Operations that declare $content get the document content as a variable. */
const vars = (q: string) => (q.includes('$content') ? { content: CONTENT } : {});

async function prepare(tenantId: string, before: (typeof MUTATIONS)[number]['before']): Promise<{ id: string; revisionId: string }> {
  const { document, revision } = await createDocument(t.services, tenantId);
  if (before === 'published') await publish(t.services, tenantId, document.id);
  else if (before !== 'none') {
    for (const step of before)
      await t.db.withTenant(tenantId, (tx) =>
        t.services.workflow.transition(tx, systemActor, step, { documentId: document.id, locale: 'de' }),
      );
  }
  return { id: document.id, revisionId: revision.id };
}

beforeAll(async () => {
  own = await createTenant(t.services);
  foreign = await createTenant(t.services);
  for (const role of ROLES) {
    clients.set(`own:${role}`, await signInAs(t, api, { tenantSlug: own.slug, role, locales: ['de'] }));
    clients.set(`foreign:${role}`, await signInAs(t, api, { tenantSlug: foreign.slug, role, locales: ['de'] }));
  }
});

describe.each(MUTATIONS)('$name', ({ rule, before, query }) => {
  test.each([...ROLES])('a member with the role %s of the same tenant is allowed exactly where the rules say', async (role: Role) => {
    const doc = await prepare(own.id, before);
    const res = await clients.get(`own:${role}`)!.gql(query(doc.id, doc.revisionId), { variables: vars(query(doc.id, doc.revisionId)) });
    expect(outcome(res)).toBe(roleMay(role, rule) ? 'OK' : 'FORBIDDEN');
  });

  test.each([...ROLES])('a %s of another tenant is refused', async (role: Role) => {
    const doc = await prepare(own.id, before);
    const res = await clients
      .get(`foreign:${role}`)!
      .gql(query(doc.id, doc.revisionId), { tenant: own.slug, variables: vars(query(doc.id, doc.revisionId)) });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(outcome(res));
  });

  test('an anonymous caller is asked to sign in', async () => {
    const doc = await prepare(own.id, before);
    const res = await api.gql(query(doc.id, doc.revisionId), {
      headers: { 'x-tenant': own.slug, 'apollo-require-preflight': 'true' },
      variables: vars(query(doc.id, doc.revisionId)),
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

test('an admin who changed a version cannot approve it; a reviewer can', async () => {
  const doc = await prepare(own.id, []);
  const admin = clients.get('own:admin')!;
  const saved = await admin.gql<{ saveTranslation: { revision: { id: string } } }>(
    MUTATIONS.find((m) => m.name === 'saveTranslation')!.query(doc.id, doc.revisionId),
    { variables: { content: CONTENT } },
  );
  expect(outcome(saved)).toBe('OK');
  expect(
    outcome(
      await admin.gql(`mutation { submitForReview(input: { documentId: "${doc.id}", locale: "de" }) { documentLocale { status } } }`),
    ),
  ).toBe('OK');
  const approve = `mutation { approveTranslation(input: { documentId: "${doc.id}", locale: "de", revisionId: "${saved.body.data!.saveTranslation.revision.id}" }) { documentLocale { status } } }`;
  expect(outcome(await admin.gql(approve))).toBe('FORBIDDEN');
  expect(outcome(await clients.get('own:reviewer')!.gql(approve))).toBe('OK');
});
