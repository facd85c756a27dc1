import type { Services } from '../../apps/api/src/server/services';
import { createPublishedDocument } from './document.factory';

/** A published document (de) with one reader's "not helpful" and a comment, through the real service. */
export async function createFeedback(
  services: Services,
  tenantId: string,
  comment = 'The dosage table is hard to read.',
): Promise<{ documentId: string; feedbackId: string }> {
  const { document } = await createPublishedDocument(services, tenantId);
  await services.feedback.submit(
    (fn) => services.db.withTenant(tenantId, fn),
    { documentId: document.id, locale: 'de', helpful: false, comment },
    `192.0.2.${Math.floor(Math.random() * 250) + 1}`,
  );
  const [row] = await services.db.withTenant(tenantId, (tx) =>
    tx.em.query(`SELECT max(id)::text AS id FROM reader_feedback WHERE tenant_id = $1 AND document_id = $2`, [tenantId, document.id]),
  );
  return { documentId: document.id, feedbackId: (row as { id: string }).id };
}
