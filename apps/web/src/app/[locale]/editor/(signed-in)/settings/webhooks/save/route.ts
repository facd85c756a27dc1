import { getTranslations } from 'next-intl/server';
import { fieldErrors, refusal } from '../../../../../../../lib/editor/admin/respond';
import {
  AdminCreateWebhookMutation,
  AdminDeleteWebhookMutation,
  AdminRedeliverWebhookMutation,
  AdminRotateWebhookSecretMutation,
  AdminUpdateWebhookMutation,
} from '../../../../../../../lib/editor/admin-webhooks';
import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { clearWebhookSecretCookie, webhookSecretCookie } from '../../../../../../../lib/editor/webhook-secret-cookie';

const urlField = (f: string) =>
  f === 'url' ? 'webhook-url' : f === 'description' ? 'webhook-description' : f.startsWith('events') ? 'webhook-events' : 'webhook-url';

/**
 * Add a webhook, switch one on or off, give it a new secret, delete it,
 * redeliver a delivery, or stop showing a new secret: `action` says which.
 * The API allows admins only. A new secret goes to the page in a short-lived
 * cookie (never the URL) and is shown there once.
 */
export const POST = formAction(async ({ locale, t, field, form, csrf, redirectTo }) => {
  const ta = await getTranslations({ locale, namespace: 'Editor.admin' });
  const back = `/${locale}/editor/settings/webhooks`;
  const badForm = t('save.badForm');
  const webhook = field('webhook');

  switch (field('action')) {
    case 'create': {
      const url = field('url');
      if (!url) return redirectTo(back, fieldErrors([{ field: 'webhook-url', text: ta('webhooks.urlMissing') }], 'new'));
      const events = form.getAll('events').filter((e): e is string => typeof e === 'string');
      const r = await asEditor(
        AdminCreateWebhookMutation,
        { input: { url, description: field('description'), events, active: true } },
        csrf,
      );
      if (r.errors.length || !r.data) return redirectTo(back, refusal(r.errors, urlField, 'new', badForm, locale));
      const made = r.data.createWebhook;
      return redirectTo(back, { kind: 'status', text: 'webhookCreated', section: 'webhooks' }, [
        webhookSecretCookie({ webhookId: made.webhook.id, secret: made.secret }),
      ]);
    }
    case 'enable':
    case 'disable': {
      const active = field('action') === 'enable';
      const r = await asEditor(
        AdminUpdateWebhookMutation,
        { input: { id: webhook, active, url: null, description: null, events: null } },
        csrf,
      );
      if (r.errors.length || !r.data)
        return redirectTo(
          back,
          refusal(r.errors, () => undefined, 'webhooks', badForm, locale),
        );
      return redirectTo(back, { kind: 'status', text: active ? 'webhookEnabled' : 'webhookDisabled', section: 'webhooks' });
    }
    case 'rotate': {
      const r = await asEditor(AdminRotateWebhookSecretMutation, { id: webhook }, csrf);
      if (r.errors.length || !r.data)
        return redirectTo(
          back,
          refusal(r.errors, () => undefined, 'webhooks', badForm, locale),
        );
      const made = r.data.rotateWebhookSecret;
      return redirectTo(back, { kind: 'status', text: 'webhookSecretRotated', section: 'webhooks' }, [
        webhookSecretCookie({ webhookId: made.webhook.id, secret: made.secret }),
      ]);
    }
    case 'delete': {
      const r = await asEditor(AdminDeleteWebhookMutation, { id: webhook }, csrf);
      if (r.errors.length || !r.data)
        return redirectTo(
          back,
          refusal(r.errors, () => undefined, 'webhooks', badForm, locale),
        );
      return redirectTo(back, { kind: 'status', text: 'webhookDeleted', section: 'webhooks' }, [clearWebhookSecretCookie()]);
    }
    case 'redeliver': {
      const log = `${back}/${encodeURIComponent(webhook)}`;
      const r = await asEditor(AdminRedeliverWebhookMutation, { deliveryId: field('delivery') }, csrf);
      if (r.errors.length || !r.data)
        return redirectTo(
          log,
          refusal(r.errors, () => undefined, 'deliveries', badForm, locale),
        );
      return redirectTo(log, { kind: 'status', text: 'webhookRedelivered', section: 'deliveries' });
    }
    case 'hideSecret':
      return redirectTo(back, { kind: 'status', text: 'webhookSecretHidden', section: 'webhooks' }, [clearWebhookSecretCookie()]);
    default:
      return redirectTo(back, { kind: 'error', text: badForm, section: 'webhooks' });
  }
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/settings/webhooks`);
