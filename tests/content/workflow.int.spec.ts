import { auditTrail } from '../../apps/api/src/modules/audit/audit.queries';
import type { Principal } from '../../apps/api/src/kernel/policy';
import type { Transition } from '../../apps/api/src/modules/content/workflow.service';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { content, createDocument } from '../factories/document.factory';

const t = useTestDatabase();
let tenantId: string;
let editor: Principal;
let reviewer: Principal;
let secondReviewer: Principal;

const as = (user: { id: string; email: string }, role: Principal['role'], locales: string[] = []): Principal => ({
  userId: user.id,
  label: user.email,
  role,
  locales,
});

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantId = tenant.id;
  editor = as(await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' }), 'editor');
  reviewer = as(await createUser(t.services, { tenantSlug: tenant.slug, role: 'reviewer' }), 'reviewer');
  secondReviewer = as(await createUser(t.services, { tenantSlug: tenant.slug, role: 'reviewer' }), 'reviewer');
});

const step = (actor: Principal, action: Transition, documentId: string, comment?: string) =>
  t.db.withTenant(tenantId, (tx) => t.services.workflow.transition(tx, actor, action, { documentId, locale: 'de', comment }));

test('a document goes from draft through review and approval to published, each step audited with its comment', async () => {
  const { document } = await createDocument(t.services, tenantId, { actor: editor });
  expect((await step(editor, 'submit', document.id, 'Bitte medizinisch prüfen')).row.status).toBe('in_review');
  expect((await step(reviewer, 'approve', document.id, 'Fachlich korrekt')).row.status).toBe('approved');
  const published = await step(editor, 'publish', document.id);
  expect(published.row.status).toBe('published');
  expect(published.row.publishedRevisionId).toBe(published.row.headRevisionId);
  expect(published.events).toEqual([{ tenantId, documentId: document.id, locale: 'de', action: 'publish' }]);

  const trail = await t.db.withTenant(tenantId, ({ em }) => auditTrail(em, 'document', document.id));
  expect(trail.map((e) => [e.action, e.actorLabel])).toEqual([
    ['document.create', editor.label],
    ['workflow.submit', editor.label],
    ['workflow.approve', reviewer.label],
    ['workflow.publish', editor.label],
  ]);
  expect(trail[2]?.diff).toMatchObject({ from: 'in_review', to: 'approved', comment: 'Fachlich korrekt' });
});

test('a reviewer cannot approve a version they changed themselves; another reviewer can', async () => {
  const { document } = await createDocument(t.services, tenantId, { actor: editor });
  // the reviewer fixes a typo during review (as an admin would let them), then tries to approve
  const reviewerWithEdit = { ...reviewer, role: 'admin' as const };
  await t.db.withTenant(tenantId, (tx) =>
    t.services.documents.save(tx, reviewerWithEdit, {
      documentId: document.id,
      locale: 'de',
      baseVersion: 1,
      content: content('Typo fixed'),
    }),
  );
  await step(editor, 'submit', document.id);
  await expect(step(reviewer, 'approve', document.id)).rejects.toMatchObject({
    code: 'FORBIDDEN',
    message: expect.stringMatching(/someone else must approve/),
  });
  expect((await step(secondReviewer, 'approve', document.id)).row.status).toBe('approved');
});

test('sending back needs a comment and returns the version to draft', async () => {
  const { document } = await createDocument(t.services, tenantId, { actor: editor });
  await step(editor, 'submit', document.id);
  await expect(step(reviewer, 'sendBack', document.id, '  ')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
  const back = await step(reviewer, 'sendBack', document.id, 'Die Dosierung in Abschnitt 3 bitte belegen.');
  expect(back.row.status).toBe('draft');
});

test('a step that does not fit the current state is a CONFLICT and changes nothing', async () => {
  const { document } = await createDocument(t.services, tenantId, { actor: editor });
  await expect(step(editor, 'publish', document.id)).rejects.toMatchObject({ code: 'CONFLICT', field: 'status' });
  await expect(step(reviewer, 'approve', document.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  await expect(step(editor, 'unpublish', document.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  const row = await t.db.withTenant(tenantId, (tx) => t.services.documents.documentLocale(tx, document.id, 'de'));
  expect(row.status).toBe('draft');
});

test('editing an approved version sends it back to draft, so the changed text needs approval again', async () => {
  const { document } = await createDocument(t.services, tenantId, { actor: editor });
  await step(editor, 'submit', document.id);
  await step(reviewer, 'approve', document.id);
  await t.db.withTenant(tenantId, (tx) =>
    t.services.documents.save(tx, editor, {
      documentId: document.id,
      locale: 'de',
      baseVersion: 1,
      content: content('Changed after approval'),
    }),
  );
  const row = await t.db.withTenant(tenantId, (tx) => t.services.documents.documentLocale(tx, document.id, 'de'));
  expect(row).toMatchObject({ status: 'draft', approvedRevisionId: null, version: 2 });
  await expect(step(editor, 'publish', document.id)).rejects.toMatchObject({ code: 'CONFLICT' });
});

test('unpublishing removes the public snapshot and archiving closes the locale for edits', async () => {
  const { document } = await createDocument(t.services, tenantId, { actor: editor });
  await step(editor, 'submit', document.id);
  await step(reviewer, 'approve', document.id);
  await step(editor, 'publish', document.id);
  const down = await step(editor, 'unpublish', document.id);
  expect(down.row).toMatchObject({ status: 'unpublished', publishedRevisionId: null });
  expect(down.events[0]?.action).toBe('unpublish');
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM published_documents WHERE document_id = $1`, [document.id]);
  expect(n).toBe(0);
  await step(editor, 'archive', document.id);
  await expect(
    t.db.withTenant(tenantId, (tx) =>
      t.services.documents.save(tx, editor, { documentId: document.id, locale: 'de', baseVersion: 1, content: content('x') }),
    ),
  ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/archived/) });
});
