import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, paragraph } from '../factories/document.factory';
import { translate } from '../factories/translation.factory';
import { createCitation } from '../factories/citation.factory';
import { createGlossaryTerm } from '../factories/glossary.factory';
import { createMedia } from '../factories/media.factory';
import { createRegistryEntry } from '../factories/registry.factory';
import { createConcept } from '../factories/termbase.factory';
import { createInvitation } from '../factories/invitation.factory';
import { createWebhookDelivery } from '../factories/webhook.factory';
import { createFeedback } from '../factories/feedback.factory';

/**
 * Every mutation that takes an ID, called by tenant A's admin with the id of
 * an object that exists in tenant B: it must answer NOT_FOUND and leave all of
 * B's rows as they were. The list of mutations comes from the committed
 * contract, so a new mutation with an ID argument fails here until it has an
 * entry in CALLS.
 */
const t = useTestDatabase();
const api = useTestApi(t);

/** The objects of tenant B that the calls aim at, each made by a factory. */
interface Targets {
  documentId: string;
  revisionId: string;
  citationId: string;
  glossaryTermId: string;
  mediaId: string;
  registryEntryId: string;
  conceptId: string;
  invitationId: string;
  sessionId: string;
  memberUserId: string;
  webhookId: string;
  webhookDeliveryId: string;
  feedbackId: string;
}

interface Call {
  query: string;
  variables: (b: Targets) => Record<string, unknown>;
}

const doc = (b: Targets) => ({ documentId: b.documentId, locale: 'de' });
const workflow = (name: string, inputType: string): Call => ({
  query: `mutation($input: ${inputType}!) { ${name}(input: $input) { documentLocale { status } } }`,
  variables: (b) => ({
    input: {
      ...doc(b),
      comment: 'cross-tenant',
      ...(['ReviewInput', 'PublishInput'].includes(inputType) ? { revisionId: b.revisionId } : {}),
    },
  }),
});
const byId = (name: string, inputType: string, select: string, extra: Record<string, unknown> = {}): Call => ({
  query: `mutation($input: ${inputType}!) { ${name}(input: $input) { ${select} } }`,
  variables: (b) => ({ input: { id: idFor(name, b), ...extra } }),
});

function idFor(name: string, b: Targets): string {
  if (/Citation$/.test(name)) return b.citationId;
  if (/GlossaryTerm$/.test(name)) return b.glossaryTermId;
  if (/MediaItem$/.test(name)) return b.mediaId;
  if (/Registry(Entry|EntryVerified)$/.test(name)) return b.registryEntryId;
  if (/TermConcept$/.test(name)) return b.conceptId;
  throw new Error(`no target for ${name}`);
}

const registryEntry = {
  kind: 'COUNSELLING_SERVICE',
  regions: [],
  texts: [{ locale: 'de', name: 'Übernommen', description: 'Von einem anderen Mandanten.' }],
};

