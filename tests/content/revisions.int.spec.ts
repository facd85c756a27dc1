import type { Principal } from '../../apps/api/src/kernel/policy';
import { diffRevisions } from '../../apps/api/src/modules/content/revision-diff';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, heading, paragraph } from '../factories/document.factory';

const t = useTestDatabase();
let tenantId: string;
const alice: Principal = { userId: null, label: 'alice', role: 'editor', locales: [] };
const bob: Principal = { userId: null, label: 'bob', role: 'editor', locales: [] };

beforeAll(async () => {
  tenantId = (await createTenant(t.services)).id;
});

const save = (who: Principal, documentId: string, baseVersion: number, title: string, blocks?: Parameters<typeof content>[1]) =>
  t.db.withTenant(tenantId, (tx) =>
    t.services.documents.save(tx, who, {
      documentId,
      locale: 'de',
      baseVersion,
      content: content(title, blocks),
      message: `${who.label} saves`,
    }),
  );

test('every save is a new immutable revision with author, time and message', async () => {
  const { document } = await createDocument(t.services, tenantId, { title: 'Erste Fassung' });
  const second = await save(alice, document.id, 1, 'Zweite Fassung');
  expect(second).toMatchObject({ number: 2, authorLabel: 'alice', message: 'alice saves' });
  const list = await t.db.withTenant(tenantId, (tx) => t.services.documents.revisions(tx, document.id, 'de'));
  expect(list.map((r) => [r.number, r.content.title])).toEqual([
    [2, 'Zweite Fassung'],
    [1, 'Erste Fassung'],
  ]);
  await expect(t.db.withTenant(tenantId, ({ em }) => em.query(`UPDATE revisions SET message = 'rewritten'`))).rejects.toMatchObject({
    driverError: expect.objectContaining({ code: '42501' }),
  });
});

test('a stale save is a CONFLICT naming the current version, and both versions stay retrievable', async () => {
  const { document } = await createDocument(t.services, tenantId, { title: 'Ausgangstext' });
  const bobs = await save(bob, document.id, 1, 'Bobs Änderung');
  let error: { code?: string; field?: string; details?: { currentVersion: number; headRevisionId: string } } | undefined;
  try {
    await save(alice, document.id, 1, 'Alices Änderung');
  } catch (e) {
    error = e as typeof error;
  }
  expect(error).toMatchObject({ code: 'CONFLICT', field: 'baseVersion', details: { currentVersion: 2, headRevisionId: bobs.id } });
  const list = await t.db.withTenant(tenantId, (tx) => t.services.documents.revisions(tx, document.id, 'de'));
  expect(list.map((r) => r.content.title)).toEqual(['Bobs Änderung', 'Ausgangstext']);
  // Alice rebases on Bob's version and saves
  expect((await save(alice, document.id, 2, 'Alices Änderung')).number).toBe(3);
});

test('an old revision can be restored as a new revision', async () => {
  const { document, revision } = await createDocument(t.services, tenantId, { title: 'Original' });
  await save(alice, document.id, 1, 'Verschlimmbessert');
  const restored = await t.db.withTenant(tenantId, (tx) =>
    t.services.documents.restore(tx, bob, { revisionId: revision.id, baseVersion: 2 }),
  );
  expect(restored).toMatchObject({ number: 3, restoredFrom: revision.id, message: 'Restored version 1' });
  expect(restored.content).toEqual(revision.content);
});

test('two revisions are compared block by block, with word-level changes', async () => {
  const { document, revision } = await createDocument(t.services, tenantId, {
    blocks: [heading('h-a', 'Behandlung'), paragraph('p-a', 'Die Therapie dauert sechs Monate.'), paragraph('p-b', 'Wird entfernt.')],
  });
  const next = await save(alice, document.id, 1, revision.content.title, [
    paragraph('p-a', 'Die Therapie dauert meist sechs Monate.'),
    heading('h-a', 'Behandlung'),
    paragraph('p-c', 'Neu hinzugefügt.'),
  ]);
  const diff = diffRevisions(revision.content, next.content);
  expect(diff.blocks.map((b) => [b.blockId, b.change])).toEqual([
    ['p-a', 'changed'],
    ['h-a', 'moved'],
    ['p-c', 'added'],
    ['p-b', 'removed'],
  ]);
  expect(diff.blocks[0]!.words.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['meist']);
});
