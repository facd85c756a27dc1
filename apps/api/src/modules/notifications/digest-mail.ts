import type { MailMessage } from '../../kernel/mail/mail';
import { renderMail } from '../../kernel/mail/render';
import type { NotificationKind } from './kinds';
import { body, NOTIFICATION_PATHS, type Addressing, type Composer } from './notification-mail';
import { NOTIFICATION_TEXTS, notificationLanguage } from './notification-texts';
import { unsubscribeToken } from './unsubscribe-token';

/**
 * The daily digest for one member of one tenant: ONE mail in their language,
 * a heading, a list whose every link text is the notification's own subject
 * (so it makes sense alone, e.g. "Approved: Asthma (en)"), "and n more" past
 * the bound, a footer naming the kinds it gathers, and List-Unsubscribe.
 * The one-click link turns off the first kind in it (a token names one kind);
 * the footer links to the settings for the rest.
 */
export function composeDigest(
  items: readonly { kind: NotificationKind; compose: Composer }[],
  dropped: number,
  a: Omit<Addressing, 'kind'>,
): MailMessage | null {
  const first = items[0];
  if (!first) return null;
  const lang = notificationLanguage(a.locale.tag);
  const t = NOTIFICATION_TEXTS[lang];
  const own = a.locale.tag.toLowerCase().split('-')[0] === lang;
  const ui = a.locale.tag;
  const tenant = a.tenant.name;
  const path = (p: string) => `/${encodeURIComponent(ui)}${p}`;
  const count = items.length + dropped;
  const kinds = [...new Set(items.map((i) => i.kind))];
  const rendered = renderMail({
    lang: own ? a.locale.tag : lang,
    dir: own ? a.locale.direction : lang === 'ar' ? 'rtl' : 'ltr',
    heading: t.dailyDigest.heading(tenant),
    intro: [t.dailyDigest.body(count)],
    list: {
      items: items.map((i) => {
        const b = body(i.compose, t, tenant, ui, a.link);
        return { text: b.subject, url: b.link.url };
      }),
      ...(dropped > 0 ? { more: t.dailyDigest.more(dropped) } : {}),
    },
    link: { text: t.dailyDigest.link(tenant), url: a.link(path(NOTIFICATION_PATHS.documents), {}) },
    outro: [],
    footer: {
      text: t.dailyDigest.footer({ kinds: kinds.map((k) => t.kinds[k]).join(', '), tenant }),
      link: { text: t.settings, url: a.link(path(NOTIFICATION_PATHS.settings), {}) },
    },
  });
  const unsubscribeUrl = a.link(path(NOTIFICATION_PATHS.unsubscribe), {
    token: unsubscribeToken(a.unsubscribe.key, a.tenant.id, a.unsubscribe.userId, first.kind),
  });
  return {
    to: a.to,
    subject: t.dailyDigest.subject({ tenant, count }),
    fromName: tenant,
    ...rendered,
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
