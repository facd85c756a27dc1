import { doiUrl, pubmedUrl, type CitationData, type Person } from './citation.model';
import { labelsFor, type CitationLabels } from './citation.labels';

/**
 * One reference style for every tenant: Vancouver as used in medicine
 * (ICMJE/NLM), simplified. Authors as "Family Initials", the first six then
 * "et al."; title; container (journal, book, issuing body); date; locator;
 * identifiers as links (doi.org, PubMed). Labels ("accessed", "editors") are
 * in the reader's language; titles stay as published.
 */

export type CitationPartRole =
  'authors' | 'title' | 'container' | 'edition' | 'publisher' | 'date' | 'locator' | 'identifier' | 'link' | 'accessed' | 'text';

export interface CitationPart {
  role: CitationPartRole;
  text: string;
  /** Set on parts that are links (DOI, PubMed id, web address). */
  href?: string;
}

export interface CitationLink {
  kind: 'doi' | 'pubmed' | 'url';
  href: string;
  label: string;
}

export interface FormattedCitation {
  /** The whole reference as one line of plain text: the parts' texts joined. */
  text: string;
  parts: CitationPart[];
  links: CitationLink[];
}

export const MAX_LISTED_AUTHORS = 6;

/** "Anna-Lena Maria" → "A-LM": first letters of the given names, hyphens kept. */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((name) =>
      name
        .split('-')
        .filter(Boolean)
        .map((part) => part[0]!.toLocaleUpperCase())
        .join('-'),
    )
    .join('');
}

export function personName(p: Person): string {
  return p.given ? `${p.family} ${initials(p.given)}` : p.family;
}

export function nameList(people: Person[], labels: CitationLabels): string {
  const shown = people.slice(0, MAX_LISTED_AUTHORS).map(personName);
  return people.length > MAX_LISTED_AUTHORS ? `${shown.join(', ')}, ${labels.etAl}` : shown.join(', ');
}

class Builder {
  readonly parts: CitationPart[] = [];
  readonly links: CitationLink[] = [];

  add(role: CitationPartRole, text: string, href?: string): this {
    if (text) this.parts.push(href ? { role, text, href } : { role, text });
    return this;
  }

  /** Starts the next element of the reference with a space. */
  space(): this {
    if (this.parts.length) this.add('text', ' ');
    return this;
  }

  link(kind: CitationLink['kind'], href: string, label: string): this {
    this.links.push({ kind, href, label });
    return this;
  }

  done(): FormattedCitation {
    // Adjacent plain-text parts are merged so renderers see clean runs.
    const parts: CitationPart[] = [];
    for (const p of this.parts) {
      const last = parts[parts.length - 1];
      if (last && last.role === 'text' && p.role === 'text') last.text += p.text;
      else parts.push({ ...p });
    }
    return { text: parts.map((p) => p.text).join(''), parts, links: this.links };
  }
}

