import type { ReadabilityScoreName, TargetRange, UiLocale } from './types';

/** Findings speak to the editor in the interface language and always say how to fix the problem. */
interface Messages {
  headingFirstLevel(level: number): string;
  headingSkippedLevel(level: number, previous: number): string;
  figureAltMissing(): string;
  figureAltFilename(alt: string): string;
  figureMediaMissing(): string;
  linkEmpty(): string;
  linkVague(text: string): string;
  linkUrlText(): string;
  tableCaption(): string;
  tableHeaders(): string;
  tableHeaderEmpty(): string;
  abbreviationUnexpanded(token: string): string;
  languageUnmarked(excerpt: string, detected: string | null, expected: string): string;
  blockEmpty(kind: string): string;
  citationMissing(): string;
  termMissing(): string;
  urgencyWording(kind: string): string;
  urgencyHidden(): string;
  readability(name: ReadabilityScoreName, value: number, target: TargetRange): string;
}

const SCORE_NAMES: Record<UiLocale, Record<ReadabilityScoreName, string>> = {
  en: {
    fleschReadingEase: 'Flesch Reading Ease',
    fleschKincaidGrade: 'Flesch–Kincaid grade',
    amstad: 'Flesch (Amstad)',
    wienerSachtextformel: 'Wiener Sachtextformel',
    fernandezHuerta: 'Fernández-Huerta',
    kandelMoles: 'Kandel–Moles',
    gulpease: 'Gulpease',
    fleschDouma: 'Flesch–Douma',
  },
  de: {
    fleschReadingEase: 'Flesch-Lesbarkeitsindex',
    fleschKincaidGrade: 'Flesch-Kincaid-Klassenstufe',
    amstad: 'Flesch-Index (Amstad)',
    wienerSachtextformel: 'Wiener Sachtextformel',
    fernandezHuerta: 'Fernández-Huerta-Index',
    kandelMoles: 'Kandel-Moles-Index',
    gulpease: 'Gulpease-Index',
    fleschDouma: 'Flesch-Douma-Index',
  },
};

