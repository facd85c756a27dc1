import type { MailMessage } from '../../kernel/mail/mail';
import { renderMail } from '../../kernel/mail/render';

/** The editor page of a tenant's webhooks (served by the web app under /{locale}/). */
export const WEBHOOK_SETTINGS_PATH = '/editor/settings/webhooks';

/** The languages of webhook mail; others fall back by language, then to English (as identity mail does). */
const LANGUAGES = ['en', 'de', 'ar'] as const;
type Language = (typeof LANGUAGES)[number];

const languageOf = (tag: string): Language => {
  const base = tag.toLowerCase().split('-')[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
};

interface Params {
  tenant: string;
  url: string;
  failures: number;
}

interface DisabledText {
  subject(p: Params): string;
  heading: string;
  body(p: Params): string;
  link: string;
  next: string;
}

const DISABLED: Record<Language, DisabledText> = {
  en: {
    subject: (p) => `Webhook switched off on ${p.tenant}`,
    heading: 'A webhook was switched off',
    body: (p) => `${p.failures} deliveries in a row to ${p.url} failed, so ${p.tenant} stopped sending events there.`,
    link: 'Open the webhook settings',
    next: 'Once the receiver answers again, switch the webhook on there. Events it missed can be sent again from its delivery log.',
  },
  de: {
    subject: (p) => `Webhook auf ${p.tenant} abgeschaltet`,
    heading: 'Ein Webhook wurde abgeschaltet',
    body: (p) =>
      `${p.failures} Zustellungen in Folge an ${p.url} sind gescheitert, deshalb sendet ${p.tenant} dorthin keine Ereignisse mehr.`,
    link: 'Webhook-Einstellungen öffnen',
    next: 'Sobald der Empfänger wieder antwortet, schalten Sie den Webhook dort wieder ein. Verpasste Ereignisse können Sie aus seinem Zustellprotokoll erneut senden.',
  },
  ar: {
    subject: (p) => `تم إيقاف خطاف ويب على ${p.tenant}`,
    heading: 'تم إيقاف خطاف ويب',
    body: (p) => `فشلت ${p.failures} عمليات تسليم متتالية إلى ${p.url}، لذلك توقف ${p.tenant} عن إرسال الأحداث إليه.`,
    link: 'فتح إعدادات خطافات الويب',
    next: 'عندما يستجيب المستقبِل مجددًا، أعد تشغيل الخطاف من هناك. يمكن إعادة إرسال الأحداث الفائتة من سجل التسليم الخاص به.',
  },
};

/** To one admin, in their language (`locale`: one of the tenant's, with its direction). */
export function disabledMail(
  to: string,
  locale: { tag: string; direction: 'ltr' | 'rtl' },
  p: Params & { settingsUrl: string },
): MailMessage {
  const lang = languageOf(locale.tag);
  const t = DISABLED[lang];
  const own = locale.tag.toLowerCase().split('-')[0] === lang;
  const body = renderMail({
    lang: own ? locale.tag : lang,
    dir: own ? locale.direction : lang === 'ar' ? 'rtl' : 'ltr',
    heading: t.heading,
    intro: [t.body(p)],
    link: { text: t.link, url: p.settingsUrl },
    outro: [t.next],
  });
  return { to, subject: t.subject(p), fromName: p.tenant, ...body };
}
