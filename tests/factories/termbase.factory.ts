import type { Concept, ConceptInput } from '../../apps/api/src/modules/localization/termbase';
import type { Services } from '../../apps/api/src/server/services';
import { adminActor } from './document.factory';

/** A termbase concept, e.g. { terms: [{ locale: 'de', term: 'Chemotherapie', status: 'approved' }] }. */
export async function createConcept(services: Services, tenantId: string, input: ConceptInput): Promise<Concept> {
  return services.db.withTenant(tenantId, (tx) => services.localization.termbase.save(tx, adminActor, input));
}
