import type { Block } from '@careleaf/schema';
import { useTestDatabase } from '../support/database';
import { useGraphQLAs, type Caller } from '../support/graphql-as';
import { createCitation } from '../factories/citation.factory';
import { createDocument, heading, paragraph, publish, systemActor } from '../factories/document.factory';
import { createMedia } from '../factories/media.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const gql = useGraphQLAs(t);
let tenant: { id: string; slug: string };
let editor: Caller;
let viewer: Caller;

const PREVIEW = `query($id: ID!, $locale: String!, $region: String) {
  draftPreview(documentId: $id, locale: $locale, region: $region) {
    id locale region title blocks revisionId
    references { number id text }
    media { id url }
    quality { publisher }
    blockLocales { blockId locale }
  }
}`;

const regionBlock = (id: string, regions: string[], text: string, fallback?: string): Block => ({
  id,
  type: 'region',
  mode: 'include',
  regions,
  blocks: [paragraph(`${id}-in`, text)],
  ...(fallback ? { fallback: [paragraph(`${id}-else`, fallback)] } : {}),
});

beforeAll(async () => {
  tenant = await createTenant(t.services, {
    locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }],
    regions: [{ code: 'DE' }, { code: 'AT' }],
    defaultRegion: 'DE',
  });
  editor = { tenant, user: await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' }), role: 'editor' };
  viewer = { tenant, user: await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' }), role: 'viewer' };
});

describe('draftPreview', () => {
  test('shows the newest draft, not the published version, with region blocks resolved for the chosen region', async () => {
    const { document } = await createDocument(t.services, tenant.id, {
      title: 'Veröffentlicht',
      blocks: [heading('h-1', 'Überblick'), regionBlock('r-1', ['AT'], 'Nur in Österreich.', 'Überall sonst.')],
    });
    await publish(t.services, tenant.id, document.id);
    const draft = await t.db.withTenant(tenant.id, (tx) =>
      t.services.documents.save(tx, systemActor, {
        documentId: document.id,
        locale: 'de',
        baseVersion: 1,
        content: {
          title: 'Entwurf',
          summary: '',
          blocks: [heading('h-1', 'Überblick'), regionBlock('r-1', ['AT'], 'Nur in Österreich.', 'Überall sonst.')],
        },
      }),
    );
    const at = await gql(viewer, PREVIEW, { id: document.id, locale: 'de', region: 'AT' });
    expect(at.errors).toEqual([]);
    expect(at.data?.draftPreview).toMatchObject({ title: 'Entwurf', region: 'AT', revisionId: draft.id, locale: 'de' });
    expect(at.data?.draftPreview.blocks.map((b: Block) => b.id)).toEqual(['h-1', 'r-1-in']);
    const de = await gql(viewer, PREVIEW, { id: document.id, locale: 'de', region: 'DE' });
    expect(de.data?.draftPreview.blocks.map((b: Block) => b.id)).toEqual(['h-1', 'r-1-else']);
    expect(de.data?.draftPreview.blockLocales).toEqual([
      { blockId: 'h-1', locale: 'de' },
      { blockId: 'r-1-else', locale: 'de' },
    ]);
    // Previewing stores nothing: readers still get the published version.
    const [{ title }] = await t.dataSource.query(`SELECT title FROM published_documents WHERE document_id = $1`, [document.id]);
    expect(title).toBe('Veröffentlicht');
  });

  test('numbers citations in reading order and resolves references and images, even with errors that block publishing', async () => {
    const first = await createCitation(t.services, tenant.id, { title: 'Erste Quelle' });
    const second = await createCitation(t.services, tenant.id, { title: 'Zweite Quelle' });
    const image = await createMedia(t.services, tenant.id);
    const { document } = await createDocument(t.services, tenant.id, {
      blocks: [
        // Level 4 after nothing: an error-level finding, which must not stop the preview.
        heading('h-x', 'Zu tief', 4),
        {
          id: 'p-c',
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Belegt.' },
            { type: 'cite', citationIds: [second.id] },
          ],
        },
        { id: 'f-1', type: 'figure', mediaId: image.id, decorative: false, alt: 'Ein Bild' },
        { id: 'c-1', type: 'citations', citationIds: [first.id, second.id] },
      ],
    });
    const res = await gql(editor, PREVIEW, { id: document.id, locale: 'de' });
    expect(res.errors).toEqual([]);
    const preview = res.data?.draftPreview;
    expect(preview.region).toBe('DE');
    expect(preview.references.map((r: { number: number; id: string }) => [r.number, r.id])).toEqual([
      [1, second.id],
      [2, first.id],
    ]);
    expect(preview.references[0].text).toContain('Zweite Quelle');
    expect(preview.media).toEqual([{ id: image.id, url: image.url }]);
    expect(preview.quality.publisher).toMatch(/Test organisation/);
  });

  test('is for members only, and a region the site does not serve is refused naming the field', async () => {
    const { document } = await createDocument(t.services, tenant.id);
    const anonymous = await gql({ tenant }, PREVIEW, { id: document.id, locale: 'de' });
    expect(anonymous.errors[0]?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const bad = await gql(editor, PREVIEW, { id: document.id, locale: 'de', region: 'FR' });
    expect(bad.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
    expect(bad.errors[0]?.message).toContain('DE, AT');
    const missing = await gql(editor, PREVIEW, { id: document.id, locale: 'en' });
    expect(missing.errors[0]?.code).toBe('NOT_FOUND');
  });
});

describe('cancelScheduledChange', () => {
  const CANCEL = `mutation($input: CancelScheduleInput!) { cancelScheduledChange(input: $input) { documentLocale { publishAt status } } }`;

  test('forgets a planned publish; cancelling again says nothing is planned', async () => {
    const { document } = await createDocument(t.services, tenant.id);
    await t.db.withTenant(tenant.id, async (tx) => {
      await t.services.workflow.transition(tx, systemActor, 'submit', { documentId: document.id, locale: 'de' });
      await t.services.workflow.transition(tx, systemActor, 'approve', { documentId: document.id, locale: 'de' });
      await t.services.workflow.schedule(tx, systemActor, {
        documentId: document.id,
        locale: 'de',
        action: 'publish',
        at: new Date(Date.now() + 3_600_000),
      });
    });
    const input = { documentId: document.id, locale: 'de', action: 'PUBLISH' };
    const denied = await gql(viewer, CANCEL, { input });
    expect(denied.errors[0]?.code).toBe('FORBIDDEN');
    const done = await gql(editor, CANCEL, { input });
    expect(done.errors).toEqual([]);
    expect(done.data?.cancelScheduledChange.documentLocale).toEqual({ publishAt: null, status: 'APPROVED' });
    const again = await gql(editor, CANCEL, { input });
    expect(again.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'at' });
    const trail = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 AND action LIKE 'workflow.%' ORDER BY id`, [
      document.id,
    ]);
    expect(trail.map((r: { action: string }) => r.action)).toContain('workflow.cancel-publish');
  });
});
