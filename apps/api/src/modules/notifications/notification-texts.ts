import type { NotificationKind } from './kinds';

/*
 * The notification e-mails' texts, one catalog per language, like the
 * identity module's mail-texts.ts. notification-texts.spec.ts checks that
 * every language has every key. Names and titles come from people: they are
 * escaped by the renderer, never trusted as HTML.
 */

/** The languages notification mail is written in; others fall back by language, then to English. */
export const NOTIFICATION_LANGUAGES = ['en', 'de', 'ar'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** The mail language for a locale tag: de-AT → de, fr → en. */
export function notificationLanguage(locale: string): NotificationLanguage {
  const base = locale.toLowerCase().split('-')[0];
  return (NOTIFICATION_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as NotificationLanguage) : 'en';
}

/** What a message about one document locale says: the tenant, the document's title, its locale and who acted. */
export interface DocumentParams {
  tenant: string;
  title: string;
  locale: string;
  actor: string;
}

interface DocumentMessage {
  subject(p: DocumentParams): string;
  heading(p: DocumentParams): string;
  body(p: DocumentParams): string;
}

export interface NotificationTexts {
  /** Each kind's name, as on the settings page and in the footer. */
  kinds: Record<NotificationKind, string>;
  /** Who acted when nobody did: a scheduled change. */
  system: string;
  openDocument(p: DocumentParams): string;
  reviewRequested: DocumentMessage;
  reviewApproved: DocumentMessage;
  reviewSentBack: DocumentMessage & { commentIs: string };
  documentPublished: DocumentMessage;
  scheduledPublishDone: DocumentMessage;
  scheduledUnpublishDone: DocumentMessage;
  scheduledPublishFailed: DocumentMessage & { why(reason: string): string };
  scheduledUnpublishFailed: DocumentMessage & { why(reason: string): string };
  invitationAccepted: {
    subject(p: { tenant: string; member: string }): string;
    heading(p: { tenant: string; member: string }): string;
    body(p: { tenant: string; member: string; email: string }): string;
    link(tenant: string): string;
  };
  reviewOverdue: {
    subject(p: { tenant: string; count: number }): string;
    heading(tenant: string): string;
    body(p: { tenant: string; count: number }): string;
    entry(p: { title: string; locale: string; due: string }): string;
    more(n: number): string;
    link(tenant: string): string;
  };
  /** The daily digest: one mail listing every notification of the kinds the member chose to get once a day. */
  dailyDigest: {
    subject(p: { tenant: string; count: number }): string;
    heading(tenant: string): string;
    body(count: number): string;
    more(n: number): string;
    link(tenant: string): string;
    footer(p: { kinds: string; tenant: string }): string;
  };
  /** Why a scheduled change was refused, by the error's reason; others are named by their code. */
  reasons: Record<KnownReason, string>;
  footer(p: { kind: string; tenant: string }): string;
  settings: string;
}

export const KNOWN_REASONS = [
  'PUBLISH_CHECKS_FAILED',
  'PUBLISH_GATE',
  'SLUG_TAKEN',
  'WORKFLOW_STATUS_CONFLICT',
  'REVISION_CHANGED',
] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];

/** A refusal's reason in words, or its code when the catalog has no words for it. */
export function reasonIn(texts: NotificationTexts, reason: string): string {
  return (KNOWN_REASONS as readonly string[]).includes(reason) ? texts.reasons[reason as KnownReason] : reason;
}

