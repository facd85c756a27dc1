import type { Services } from '../../apps/api/src/server/services';
import type { GlossaryTermView } from '../../apps/api/src/modules/references/glossary.service';
import type { GlossaryEntryInputLike } from '../../apps/api/src/modules/references/glossary.validate';
import { testActor } from './tenant.factory';

let seq = 0;

/** A glossary term with a German entry (and whatever `entries` are given instead). */
export async function createGlossaryTerm(
  services: Services,
  tenantId: string,
  opts: { key?: string; entries?: GlossaryEntryInputLike[] } = {},
): Promise<GlossaryTermView> {
  const n = ++seq;
  const entries = opts.entries ?? [
    { locale: 'de', term: `Fachbegriff ${n}`, definition: `Erklärung des Fachbegriffs ${n} in einfachen Worten.` },
  ];
  return services.db.withTenant(tenantId, (tx) => services.glossary.create(tx, testActor, { key: opts.key, entries }));
}