/** Each mutation with an ID argument, and how tenant A's admin calls it with B's ids. */
const CALLS: Record<string, Call> = {
  approveTranslation: workflow('approveTranslation', 'ReviewInput'),
  sendBackTranslation: workflow('sendBackTranslation', 'ReviewInput'),
  publishTranslation: workflow('publishTranslation', 'PublishInput'),
  unpublishTranslation: workflow('unpublishTranslation', 'ScheduledWorkflowInput'),
  submitForReview: workflow('submitForReview', 'WorkflowInput'),
  archiveTranslation: workflow('archiveTranslation', 'WorkflowInput'),
  cancelScheduledChange: {
    query: `mutation($input: CancelScheduleInput!) { cancelScheduledChange(input: $input) { documentLocale { status } } }`,
    variables: (b) => ({ input: { ...doc(b), action: 'PUBLISH' } }),
  },
  saveTranslation: {
    query: `mutation($input: SaveTranslationInput!) { saveTranslation(input: $input) { revision { id } } }`,
    variables: (b) => ({ input: { ...doc(b), baseVersion: 1, content: content('Overwritten from another tenant') } }),
  },
  restoreRevision: {
    query: `mutation($input: RestoreRevisionInput!) { restoreRevision(input: $input) { revision { id } } }`,
    variables: (b) => ({ input: { revisionId: b.revisionId, baseVersion: 1 } }),
  },
  updateDocumentMetadata: {
    query: `mutation($input: UpdateDocumentMetadataInput!) { updateDocumentMetadata(input: $input) { document { id } } }`,
    variables: (b) => ({ input: { documentId: b.documentId, topics: ['taken'] } }),
  },
  saveTranslatedBlocks: {
    query: `mutation($input: SaveTranslatedBlocksInput!) { saveTranslatedBlocks(input: $input) { revision { number } } }`,
    variables: (b) => ({
      input: {
        documentId: b.documentId,
        locale: 'en',
        baseVersion: 1,
        blocks: [{ id: 'p-1', content: [{ type: 'text', text: 'Taken.' }] }],
      },
    }),
  },
  confirmTranslatedBlocks: {
    query: `mutation($input: ConfirmTranslatedBlocksInput!) { confirmTranslatedBlocks(input: $input) { __typename } }`,
    variables: (b) => ({ input: { documentId: b.documentId, locale: 'en', blockIds: ['p-1'] } }),
  },
  deleteCitation: byId('deleteCitation', 'DeleteCitationInput', '__typename'),
  updateCitation: byId('updateCitation', 'UpdateCitationInput', '__typename', {
    kind: 'WEB_PAGE',
    title: 'Taken',
    url: 'https://example.org/taken',
    accessedOn: '2026-11-01',
  }),
  deleteGlossaryTerm: byId('deleteGlossaryTerm', 'DeleteGlossaryTermInput', '__typename'),
  updateGlossaryTerm: byId('updateGlossaryTerm', 'UpdateGlossaryTermInput', '__typename', {
    entries: [{ locale: 'de', term: 'Übernommen', definition: 'Von einem anderen Mandanten.' }],
  }),
  deleteMediaItem: byId('deleteMediaItem', 'DeleteMediaItemInput', '__typename'),
  setMediaDecorative: {
    query: `mutation($input: SetMediaDecorativeInput!) { setMediaDecorative(input: $input) { __typename } }`,
    variables: (b) => ({ input: { mediaId: b.mediaId, decorative: true } }),
  },
  setMediaText: {
    query: `mutation($input: SetMediaTextInput!) { setMediaText(input: $input) { __typename } }`,
    variables: (b) => ({ input: { mediaId: b.mediaId, locale: 'de', alt: 'Taken' } }),
  },
  deleteRegistryEntry: byId('deleteRegistryEntry', 'DeleteRegistryEntryInput', '__typename'),
  markRegistryEntryVerified: byId('markRegistryEntryVerified', 'MarkRegistryEntryVerifiedInput', '__typename'),
  updateRegistryEntry: byId('updateRegistryEntry', 'UpdateRegistryEntryInput', '__typename', { baseVersion: 1, entry: registryEntry }),
  deleteTermConcept: byId('deleteTermConcept', 'DeleteTermConceptInput', 'id'),
  saveTermConcept: byId('saveTermConcept', 'SaveTermConceptInput', '__typename', {
    terms: [{ locale: 'de', term: 'Übernommen', status: 'APPROVED' }],
  }),
  changeMemberRole: {
    query: `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename } }`,
    variables: (b) => ({ input: { userId: b.memberUserId, role: 'VIEWER' } }),
  },
  removeMember: {
    query: `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { __typename } }`,
    variables: (b) => ({ input: { userId: b.memberUserId } }),
  },
  unlockMember: {
    query: `mutation($input: UnlockMemberInput!) { unlockMember(input: $input) { __typename } }`,
    variables: (b) => ({ input: { userId: b.memberUserId } }),
  },
  resetMemberTwoFactor: {
    query: `mutation($input: ResetMemberTwoFactorInput!) { resetMemberTwoFactor(input: $input) { __typename } }`,
    variables: (b) => ({ input: { userId: b.memberUserId } }),
  },
  revokeInvitation: {
    query: `mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { __typename } }`,
    variables: (b) => ({ input: { invitationId: b.invitationId } }),
  },
  revokeSession: {
    query: `mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { __typename } }`,
    variables: (b) => ({ input: { sessionId: b.sessionId } }),
  },
  signOutSession: {
    query: `mutation($id: ID!) { signOutSession(id: $id) { __typename } }`,
    variables: (b) => ({ id: b.sessionId }),
  },
  updateWebhook: {
    query: `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { id } }`,
    variables: (b) => ({ input: { id: b.webhookId, active: false, description: 'cross-tenant' } }),
  },
  rotateWebhookSecret: {
    query: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
    variables: (b) => ({ id: b.webhookId }),
  },
  deleteWebhook: {
    query: `mutation($id: ID!) { deleteWebhook(id: $id) }`,
    variables: (b) => ({ id: b.webhookId }),
  },
  redeliverWebhook: {
    query: `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename } }`,
    variables: (b) => ({ id: b.webhookDeliveryId }),
  },
  // Readers send feedback anonymously through a host: another tenant's document is not found there.
  submitFeedback: {
    query: `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) }`,
    variables: (b) => ({ input: { documentId: b.documentId, locale: 'de', helpful: false, comment: 'cross-tenant' } }),
  },
  markFeedbackHandled: {
    query: `mutation($id: ID!) { markFeedbackHandled(id: $id) { id } }`,
    variables: (b) => ({ id: b.feedbackId }),
  },
};