const EN: NotificationTexts = {
  kinds: {
    reviewRequested: 'Review requested',
    reviewApproved: 'Your version approved',
    reviewSentBack: 'Your version sent back',
    documentPublished: 'Your document published',
    scheduledChange: 'Scheduled publishing done or failed',
    invitationAccepted: 'Invitation accepted',
    reviewOverdue: 'Weekly list of documents past their review date',
  },
  system: 'The scheduler',
  openDocument: (p) => `Open “${p.title}” (${p.locale}) in the editor`,
  reviewRequested: {
    subject: (p) => `Review requested: ${p.title} (${p.locale})`,
    heading: (p) => `“${p.title}” waits for your review`,
    body: (p) => `${p.actor} submitted the ${p.locale} version of “${p.title}” on ${p.tenant} for review.`,
  },
  reviewApproved: {
    subject: (p) => `Approved: ${p.title} (${p.locale})`,
    heading: (p) => `“${p.title}” is approved`,
    body: (p) => `${p.actor} approved the ${p.locale} version of “${p.title}” on ${p.tenant}. It can now be published.`,
  },
  reviewSentBack: {
    subject: (p) => `Sent back: ${p.title} (${p.locale})`,
    heading: (p) => `“${p.title}” needs changes`,
    body: (p) => `${p.actor} sent the ${p.locale} version of “${p.title}” on ${p.tenant} back to draft.`,
    commentIs: 'Their comment:',
  },
  documentPublished: {
    subject: (p) => `Published: ${p.title} (${p.locale})`,
    heading: (p) => `“${p.title}” is published`,
    body: (p) => `${p.actor} published the ${p.locale} version of “${p.title}” on ${p.tenant}. Readers see it now.`,
  },
  scheduledPublishDone: {
    subject: (p) => `Published as scheduled: ${p.title} (${p.locale})`,
    heading: (p) => `“${p.title}” was published as scheduled`,
    body: (p) => `The ${p.locale} version of “${p.title}” on ${p.tenant} was published at the time you chose.`,
  },
  scheduledUnpublishDone: {
    subject: (p) => `Taken down as scheduled: ${p.title} (${p.locale})`,
    heading: (p) => `“${p.title}” was taken down as scheduled`,
    body: (p) => `The ${p.locale} version of “${p.title}” on ${p.tenant} was taken down at the time you chose.`,
  },
  scheduledPublishFailed: {
    subject: (p) => `Scheduled publishing failed: ${p.title} (${p.locale})`,
    heading: (p) => `“${p.title}” could not be published as scheduled`,
    body: (p) =>
      `The ${p.locale} version of “${p.title}” on ${p.tenant} was not published at the time you chose, and is no longer scheduled.`,
    why: (r) => `The reason given: ${r}. Open the document, fix what its checks name, then publish or schedule it again.`,
  },
  scheduledUnpublishFailed: {
    subject: (p) => `Scheduled take-down failed: ${p.title} (${p.locale})`,
    heading: (p) => `“${p.title}” could not be taken down as scheduled`,
    body: (p) =>
      `The ${p.locale} version of “${p.title}” on ${p.tenant} was not taken down at the time you chose, and is no longer scheduled.`,
    why: (r) => `The reason given: ${r}. Open the document and take it down or schedule it again.`,
  },
  invitationAccepted: {
    subject: (p) => `${p.member} joined ${p.tenant}`,
    heading: (p) => `${p.member} accepted your invitation`,
    body: (p) => `${p.member} (${p.email}) accepted your invitation and is now a member of ${p.tenant}.`,
    link: (t) => `See the members of ${t}`,
  },
  reviewOverdue: {
    subject: (p) =>
      p.count === 1
        ? `1 document is past its review date on ${p.tenant}`
        : `${p.count} documents are past their review date on ${p.tenant}`,
    heading: (t) => `Documents past their review date on ${t}`,
    body: (p) =>
      `${p.count === 1 ? 'This document is' : `These ${p.count} documents are`} past the date by which their medical content should have been reviewed:`,
    entry: (p) => `${p.title} (${p.locale}), review due ${p.due}`,
    more: (n) => `… and ${n} more.`,
    link: (t) => `See every document past its review date on ${t}`,
  },
  dailyDigest: {
    subject: (p) => (p.count === 1 ? `1 notification from ${p.tenant} today` : `${p.count} notifications from ${p.tenant} today`),
    heading: (t) => `Your daily summary from ${t}`,
    body: (n) => (n === 1 ? 'This happened since your last summary:' : `These ${n} things happened since your last summary:`),
    more: (n) => `… and ${n} more, not listed.`,
    link: (t) => `Open the documents of ${t} in the editor`,
    footer: (p) =>
      `You get this e-mail once a day because you chose a daily summary for “${p.kinds}” in your notification settings for ${p.tenant}.`,
  },
  reasons: {
    PUBLISH_CHECKS_FAILED: 'the publishing checks found errors',
    PUBLISH_GATE: 'publishing requirements (author, reviewer, review date, summary or sources) are missing',
    SLUG_TAKEN: 'another published document uses its address',
    WORKFLOW_STATUS_CONFLICT: 'its state had changed meanwhile',
    REVISION_CHANGED: 'another version was approved meanwhile',
  },
  footer: (p) => `You get this e-mail because “${p.kind}” is on in your notification settings for ${p.tenant}.`,
  settings: 'Choose which e-mails you get',
};