const round = (n: number) => (Math.round(n * 10) / 10).toString();
const describe = (t: TargetRange, ui: UiLocale): string => {
  const parts: string[] = [];
  if (t.min !== undefined) parts.push(ui === 'de' ? `mindestens ${t.min}` : `at least ${t.min}`);
  if (t.max !== undefined) parts.push(ui === 'de' ? `höchstens ${t.max}` : `at most ${t.max}`);
  return parts.join(ui === 'de' ? ' und ' : ' and ');
};
const languageName = (tag: string, ui: UiLocale): string => {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

const en: Messages = {
  headingFirstLevel: (level) =>
    `The first heading is level ${level}, but the document title is the only level 1 heading, so the first heading must be level 2. Change it to level 2.`,
  headingSkippedLevel: (level, previous) =>
    `This level ${level} heading follows a level ${previous} heading and skips a level. Change it to level ${previous + 1} or add the missing heading in between.`,
  figureAltMissing: () =>
    'This image has no alt text. Describe what the image shows for people who cannot see it, or mark it as decorative if it adds no information.',
  figureAltFilename: (alt) => `The alt text "${alt}" looks like a file name. Replace it with a short description of what the image shows.`,
  figureMediaMissing: () => 'This image refers to a media item that does not exist (any more). Choose the image again or remove the block.',
  linkEmpty: () => 'This link has no text. Give it text that says where it leads.',
  linkVague: (text) =>
    `The link text "${text}" does not say where the link leads. Use words that make sense on their own, e.g. the title of the page it opens.`,
  linkUrlText: () => 'The link text is a web address, which screen readers spell out. Use the name of the page or organisation instead.',
  tableCaption: () => 'This table has no caption. Add a caption that says what the table shows.',
  tableHeaders: () =>
    'This table has no header cells. Mark the first row (or column) as header cells so screen readers can name each value.',
  tableHeaderEmpty: () => 'A header cell of this table is empty. Give every header cell a label.',
  abbreviationUnexpanded: (token) =>
    `"${token}" is used before it is explained. Mark its first use as an abbreviation with its full form (or write the full form in brackets next to it).`,
  languageUnmarked: (excerpt, detected, expected) =>
    `"${excerpt}" does not look like ${languageName(expected, 'en')}${detected ? ` (it may be ${languageName(detected, 'en')})` : ''}. If it is another language, mark it as a language span so screen readers pronounce it correctly.`,
  blockEmpty: (kind) => `This ${kind} is empty. Add text or delete the block.`,
  citationMissing: () => 'This refers to a source that does not exist (any more). Pick the source again or remove the reference.',
  termMissing: () => 'This refers to a glossary term that does not exist (any more). Pick the term again or remove the mark.',
  urgencyWording: (kind) =>
    `This box reads like emergency advice (calling an ambulance or 112, the emergency department), but it is a "${kind}" box, which looks calm. Use an emergency notice, or the "urgent" kind, so readers see at once that it is urgent.`,
  urgencyHidden: () =>
    'Urgent advice inside a question stays hidden until the reader opens the question. Put it above the questions, as an emergency notice or an urgent box.',
  readability: (name, value, target) =>
    `${SCORE_NAMES.en[name]} is ${round(value)}; the target is ${describe(target, 'en')}. Use shorter sentences and shorter, everyday words; explain technical terms.`,
};

const de: Messages = {
  headingFirstLevel: (level) =>
    `Die erste Überschrift hat Ebene ${level}. Der Dokumenttitel ist die einzige Überschrift der Ebene 1, daher muss die erste Überschrift Ebene 2 haben. Ändern Sie sie auf Ebene 2.`,
  headingSkippedLevel: (level, previous) =>
    `Diese Überschrift der Ebene ${level} folgt auf eine der Ebene ${previous} und überspringt eine Ebene. Ändern Sie sie auf Ebene ${previous + 1} oder ergänzen Sie die fehlende Überschrift dazwischen.`,
  figureAltMissing: () =>
    'Dieses Bild hat keinen Alternativtext. Beschreiben Sie, was das Bild zeigt, für Menschen, die es nicht sehen können – oder markieren Sie es als dekorativ, wenn es keine Information trägt.',
  figureAltFilename: (alt) =>
    `Der Alternativtext „${alt}“ sieht aus wie ein Dateiname. Ersetzen Sie ihn durch eine kurze Beschreibung dessen, was das Bild zeigt.`,
  figureMediaMissing: () =>
    'Dieses Bild verweist auf eine Mediendatei, die es nicht (mehr) gibt. Wählen Sie das Bild erneut aus oder entfernen Sie den Block.',
  linkEmpty: () => 'Dieser Link hat keinen Text. Geben Sie ihm einen Text, der sagt, wohin er führt.',
  linkVague: (text) =>
    `Der Linktext „${text}“ sagt nicht, wohin der Link führt. Verwenden Sie Worte, die für sich allein verständlich sind, z. B. den Titel der verlinkten Seite.`,
  linkUrlText: () =>
    'Der Linktext ist eine Webadresse, die Screenreader Zeichen für Zeichen vorlesen. Verwenden Sie stattdessen den Namen der Seite oder Organisation.',
  tableCaption: () => 'Diese Tabelle hat keine Beschriftung. Ergänzen Sie eine Beschriftung, die sagt, was die Tabelle zeigt.',
  tableHeaders: () =>
    'Diese Tabelle hat keine Kopfzellen. Markieren Sie die erste Zeile (oder Spalte) als Kopfzellen, damit Screenreader jeden Wert zuordnen können.',
  tableHeaderEmpty: () => 'Eine Kopfzelle dieser Tabelle ist leer. Geben Sie jeder Kopfzelle eine Bezeichnung.',
  abbreviationUnexpanded: (token) =>
    `„${token}“ wird verwendet, bevor es erklärt ist. Markieren Sie die erste Verwendung als Abkürzung mit der ausgeschriebenen Form (oder schreiben Sie die volle Form in Klammern dazu).`,
  languageUnmarked: (excerpt, detected, expected) =>
    `„${excerpt}“ scheint nicht ${languageName(expected, 'de')} zu sein${detected ? ` (vielleicht ${languageName(detected, 'de')})` : ''}. Wenn es eine andere Sprache ist, markieren Sie es als Sprachabschnitt, damit Screenreader es richtig aussprechen.`,
  blockEmpty: (kind) => `Dieser Block (${kind}) ist leer. Ergänzen Sie Text oder löschen Sie den Block.`,
  citationMissing: () =>
    'Hier wird auf eine Quelle verwiesen, die es nicht (mehr) gibt. Wählen Sie die Quelle erneut aus oder entfernen Sie den Verweis.',
  termMissing: () =>
    'Hier wird auf einen Glossarbegriff verwiesen, den es nicht (mehr) gibt. Wählen Sie den Begriff erneut aus oder entfernen Sie die Markierung.',
  urgencyWording: (kind) =>
    `Dieser Kasten klingt nach Notfall-Rat (Rettungsdienst, Notruf 112, Notaufnahme), ist aber ein Kasten der Art „${kind}“, der ruhig aussieht. Verwenden Sie einen Notfallhinweis oder die Art „dringend“, damit Lesende sofort sehen, dass es eilt.`,
  urgencyHidden: () =>
    'Dringender Rat in einer Frage bleibt verborgen, bis die Frage geöffnet wird. Stellen Sie ihn über die Fragen, als Notfallhinweis oder dringenden Kasten.',
  readability: (name, value, target) =>
    `${SCORE_NAMES.de[name]}: ${round(value).replace('.', ',')}; Ziel ist ${describe(target, 'de')}. Schreiben Sie kürzere Sätze mit kürzeren, alltäglichen Wörtern und erklären Sie Fachbegriffe.`,
};

export const MESSAGES: Record<UiLocale, Messages> = { en, de };

/** Names of block kinds in findings ("This list is empty"). */
export const BLOCK_KIND: Record<UiLocale, Record<string, string>> = {
  en: { heading: 'heading', paragraph: 'paragraph', listItem: 'list item', faq: 'question', callout: 'callout', cell: 'table cell' },
  de: { heading: 'Überschrift', paragraph: 'Absatz', listItem: 'Listenpunkt', faq: 'Frage', callout: 'Hinweisbox', cell: 'Tabellenzelle' },
};

/** Names of the calmer callout kinds in findings, as the editor's kind menu shows them. */
export const CALLOUT_KIND: Record<UiLocale, Record<'info' | 'warning' | 'seeDoctor', string>> = {
  en: { info: 'information', warning: 'warning', seeDoctor: 'see a doctor' },
  de: { info: 'Information', warning: 'Warnung', seeDoctor: 'Ärztlichen Rat einholen' },
};

export { SCORE_NAMES };
