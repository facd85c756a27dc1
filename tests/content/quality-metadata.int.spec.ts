import { useTestDatabase } from '../support/database';
import { useGraphQLAs, type Caller } from '../support/graphql-as';
import { createDocument } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const gql = useGraphQLAs(t);
let editor: Caller;
let tenantId: string;

const UPDATE = `mutation($input: UpdateDocumentMetadataInput!) {
  updateDocumentMetadata(input: $input) { document { quality { publisher funding authors { name qualification } lastReviewed nextReviewDue } } }
}`;

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantId = tenant.id;
  editor = { tenant, user: await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' }), role: 'editor' };
});

test('quality fields sent as null (as the editor form does for empty ones) are cleared, not refused', async () => {
  const { document } = await createDocument(t.services, tenantId, { quality: { funding: 'Alt', publisher: 'Alt' } });
  const res = await gql(editor, UPDATE, {
    input: {
      documentId: document.id,
      quality: {
        publisher: null,
        funding: null,
        conflictsOfInterest: null,
        evidenceNotes: null,
        reviewTrigger: null,
        nextReviewDue: null,
        lastReviewed: '2025-03-01',
        authors: [{ name: 'Dr. Meyer', qualification: null }],
        reviewers: [],
      },
    },
  });
  expect(res.errors).toEqual([]);
  expect(res.data?.updateDocumentMetadata.document.quality).toEqual({
    publisher: null,
    funding: null,
    authors: [{ name: 'Dr. Meyer', qualification: null }],
    lastReviewed: '2025-03-01',
    nextReviewDue: '2028-03-01',
  });
});