function formatDate(iso: string, locale: string, labels: CitationLabels): string {
  let dateLocale = labels.dateLocale;
  try {
    // A regional locale writes dates its own way ("Jänner" in de-AT).
    if (new Intl.Locale(locale).region && new Intl.Locale(locale).language === new Intl.Locale(labels.dateLocale).language) {
      dateLocale = locale;
    }
  } catch {
    // keep the label language's format
  }
  return new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Adds `text` as one element of the reference, closed by a full stop. */
function unit(b: Builder, role: CitationPartRole, text: string): void {
  b.space()
    .add(role, text)
    .add('text', /[.?!]$/.test(text) ? '' : '.');
}

function authorsPart(b: Builder, people: Person[] | undefined, labels: CitationLabels, suffix?: string): void {
  if (!people?.length) return;
  const names = nameList(people, labels);
  unit(b, 'authors', suffix ? `${names}, ${suffix}` : names);
}

function titlePart(b: Builder, title: string, bracket?: string): void {
  if (bracket) b.space().add('title', title.replace(/\.$/, '')).add('text', ` [${bracket}].`);
  else unit(b, 'title', title);
}

/**
 * The text of a link to a web page: the source's title (cut at 120
 * characters), never the raw address, which screen readers spell out and
 * which says nothing about where it leads (WCAG 2.4.4). The reference text
 * still gives the address, as the style requires.
 */
export function webLinkLabel(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean.length > 120 ? `${clean.slice(0, 119).trimEnd()}…` : clean;
}

function urlPart(b: Builder, url: string | undefined, labels: CitationLabels, title: string): void {
  if (!url) return;
  b.space()
    .add('text', `${labels.availableFrom} `)
    .add('link', url, url)
    .link('url', url, webLinkLabel(title) || url);
}

function identifiers(b: Builder, c: CitationData): void {
  if (c.doi) {
    const href = doiUrl(c.doi);
    b.space().add('identifier', `doi:${c.doi}`, href).add('text', '.').link('doi', href, `doi:${c.doi}`);
  }
  if (c.pubmedId) {
    const href = pubmedUrl(c.pubmedId);
    b.space().add('identifier', `PMID: ${c.pubmedId}`, href).add('text', '.').link('pubmed', href, `PMID: ${c.pubmedId}`);
  }
}

/** "Place: Publisher; 2019." (or without the place). */
function imprint(b: Builder, c: CitationData): void {
  b.space();
  if (c.place) b.add('publisher', `${c.place}: ${c.publisher}`);
  else b.add('publisher', c.publisher ?? '');
  b.add('text', '; ').add('date', String(c.year)).add('text', '.');
}

function editorsLabel(people: Person[], labels: CitationLabels): string {
  return people.length === 1 ? labels.editor : labels.editors;
}

export function formatCitation(c: CitationData & { draft?: boolean; originalText?: string | null }, locale: string): FormattedCitation {
  const labels = labelsFor(locale);
  const b = new Builder();
  // An imported draft may lack fields its kind's style needs: readers see the reference as the article wrote it.
  if (c.draft && c.originalText) {
    b.add('text', c.originalText);
    if (c.doi) b.link('doi', doiUrl(c.doi), `doi:${c.doi}`);
    if (c.pubmedId) b.link('pubmed', pubmedUrl(c.pubmedId), `PMID: ${c.pubmedId}`);
    if (c.url) b.link('url', c.url, webLinkLabel(c.title) || c.url);
    return b.done();
  }
  switch (c.kind) {
    case 'journalArticle': {
      authorsPart(b, c.authors, labels);
      titlePart(b, c.title);
      unit(b, 'container', c.journal ?? '');
      let locator = '';
      if (c.volume) locator += `;${c.volume}`;
      if (c.issue) locator += `(${c.issue})`;
      if (c.pages) locator += `:${c.pages}`;
      b.space().add('date', String(c.year)).add('locator', locator).add('text', '.');
      identifiers(b, c);
      if (!c.doi && !c.pubmedId) urlPart(b, c.url, labels, c.title);
      break;
    }
    case 'guideline': {
      unit(b, 'container', c.issuingBody ?? '');
      authorsPart(b, c.authors, labels);
      titlePart(b, c.title);
      if (c.guidelineVersion) b.space().add('edition', `${labels.version} ${c.guidelineVersion}`).add('text', '.');
      if (c.registryNumber) b.space().add('identifier', `${labels.registryNumber} ${c.registryNumber}`).add('text', '.');
      b.space().add('date', String(c.year)).add('text', '.');
      urlPart(b, c.url, labels, c.title);
      break;
    }
    case 'book': {
      if (c.authors?.length) authorsPart(b, c.authors, labels);
      else if (c.editors?.length) authorsPart(b, c.editors, labels, editorsLabel(c.editors, labels));
      titlePart(b, c.title);
      if (c.authors?.length && c.editors?.length) {
        unit(b, 'authors', `${nameList(c.editors, labels)}, ${editorsLabel(c.editors, labels)}`);
      }
      if (c.edition && c.edition > 1) b.space().add('edition', labels.edition(c.edition));
      imprint(b, c);
      if (c.isbn) b.space().add('identifier', `ISBN ${c.isbn}`).add('text', '.');
      identifiers(b, c);
      if (!c.doi) urlPart(b, c.url, labels, c.title);
      break;
    }
    case 'bookChapter': {
      authorsPart(b, c.authors, labels);
      titlePart(b, c.chapterTitle ?? '');
      b.space().add('text', labels.in);
      if (c.editors?.length) {
        unit(b, 'authors', `${nameList(c.editors, labels)}, ${editorsLabel(c.editors, labels)}`);
      }
      unit(b, 'container', c.title);
      if (c.edition && c.edition > 1) b.space().add('edition', labels.edition(c.edition));
      imprint(b, c);
      if (c.pages) b.space().add('locator', `${labels.pages} ${c.pages}`).add('text', '.');
      if (c.isbn) b.space().add('identifier', `ISBN ${c.isbn}`).add('text', '.');
      identifiers(b, c);
      if (!c.doi) urlPart(b, c.url, labels, c.title);
      break;
    }
    case 'drugSafetyNotice': {
      unit(b, 'container', c.authority ?? '');
      titlePart(b, c.title, labels.drugSafetyNotice);
      b.space()
        .add('date', formatDate(c.date!, locale, labels))
        .add('text', '.');
      urlPart(b, c.url, labels, c.title);
      break;
    }
    case 'webPage': {
      if (c.authors?.length) authorsPart(b, c.authors, labels);
      else if (c.organisation) unit(b, 'authors', c.organisation);
      titlePart(b, c.title, labels.internet);
      if (c.authors?.length && c.organisation) unit(b, 'container', c.organisation);
      if (c.date)
        b.space()
          .add('date', formatDate(c.date, locale, labels))
          .add('text', '.');
      urlPart(b, c.url, labels, c.title);
      b.space().add('accessed', `(${labels.accessed(formatDate(c.accessedOn!, locale, labels))})`);
      break;
    }
  }
  return b.done();
}
