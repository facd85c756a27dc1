import type { MailMessage } from '../../kernel/mail/mail';
import { renderMail, type MailParts } from '../../kernel/mail/render';
import type { TenantView } from '../../kernel/tenant';
import type { NotificationKind } from './kinds';
import { NOTIFICATION_TEXTS, notificationLanguage, reasonIn, type DocumentParams, type NotificationTexts } from './notification-texts';
import type { OverdueDocument, Recipient } from './notification.queries';
import { unsubscribeToken } from './unsubscribe-token';

/** The editor pages notification mail links to (served by the web app under /{locale}/). */
export const NOTIFICATION_PATHS = {
  document: (id: string) => `/editor/documents/${encodeURIComponent(id)}`,
  documents: '/editor/documents',
  members: '/editor/settings/members',
  settings: '/editor/account/notifications',
  /** Answers POST (one click, RFC 8058) and GET (a confirmation page). */
  unsubscribe: '/editor/unsubscribe/one-click',
} as const;

interface About {
  documentId: string;
  locale: string;
  title: string;
}

/** What one notification says, before it is put into a recipient's language. */
export type Composer =
  | ({ type: 'reviewRequested' | 'reviewApproved' | 'documentPublished'; actor: string | null } & About)
  | ({ type: 'reviewSentBack'; actor: string | null; comment: string } & About)
  | ({ type: 'scheduledChange'; action: 'publish' | 'unpublish'; ok: boolean; reason: string | null } & About)
  | { type: 'invitationAccepted'; member: Recipient }
  | { type: 'reviewOverdue'; documents: OverdueDocument[]; total: number };

export interface Addressing {
  to: string;
  tenant: TenantView;
  /** The recipient's language (one of the tenant's locales): the text is written in it, and links open the editor in it. */
  locale: { tag: string; direction: 'ltr' | 'rtl' };
  kind: NotificationKind;
  link: (path: string, params: Record<string, string>) => string;
  unsubscribe: { userId: string; key: Buffer };
}

export type Body = Omit<MailParts, 'lang' | 'dir' | 'footer'> & { subject: string };

export function body(c: Composer, t: NotificationTexts, tenant: string, ui: string, link: Addressing['link']): Body {
  const path = (p: string) => `/${encodeURIComponent(ui)}${p}`;
  if (c.type === 'invitationAccepted') {
    const p = { tenant, member: c.member.displayName, email: c.member.email };
    return {
      subject: t.invitationAccepted.subject(p),
      heading: t.invitationAccepted.heading(p),
      intro: [t.invitationAccepted.body(p)],
      link: { text: t.invitationAccepted.link(tenant), url: link(path(NOTIFICATION_PATHS.members), {}) },
      outro: [],
    };
  }
  if (c.type === 'reviewOverdue') {
    const p = { tenant, count: c.total };
    return {
      subject: t.reviewOverdue.subject(p),
      heading: t.reviewOverdue.heading(tenant),
      intro: [t.reviewOverdue.body(p)],
      list: {
        items: c.documents.map((d) => ({
          text: t.reviewOverdue.entry(d),
          url: link(path(NOTIFICATION_PATHS.document(d.documentId)), { lang: d.locale }),
        })),
        ...(c.total > c.documents.length ? { more: t.reviewOverdue.more(c.total - c.documents.length) } : {}),
      },
      link: { text: t.reviewOverdue.link(tenant), url: link(path(NOTIFICATION_PATHS.documents), { overdue: 'on' }) },
      outro: [],
    };
  }
  const p: DocumentParams = { tenant, title: c.title, locale: c.locale, actor: 'actor' in c ? (c.actor ?? t.system) : t.system };
  const open = { text: t.openDocument(p), url: link(path(NOTIFICATION_PATHS.document(c.documentId)), { lang: c.locale }) };
  if (c.type === 'scheduledChange') {
    const failed = c.action === 'publish' ? t.scheduledPublishFailed : t.scheduledUnpublishFailed;
    const texts = c.ok ? (c.action === 'publish' ? t.scheduledPublishDone : t.scheduledUnpublishDone) : failed;
    const why = c.ok ? [] : [failed.why(reasonIn(t, c.reason ?? ''))];
    return { subject: texts.subject(p), heading: texts.heading(p), intro: [texts.body(p), ...why], link: open, outro: [] };
  }
  const texts = t[c.type];
  const comment = c.type === 'reviewSentBack' && c.comment ? [t.reviewSentBack.commentIs, c.comment] : [];
  return { subject: texts.subject(p), heading: texts.heading(p), intro: [texts.body(p), ...comment], link: open, outro: [] };
}

/**
 * One notification for one recipient: text and accessible HTML in their
 * language, a footer saying why they get it with a link to their settings,
 * and List-Unsubscribe (one click, RFC 8058) for this kind only.
 */
export function composeNotification(c: Composer, a: Addressing): MailMessage {
  const lang = notificationLanguage(a.locale.tag);
  const t = NOTIFICATION_TEXTS[lang];
  const own = a.locale.tag.toLowerCase().split('-')[0] === lang;
  const ui = a.locale.tag;
  const { subject, ...parts } = body(c, t, a.tenant.name, ui, a.link);
  const unsubscribeUrl = a.link(`/${encodeURIComponent(ui)}${NOTIFICATION_PATHS.unsubscribe}`, {
    token: unsubscribeToken(a.unsubscribe.key, a.tenant.id, a.unsubscribe.userId, a.kind),
  });
  const rendered = renderMail({
    ...parts,
    lang: own ? a.locale.tag : lang,
    dir: own ? a.locale.direction : lang === 'ar' ? 'rtl' : 'ltr',
    footer: {
      text: t.footer({ kind: t.kinds[a.kind], tenant: a.tenant.name }),
      link: { text: t.settings, url: a.link(`/${encodeURIComponent(ui)}${NOTIFICATION_PATHS.settings}`, {}) },
    },
  });
  return {
    to: a.to,
    subject,
    fromName: a.tenant.name,
    ...rendered,
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
