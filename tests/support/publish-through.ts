import type { Services } from '../../apps/api/src/server/services';
import { content, systemActor } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';
import type { TestApi } from './api';
import { signIn } from './session';

const PUBLISH = `mutation($input: PublishInput!) { publishTranslation(input: $input) { documentLocale { status } } }`;

/**
 * A new version of a published document, published through `api` (an API in
 * another process, see process-api.ts) by a signed-in admin: the new text is
 * saved, submitted and approved here, the publish itself is that API's, so
 * what it sends afterwards (events, refreshes) leaves that process.
 */
export async function publishNewVersionThrough(
  api: TestApi,
  services: Services,
  tenant: { id: string; slug: string },
  documentId: string,
  title: string,
  locale = 'de',
): Promise<void> {
  const revisionId = await services.db.withTenant(tenant.id, async (tx) => {
    const row = await services.documents.documentLocale(tx, documentId, locale);
    await services.documents.save(tx, systemActor, { documentId, locale, baseVersion: row.version, content: content(title) });
    await services.workflow.transition(tx, systemActor, 'submit', { documentId, locale });
    await services.workflow.transition(tx, systemActor, 'approve', { documentId, locale });
    return (await services.documents.documentLocale(tx, documentId, locale)).approvedRevisionId;
  });
  const admin = await createUser(services, { tenantSlug: tenant.slug, role: 'admin' });
  const client = await signIn(api, { email: admin.email, tenant: tenant.slug });
  const res = await client.gql(PUBLISH, { variables: { input: { documentId, locale, revisionId } } });
  if (res.body.errors?.length) throw new Error(`publishing through ${api.baseUrl} failed: ${JSON.stringify(res.body.errors)}`);
}
