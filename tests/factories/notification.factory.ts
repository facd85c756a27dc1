import type { Role } from '../../apps/api/src/kernel/policy';
import type { Services } from '../../apps/api/src/server/services';

/**
 * A member who gets "review requested" in the daily digest, with one
 * notification pending in it (as the notification service would store it).
 */
export async function createPendingDigestItem(
  services: Services,
  tenantId: string,
  user: { id: string; email: string },
  role: Role,
): Promise<void> {
  await services.db.withTenant(tenantId, async (tx) => {
    await services.notifications.updateSettings(
      tx,
      { userId: user.id, label: user.email, role, locales: [] },
      { kinds: [{ kind: 'reviewRequested', delivery: 'daily' }] },
    );
    await tx.em.query(`INSERT INTO notification_digest_items (tenant_id, user_id, kind, payload) VALUES ($1, $2, 'reviewRequested', $3)`, [
      tenantId,
      user.id,
      JSON.stringify({
        type: 'reviewRequested',
        documentId: '00000000-0000-4000-8000-000000000000',
        locale: 'en',
        title: 'Test',
        actor: null,
      }),
    ]);
  });
}
