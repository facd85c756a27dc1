import type { Block } from '@careleaf/schema';
import type { Principal } from '../../apps/api/src/kernel/policy';
import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, paragraph } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';

/**
 * Region blocks go through translation like any other block: they keep their
 * ids across locales, and a change inside one is reported on exactly the
 * block that changed — what block-level "outdated" status is built on.
 */
const t = useTestDatabase();
const gql = useGraphQL(t);
let tenant: { id: string; slug: string };
const editor: Principal = { userId: null, label: 'editor', role: 'editor', locales: [] };

const regionBlock = (inner: string, regions = ['DE'], elsewhere = 'Anderswo gelten andere Regeln.'): Block => ({
  id: 'r-kasse',
  type: 'region',
  mode: 'include',
  regions,
  blocks: [paragraph('p-kasse', inner)],
  fallback: [paragraph('p-sonst', elsewhere)],
});

const DIFF = `query($from: ID!, $to: ID!) { revisionDiff(from: $from, to: $to) { blocks { blockId change } } }`;

beforeAll(async () => {
  tenant = await createTenant(t.services, { regions: [{ code: 'DE' }, { code: 'AT' }] });
});

test('a change inside a region block is reported on the changed block only; a change of its regions on the region block', async () => {
  const { document, revision: r1 } = await createDocument(t.services, tenant.id, {
    blocks: [paragraph('p-intro', 'Einleitung.'), regionBlock('Die Krankenkasse zahlt.')],
  });
  const save = (blocks: Block[], baseVersion: number) =>
    t.db.withTenant(tenant.id, (tx) =>
      t.services.documents.save(tx, editor, { documentId: document.id, locale: 'de', baseVersion, content: content('Dokument', blocks) }),
    );
  const r2 = await save([paragraph('p-intro', 'Einleitung.'), regionBlock('Die Krankenkasse zahlt teilweise.')], 1);
  const r3 = await save([paragraph('p-intro', 'Einleitung.'), regionBlock('Die Krankenkasse zahlt teilweise.', ['DE', 'AT'])], 2);
  const member = await createUser(t.services, { tenantSlug: tenant.slug, role: 'translator', locales: ['en'] });
  const diff = async (from: string, to: string) => {
    const res = await gql<{ revisionDiff: { blocks: { blockId: string; change: string }[] } }>(
      tenant.id,
      { user: member, role: 'translator', locales: ['en'] },
      DIFF,
      { from, to },
    );
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data!.revisionDiff.blocks.map((b) => [b.blockId, b.change]));
  };
  expect(await diff(r1.id, r2.id)).toEqual({
    'p-intro': 'UNCHANGED',
    'r-kasse': 'UNCHANGED',
    'p-kasse': 'CHANGED',
    'p-sonst': 'UNCHANGED',
  });
  expect(await diff(r2.id, r3.id)).toMatchObject({ 'r-kasse': 'CHANGED', 'p-kasse': 'UNCHANGED', 'p-sonst': 'UNCHANGED' });
});

test('a translation keeps the source’s region block ids, so each translated block lines up with its source block', async () => {
  const { document } = await createDocument(t.services, tenant.id, { blocks: [regionBlock('Die Krankenkasse zahlt.')] });
  const en = await t.db.withTenant(tenant.id, (tx) =>
    t.services.documents.save(tx, editor, {
      documentId: document.id,
      locale: 'en',
      baseVersion: 0,
      content: content('Document', [regionBlock('Statutory insurers pay.', ['DE'], 'Other rules apply elsewhere.')]),
    }),
  );
  const ids = (blocks: Block[]): string[] =>
    blocks.flatMap((b) => [b.id, ...(b.type === 'region' ? [...ids(b.blocks), ...ids(b.fallback ?? [])] : [])]);
  const source = await t.db.withTenant(tenant.id, (tx) => t.services.documents.revisions(tx, document.id, 'de'));
  expect(ids(en.content.blocks)).toEqual(ids(source[0]!.content.blocks));
  expect(ids(en.content.blocks)).toEqual(['r-kasse', 'p-kasse', 'p-sonst']);
});