/** Mutations of the committed contract with an ID anywhere in their arguments (nested inputs too). */
function mutationsTakingIds(): string[] {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../packages/schema/schema.graphql'), 'utf8'));
  const hasId = (type: GraphQLInputType, seen: Set<string>): boolean => {
    const named = getNamedType(type);
    if (named.name === 'ID') return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => hasId(f.type, seen));
  };
  return Object.values(schema.getMutationType()!.getFields())
    .filter((f) => f.args.some((a) => hasId(a.type, new Set())))
    .map((f) => f.name)
    .sort();
}

let admin: SignedInClient;
let memberOfB: SignedInClient;
let tenantB: { id: string; slug: string };
let targets: Targets;

/** A fingerprint of every row tenant B owns, across all tenant-owned tables (audit log included). */
async function fingerprintOfB(): Promise<Record<string, string>> {
  const tables: { table: string }[] = await t.dataSource.query(
    `SELECT c.relname AS table FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
     ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { table } of tables) {
    const [{ digest }] = await t.dataSource.query(
      `SELECT md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS digest FROM "${table}" x WHERE tenant_id = $1`,
      [tenantB.id],
    );
    out[table] = digest as string;
  }
  return out;
}

beforeAll(async () => {
  const tenantA = await createTenant(t.services);
  tenantB = await createTenant(t.services);
  admin = await signInAs(t, api, { tenantSlug: tenantA.slug, role: 'admin' });
  memberOfB = await signInAs(t, api, { tenantSlug: tenantB.slug, role: 'editor' });
  const { document, revision } = await createDocument(t.services, tenantB.id, { blocks: [paragraph('p-1', 'Nur für B.')] });
  await translate(t.services, tenantB.id, document.id, 'en', { 'p-1': 'Only for B.' });
  const sessions = await memberOfB.gql<{ sessions: { id: string }[] }>(`{ sessions { id } }`);
  const webhook = await createWebhookDelivery(t.services, tenantB.id);
  targets = {
    documentId: document.id,
    revisionId: revision.id,
    citationId: (await createCitation(t.services, tenantB.id)).id,
    glossaryTermId: (await createGlossaryTerm(t.services, tenantB.id)).id,
    mediaId: (await createMedia(t.services, tenantB.id)).id,
    registryEntryId: (await createRegistryEntry(t.services, tenantB.id)).id,
    conceptId: (await createConcept(t.services, tenantB.id, { terms: [{ locale: 'de', term: 'Nur B', status: 'approved' }] })).id!,
    invitationId: (await createInvitation(t.services, t.mail, { tenantId: tenantB.id })).invitation.id,
    sessionId: sessions.body.data!.sessions[0]!.id,
    memberUserId: memberOfB.user.id,
    webhookId: webhook.webhookId,
    webhookDeliveryId: webhook.deliveryId,
    feedbackId: (await createFeedback(t.services, tenantB.id)).feedbackId,
  };
});

test('every mutation that takes an ID has an entry in the cross-tenant table', () => {
  expect(Object.keys(CALLS).sort()).toEqual(mutationsTakingIds());
});

describe.each(mutationsTakingIds())('%s', (name) => {
  test("called by another tenant's admin with this tenant's real id, it answers NOT_FOUND and changes none of this tenant's data", async () => {
    const call = CALLS[name];
    expect(call).toBeDefined();
    const before = await fingerprintOfB();
    const res = await admin.gql(call!.query, { variables: call!.variables(targets) });
    expect(res.body.errors?.[0]?.message).toBeDefined();
    expect(outcome(res)).toBe('NOT_FOUND');
    expect(await fingerprintOfB()).toEqual(before);
    // B's member is still signed in (sessions are not tenant rows)
    const me = await memberOfB.gql<{ me: { csrfToken: string } | null }>(`{ me { csrfToken } }`);
    expect(me.body.data?.me).not.toBeNull();
  });
});

test("deleting a termbase concept of the caller's own tenant still removes it, and a second delete answers NOT_FOUND", async () => {
  const tenantOfB = memberOfB.tenant;
  const adminOfB = await signInAs(t, api, { tenantSlug: tenantOfB, role: 'admin' });
  const concept = await createConcept(t.services, tenantB.id, { terms: [{ locale: 'de', term: 'Zu löschen', status: 'approved' }] });
  const del = `mutation($input: DeleteTermConceptInput!) { deleteTermConcept(input: $input) { id } }`;
  expect(outcome(await adminOfB.gql(del, { variables: { input: { id: concept.id } } }))).toBe('OK');
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM term_concepts WHERE id = $1`, [concept.id]);
  expect(n).toBe(0);
  expect(outcome(await adminOfB.gql(del, { variables: { input: { id: concept.id } } }))).toBe('NOT_FOUND');
});