const DE: NotificationTexts = {
  kinds: {
    reviewRequested: 'Prüfung angefragt',
    reviewApproved: 'Ihre Fassung freigegeben',
    reviewSentBack: 'Ihre Fassung zurückgeschickt',
    documentPublished: 'Ihr Dokument veröffentlicht',
    scheduledChange: 'Geplante Veröffentlichung ausgeführt oder fehlgeschlagen',
    invitationAccepted: 'Einladung angenommen',
    reviewOverdue: 'Wöchentliche Liste der Dokumente mit überfälliger Prüfung',
  },
  system: 'Die Zeitplanung',
  openDocument: (p) => `„${p.title}“ (${p.locale}) im Editor öffnen`,
  reviewRequested: {
    subject: (p) => `Prüfung angefragt: ${p.title} (${p.locale})`,
    heading: (p) => `„${p.title}“ wartet auf Ihre Prüfung`,
    body: (p) => `${p.actor} hat die Fassung ${p.locale} von „${p.title}“ auf ${p.tenant} zur Prüfung eingereicht.`,
  },
  reviewApproved: {
    subject: (p) => `Freigegeben: ${p.title} (${p.locale})`,
    heading: (p) => `„${p.title}“ ist freigegeben`,
    body: (p) =>
      `${p.actor} hat die Fassung ${p.locale} von „${p.title}“ auf ${p.tenant} freigegeben. Sie kann jetzt veröffentlicht werden.`,
  },
  reviewSentBack: {
    subject: (p) => `Zurückgeschickt: ${p.title} (${p.locale})`,
    heading: (p) => `„${p.title}“ braucht Änderungen`,
    body: (p) => `${p.actor} hat die Fassung ${p.locale} von „${p.title}“ auf ${p.tenant} in den Entwurf zurückgeschickt.`,
    commentIs: 'Der Kommentar dazu:',
  },
  documentPublished: {
    subject: (p) => `Veröffentlicht: ${p.title} (${p.locale})`,
    heading: (p) => `„${p.title}“ ist veröffentlicht`,
    body: (p) => `${p.actor} hat die Fassung ${p.locale} von „${p.title}“ auf ${p.tenant} veröffentlicht. Sie ist jetzt für alle sichtbar.`,
  },
  scheduledPublishDone: {
    subject: (p) => `Wie geplant veröffentlicht: ${p.title} (${p.locale})`,
    heading: (p) => `„${p.title}“ wurde wie geplant veröffentlicht`,
    body: (p) => `Die Fassung ${p.locale} von „${p.title}“ auf ${p.tenant} wurde zur gewählten Zeit veröffentlicht.`,
  },
  scheduledUnpublishDone: {
    subject: (p) => `Wie geplant zurückgezogen: ${p.title} (${p.locale})`,
    heading: (p) => `„${p.title}“ wurde wie geplant zurückgezogen`,
    body: (p) => `Die Fassung ${p.locale} von „${p.title}“ auf ${p.tenant} wurde zur gewählten Zeit zurückgezogen.`,
  },
  scheduledPublishFailed: {
    subject: (p) => `Geplante Veröffentlichung fehlgeschlagen: ${p.title} (${p.locale})`,
    heading: (p) => `„${p.title}“ konnte nicht wie geplant veröffentlicht werden`,
    body: (p) =>
      `Die Fassung ${p.locale} von „${p.title}“ auf ${p.tenant} wurde zur gewählten Zeit nicht veröffentlicht und ist nicht mehr eingeplant.`,
    why: (r) =>
      `Der genannte Grund: ${r}. Öffnen Sie das Dokument, beheben Sie, was die Prüfungen nennen, und veröffentlichen oder planen Sie es erneut.`,
  },
  scheduledUnpublishFailed: {
    subject: (p) => `Geplantes Zurückziehen fehlgeschlagen: ${p.title} (${p.locale})`,
    heading: (p) => `„${p.title}“ konnte nicht wie geplant zurückgezogen werden`,
    body: (p) =>
      `Die Fassung ${p.locale} von „${p.title}“ auf ${p.tenant} wurde zur gewählten Zeit nicht zurückgezogen und ist nicht mehr eingeplant.`,
    why: (r) => `Der genannte Grund: ${r}. Öffnen Sie das Dokument und ziehen Sie es zurück oder planen Sie es erneut.`,
  },
  invitationAccepted: {
    subject: (p) => `${p.member} ist jetzt bei ${p.tenant}`,
    heading: (p) => `${p.member} hat Ihre Einladung angenommen`,
    body: (p) => `${p.member} (${p.email}) hat Ihre Einladung angenommen und ist jetzt Mitglied von ${p.tenant}.`,
    link: (t) => `Mitglieder von ${t} ansehen`,
  },
  reviewOverdue: {
    subject: (p) => `${p.count} ${p.count === 1 ? 'Dokument' : 'Dokumente'} auf ${p.tenant} mit überfälliger Prüfung`,
    heading: (t) => `Dokumente mit überfälliger Prüfung auf ${t}`,
    body: (p) =>
      `${p.count === 1 ? 'Bei diesem Dokument' : `Bei diesen ${p.count} Dokumenten`} ist das Datum überschritten, bis zu dem der medizinische Inhalt geprüft werden sollte:`,
    entry: (p) => `${p.title} (${p.locale}), Prüfung fällig am ${p.due}`,
    more: (n) => `… und ${n} weitere.`,
    link: (t) => `Alle Dokumente mit überfälliger Prüfung auf ${t} ansehen`,
  },
  dailyDigest: {
    subject: (p) => `${p.count} ${p.count === 1 ? 'Benachrichtigung' : 'Benachrichtigungen'} von ${p.tenant} heute`,
    heading: (t) => `Ihre tägliche Zusammenfassung von ${t}`,
    body: (n) =>
      n === 1
        ? 'Das ist seit Ihrer letzten Zusammenfassung geschehen:'
        : `Diese ${n} Dinge sind seit Ihrer letzten Zusammenfassung geschehen:`,
    more: (n) => `… und ${n} weitere, nicht aufgeführt.`,
    link: (t) => `Die Dokumente von ${t} im Editor öffnen`,
    footer: (p) =>
      `Sie erhalten diese E-Mail einmal täglich, weil Sie für „${p.kinds}“ in Ihren Benachrichtigungen für ${p.tenant} eine tägliche Zusammenfassung gewählt haben.`,
  },
  reasons: {
    PUBLISH_CHECKS_FAILED: 'die Prüfungen vor dem Veröffentlichen haben Fehler gefunden',
    PUBLISH_GATE:
      'Voraussetzungen für das Veröffentlichen (Autorin oder Autor, Begutachtung, Prüfdatum, Zusammenfassung oder Quellen) fehlen',
    SLUG_TAKEN: 'ein anderes veröffentlichtes Dokument verwendet dieselbe Adresse',
    WORKFLOW_STATUS_CONFLICT: 'sein Status hatte sich inzwischen geändert',
    REVISION_CHANGED: 'inzwischen wurde eine andere Fassung freigegeben',
  },
  footer: (p) => `Sie erhalten diese E-Mail, weil „${p.kind}“ in Ihren Benachrichtigungen für ${p.tenant} eingeschaltet ist.`,
  settings: 'Wählen, welche E-Mails Sie erhalten',
};

