import { renderMail } from '../../kernel/mail/render';
import type { MailMessage } from '../../kernel/mail/mail';
import type { TenantView } from '../../kernel/tenant';

/** The languages identity mail is written in; others fall back by language, then to English. */
const MAIL_LANGUAGES = ['en', 'de', 'ar'] as const;
type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** The mail language for a locale tag: de-AT → de, fr → en. */
export function mailLanguage(locale: string): MailLanguage {
  const base = locale.toLowerCase().split('-')[0];
  return (MAIL_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as MailLanguage) : 'en';
}

interface InvitationText {
  subject(tenant: string): string;
  heading(tenant: string): string;
  invited(inviter: string, tenant: string, role: string, locales: string): string;
  link(tenant: string): string;
  deadline: string;
  ignore: string;
}

interface ResetText {
  subject(tenant: string): string;
  heading: string;
  asked: string;
  link: string;
  deadline: string;
  ignore: string;
}

const ROLE_NAMES: Record<MailLanguage, Record<string, string>> = {
  en: { admin: 'admin', editor: 'editor', reviewer: 'medical reviewer', translator: 'translator', viewer: 'viewer' },
  de: { admin: 'Administration', editor: 'Redaktion', reviewer: 'medizinische Prüfung', translator: 'Übersetzung', viewer: 'Lesezugriff' },
  ar: { admin: 'مسؤول', editor: 'محرر', reviewer: 'مراجع طبي', translator: 'مترجم', viewer: 'مشاهد' },
};

const INVITATION: Record<MailLanguage, InvitationText> = {
  en: {
    subject: (t) => `You are invited to ${t} on Careleaf`,
    heading: (t) => `Your invitation to ${t}`,
    invited: (who, t, role, locales) => `${who} invited you to work on ${t} as ${role}${locales ? ` (${locales})` : ''}.`,
    link: (t) => `Accept the invitation to ${t}`,
    deadline:
      'The link works once, within seven days. On its page you choose your name and password (or enter your password, if you already have an account).',
    ignore: 'If you did not expect this invitation, ignore this message.',
  },
  de: {
    subject: (t) => `Einladung zu ${t} auf Careleaf`,
    heading: (t) => `Ihre Einladung zu ${t}`,
    invited: (who, t, role, locales) =>
      `${who} hat Sie eingeladen, an ${t} mitzuarbeiten (Rolle: ${role}${locales ? `, ${locales}` : ''}).`,
    link: (t) => `Einladung zu ${t} annehmen`,
    deadline:
      'Der Link gilt einmal und sieben Tage lang. Auf seiner Seite wählen Sie Ihren Namen und Ihr Passwort (oder geben Ihr Passwort ein, wenn Sie schon ein Konto haben).',
    ignore: 'Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht.',
  },
  ar: {
    subject: (t) => `دعوة للانضمام إلى ${t} على Careleaf`,
    heading: (t) => `دعوتك إلى ${t}`,
    invited: (who, t, role, locales) => `دعاك ${who} للعمل على ${t} بدور ${role}${locales ? ` (${locales})` : ''}.`,
    link: (t) => `قبول الدعوة إلى ${t}`,
    deadline: 'يعمل الرابط مرة واحدة خلال سبعة أيام. في صفحته تختار اسمك وكلمة المرور (أو تُدخل كلمة مرورك إن كان لديك حساب).',
    ignore: 'إذا لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة.',
  },
};

const RESET: Record<MailLanguage, ResetText> = {
  en: {
    subject: (t) => `Choose a new password for ${t}`,
    heading: 'Choose a new password',
    asked: 'Someone asked to reset the password of your account (perhaps you).',
    link: 'Choose a new password',
    deadline: 'The link works once, within one hour. When you set a new password, every device signed in to your account is signed out.',
    ignore: 'If you did not ask for this, ignore this message: your password stays as it is.',
  },
  de: {
    subject: (t) => `Neues Passwort für ${t} wählen`,
    heading: 'Neues Passwort wählen',
    asked: 'Jemand hat verlangt, das Passwort Ihres Kontos zurückzusetzen (vielleicht Sie).',
    link: 'Neues Passwort wählen',
    deadline:
      'Der Link gilt einmal und eine Stunde lang. Wenn Sie ein neues Passwort setzen, werden alle Geräte abgemeldet, die mit Ihrem Konto angemeldet sind.',
    ignore: 'Wenn Sie das nicht verlangt haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt, wie es ist.',
  },
  ar: {
    subject: (t) => `اختر كلمة مرور جديدة لـ ${t}`,
    heading: 'اختر كلمة مرور جديدة',
    asked: 'طلب أحدهم إعادة تعيين كلمة مرور حسابك (ربما أنت).',
    link: 'اختر كلمة مرور جديدة',
    deadline: 'يعمل الرابط مرة واحدة خلال ساعة واحدة. عند تعيين كلمة مرور جديدة، يُسجَّل خروج كل جهاز مسجل الدخول إلى حسابك.',
    ignore: 'إذا لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
  },
};

export interface MailLocale {
  /** The locale tag the link opens in (one of the tenant's). */
  tag: string;
  direction: 'ltr' | 'rtl';
}

/** The mail locale for a request's `locale` argument: one of the tenant's locales, else its default. */
export function mailLocaleOf(tenant: TenantView, requested: string | null | undefined): MailLocale {
  const pick = tenant.locales.find((l) => l.tag === requested) ?? tenant.locales.find((l) => l.tag === tenant.defaultLocale);
  return pick ? { tag: pick.tag, direction: pick.direction } : { tag: tenant.defaultLocale, direction: 'ltr' };
}

/** The message's own language tag and direction: the locale's when the text is in its language, else the fallback's. */
function textLanguage(locale: MailLocale, lang: MailLanguage): { lang: string; dir: 'ltr' | 'rtl' } {
  const own = locale.tag.toLowerCase().split('-')[0] === lang;
  return own ? { lang: locale.tag, dir: locale.direction } : { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' };
}

export function invitationMail(
  to: string,
  locale: MailLocale,
  p: { tenant: string; inviter: string; role: string; locales: string[]; url: string },
): MailMessage {
  const lang = mailLanguage(locale.tag);
  const t = INVITATION[lang];
  const role = ROLE_NAMES[lang][p.role] ?? p.role;
  const body = renderMail({
    ...textLanguage(locale, lang),
    heading: t.heading(p.tenant),
    intro: [t.invited(p.inviter, p.tenant, role, p.locales.join(', '))],
    link: { text: t.link(p.tenant), url: p.url },
    outro: [t.deadline, t.ignore],
  });
  return { to, subject: t.subject(p.tenant), fromName: p.tenant, ...body };
}

export function resetMail(to: string, locale: MailLocale, p: { tenant: string; url: string }): MailMessage {
  const lang = mailLanguage(locale.tag);
  const t = RESET[lang];
  const body = renderMail({
    ...textLanguage(locale, lang),
    heading: t.heading,
    intro: [t.asked],
    link: { text: t.link, url: p.url },
    outro: [t.deadline, t.ignore],
  });
  return { to, subject: t.subject(p.tenant), fromName: p.tenant, ...body };
}
