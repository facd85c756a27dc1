import type { Principal } from '../../apps/api/src/kernel/policy';
import type { Services } from '../../apps/api/src/server/services';

const admin: Principal = { userId: null, label: 'test-admin', role: 'admin', locales: [] };

/**
 * A webhook with one delivery and one logged try, made through the real
 * code: the try goes to a closed loopback port, so it is logged as a network
 * error (its retry is not queued: these services have no job queue).
 */
export async function createWebhookDelivery(services: Services, tenantId: string): Promise<{ webhookId: string; deliveryId: string }> {
  const { subscription } = await services.db.withTenant(tenantId, (tx) =>
    services.webhooks.create(tx, admin, { url: 'http://127.0.0.1:9/closed', events: ['registry.changed'] }),
  );
  await services.webhooks.fanOut({ type: 'RegistryChanged', tenantId });
  const page = await services.db.withTenant(tenantId, (tx) => services.webhooks.deliveries(tx, admin, subscription.id, 1, null));
  const deliveryId = page.rows[0]!.id;
  await services.webhooks.attempt({ tenantId, deliveryId, attempt: 1 });
  return { webhookId: subscription.id, deliveryId };
}