const AR: NotificationTexts = {
  kinds: {
    reviewRequested: 'طلب مراجعة',
    reviewApproved: 'اعتماد نسختك',
    reviewSentBack: 'إعادة نسختك للتعديل',
    documentPublished: 'نشر مستندك',
    scheduledChange: 'تنفيذ النشر المجدول أو فشله',
    invitationAccepted: 'قبول دعوة',
    reviewOverdue: 'قائمة أسبوعية بالمستندات التي فات موعد مراجعتها',
  },
  system: 'الجدولة',
  openDocument: (p) => `افتح «${p.title}» (${p.locale}) في المحرر`,
  reviewRequested: {
    subject: (p) => `طلب مراجعة: ${p.title} (${p.locale})`,
    heading: (p) => `«${p.title}» بانتظار مراجعتك`,
    body: (p) => `قدّم ${p.actor} النسخة ${p.locale} من «${p.title}» على ${p.tenant} للمراجعة.`,
  },
  reviewApproved: {
    subject: (p) => `تم الاعتماد: ${p.title} (${p.locale})`,
    heading: (p) => `تم اعتماد «${p.title}»`,
    body: (p) => `اعتمد ${p.actor} النسخة ${p.locale} من «${p.title}» على ${p.tenant}. يمكن نشرها الآن.`,
  },
  reviewSentBack: {
    subject: (p) => `أُعيد للتعديل: ${p.title} (${p.locale})`,
    heading: (p) => `«${p.title}» يحتاج إلى تعديلات`,
    body: (p) => `أعاد ${p.actor} النسخة ${p.locale} من «${p.title}» على ${p.tenant} إلى المسودة.`,
    commentIs: 'تعليقه:',
  },
  documentPublished: {
    subject: (p) => `تم النشر: ${p.title} (${p.locale})`,
    heading: (p) => `تم نشر «${p.title}»`,
    body: (p) => `نشر ${p.actor} النسخة ${p.locale} من «${p.title}» على ${p.tenant}. يراها القراء الآن.`,
  },
  scheduledPublishDone: {
    subject: (p) => `نُشر كما هو مجدول: ${p.title} (${p.locale})`,
    heading: (p) => `نُشر «${p.title}» كما هو مجدول`,
    body: (p) => `نُشرت النسخة ${p.locale} من «${p.title}» على ${p.tenant} في الوقت الذي اخترته.`,
  },
  scheduledUnpublishDone: {
    subject: (p) => `سُحب كما هو مجدول: ${p.title} (${p.locale})`,
    heading: (p) => `سُحب «${p.title}» كما هو مجدول`,
    body: (p) => `سُحبت النسخة ${p.locale} من «${p.title}» على ${p.tenant} في الوقت الذي اخترته.`,
  },
  scheduledPublishFailed: {
    subject: (p) => `فشل النشر المجدول: ${p.title} (${p.locale})`,
    heading: (p) => `تعذّر نشر «${p.title}» كما هو مجدول`,
    body: (p) => `لم تُنشر النسخة ${p.locale} من «${p.title}» على ${p.tenant} في الوقت الذي اخترته، ولم تعد مجدولة.`,
    why: (r) => `السبب المذكور: ${r}. افتح المستند وأصلح ما تذكره الفحوص، ثم انشره أو جدوله من جديد.`,
  },
  scheduledUnpublishFailed: {
    subject: (p) => `فشل السحب المجدول: ${p.title} (${p.locale})`,
    heading: (p) => `تعذّر سحب «${p.title}» كما هو مجدول`,
    body: (p) => `لم تُسحب النسخة ${p.locale} من «${p.title}» على ${p.tenant} في الوقت الذي اخترته، ولم تعد مجدولة.`,
    why: (r) => `السبب المذكور: ${r}. افتح المستند واسحبه أو جدوله من جديد.`,
  },
  invitationAccepted: {
    subject: (p) => `انضم ${p.member} إلى ${p.tenant}`,
    heading: (p) => `قبل ${p.member} دعوتك`,
    body: (p) => `قبل ${p.member} (${p.email}) دعوتك وأصبح عضوًا في ${p.tenant}.`,
    link: (t) => `اعرض أعضاء ${t}`,
  },
  reviewOverdue: {
    subject: (p) => `مستندات فات موعد مراجعتها على ${p.tenant}: ${p.count}`,
    heading: (t) => `مستندات فات موعد مراجعتها على ${t}`,
    body: (p) => `عدد المستندات التي فات الموعد المحدد لمراجعة محتواها الطبي: ${p.count}.`,
    entry: (p) => `${p.title} (${p.locale})، موعد المراجعة ${p.due}`,
    more: (n) => `… و${n} غيرها.`,
    link: (t) => `اعرض كل المستندات التي فات موعد مراجعتها على ${t}`,
  },
  dailyDigest: {
    subject: (p) => `إشعارات اليوم من ${p.tenant}: ${p.count}`,
    heading: (t) => `ملخصك اليومي من ${t}`,
    body: (n) => `ما حدث منذ ملخصك الأخير (${n}):`,
    more: (n) => `… و${n} غيرها لم تُدرج.`,
    link: (t) => `افتح مستندات ${t} في المحرر`,
    footer: (p) => `تصلك هذه الرسالة مرة في اليوم لأنك اخترت ملخصًا يوميًا لـ«${p.kinds}» في إعدادات الإشعارات لديك على ${p.tenant}.`,
  },
  reasons: {
    PUBLISH_CHECKS_FAILED: 'وجدت فحوص النشر أخطاء',
    PUBLISH_GATE: 'تنقص متطلبات النشر (المؤلف أو المراجع الطبي أو تاريخ المراجعة أو الملخص أو المصادر)',
    SLUG_TAKEN: 'مستند منشور آخر يستخدم العنوان نفسه',
    WORKFLOW_STATUS_CONFLICT: 'تغيّرت حالته في أثناء ذلك',
    REVISION_CHANGED: 'اعتُمدت نسخة أخرى في أثناء ذلك',
  },
  footer: (p) => `تصلك هذه الرسالة لأن «${p.kind}» مفعّل في إعدادات الإشعارات لديك على ${p.tenant}.`,
  settings: 'اختر الرسائل التي تصلك',
};

export const NOTIFICATION_TEXTS: Readonly<Record<NotificationLanguage, NotificationTexts>> = { en: EN, de: DE, ar: AR };
