import type { EntityManager } from 'typeorm';
import type { EventBus } from '../../kernel/events';

/**
 * Tells every API process that the tenant changed (TenantChanged, through the
 * one dispatcher: a NOTIFY sent at commit), so they drop their host → tenant
 * lookups and cached anonymous answers: a deleted tenant stops being served at
 * once, an imported one is found by its hosts.
 */
export async function announceTenantChange(events: EventBus | undefined, em: EntityManager, tenantId: string): Promise<() => void> {
  const committed: (() => void)[] = [];
  await events?.emit({ tenantId, em, afterCommit: (f) => committed.push(f) }, { type: 'TenantChanged', tenantId });
  return () => committed.forEach((f) => f());
}
