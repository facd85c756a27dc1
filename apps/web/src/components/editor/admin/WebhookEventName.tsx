import { getTranslations } from 'next-intl/server';

/** The public event names a webhook can ask for (the API's list, docs/integration.md). */
export const WEBHOOK_EVENTS = ['document.published', 'document.unpublished', 'registry.changed'] as const;

/** An event's name in the page's language, with its public name beside it (what the receiver sees in Careleaf-Event). */
export async function WebhookEventName({ locale, name }: { locale: string; name: string }) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin' });
  const label =
    name === 'document.published'
      ? t('webhooks.eventPublished')
      : name === 'document.unpublished'
        ? t('webhooks.eventUnpublished')
        : name === 'registry.changed'
          ? t('webhooks.eventRegistry')
          : null;
  return (
    <>
      {label ? `${label} ` : null}
      <code lang="en" translate="no">
        {name}
      </code>
    </>
  );
}
