/**
 * Reads a reference as written in a reference list — Vancouver (NLM), APA or Harvard — into the
 * fields of a citation, as far as the text gives them. Offline and deterministic: no lookup of
 * DOIs or PubMed ids (see docs/adr/0028-reference-recognition.md for why this is our own parser).
 * What it cannot place stays in the original text, which the importer keeps with the draft.
 */
import { KIND_FIELDS, type CitationFieldName, type CitationFields, type CitationKind, type Person } from './citation.model';
import { monthNumber, scanIdentifiers, type ReferenceIdentifiers } from './citation.identifiers';

export type ReferenceStyle = 'vancouver' | 'apa' | 'harvard' | 'unknown';

export interface ParsedReference {
  kind: CitationKind;
  /** The fields the kind has, as far as the text gives them; `title` is always set (the text itself when nothing better was found). */
  fields: CitationFields;
  ids: ReferenceIdentifiers;
  style: ReferenceStyle;
  /** Whether the text has the shape of a reference (an identifier, or authors or a source with a year). */
  isReference: boolean;
}

interface Description {
  style: ReferenceStyle;
  authors?: Person[];
  organisation?: string;
  title?: string;
  container?: string;
  year?: number;
  month?: number;
  day?: number;
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
  place?: string;
  edition?: number;
}

/** Longer texts are not one reference; only the start is read. */
const MAX_TEXT = 2000;
const MAX_AUTHORS = 100;

/** Lines of a reference list that are notes about the article, not sources. */
const NOTE =
  /^(?:stand|herausgeber(?:in)?|hrsg\.?|publisher(?:'s|’s)?(?:\s+note)?|published by|note|hinweis|anmerkung|redaktion|impressum|copyright|©|disclaimer|last (?:updated|reviewed|revised)|reviewed|updated|as of|next review|nächste überprüfung|erstellt|autor(?:in|en)?|editorial (?:team|note))\b\s*[:.(-]?/i;

const VANCOUVER_NAME = String.raw`(?:\p{Ll}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+\p{Lu}{1,4}(?:-\p{Lu})?`;
const VANCOUVER_AUTHORS = new RegExp(String.raw`^(${VANCOUVER_NAME}(?:,\s*${VANCOUVER_NAME})*(?:,?\s*et\s+al)?)\.?$`, 'u');
const INITIALS = /^(?:\p{Lu}\.?\s?-?\s?)+$/u;
const YEAR = /\b(1[89]\d{2}|20\d{2})\b/;
const EDITION = /^\(?(\d{1,3})(?:st|nd|rd|th|\.)?\s*(?:edition|edn|ed|auflage|aufl)\.?\)?$/i;
const JOURNAL_LOCATOR =
  /^(\d{4})(?:\s+([A-Z][a-zä]{2,8})\.?(?:[-/][A-Z][a-z]{2,8})?(?:\s+(\d{1,2}))?)?\s*(?:;\s*([^(:;.\s]+)?(?:\s*\(([^)]{1,20})\))?(?:\s*:\s*([A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d+[A-Za-z]?)?))?|\.?$)/;
const BOOK_IMPRINT = /^([^:;]{2,80}):\s*([^;]{2,200});\s*(?:(?:c|©)\s*)?(\d{4})(?:\s+([A-Z][a-z]{2,8})(?:\s+(\d{1,2}))?)?/;

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.,;:\s]+|[.,;:\s]+$/g, '');

function vancouverPerson(name: string): Person {
  const m = /^(.*\S)\s+(\p{Lu}{1,4}(?:-\p{Lu})?)$/u.exec(name.trim());
  if (!m) return { family: name.trim() };
  const given = m[2]!.includes('-') ? m[2]! : [...m[2]!].join(' ');
  return { family: m[1]!, given };
}

/** "Smith, J. A., Jones, B.-C., & Lee, C." or "Smith, J.A. and Jones, B." → people; an organisation stays one family name. */
function commaPeople(text: string): Person[] {
  const parts = text
    .replace(/,?\s*(?:&|\band\b|\bund\b)\s+/g, ', ')
    .replace(/,?\s*et\s+al\.?/g, '')
    .split(/,\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const people: Person[] = [];
  for (const part of parts) {
    const last = people[people.length - 1];
    if (last && !last.given && INITIALS.test(part)) {
      last.given = part
        .replace(/\./g, ' ')
        .replace(/\s*-\s*/g, '-')
        .replace(/\s+/g, ' ')
        .trim();
    } else people.push({ family: part.replace(/\.$/, '') });
  }
  // "Müller A, Schmidt B (2019)": Vancouver names before a Harvard-style year (Springer's journals).
  return people.slice(0, MAX_AUTHORS).map((p) => (p.given || !/^\S.*\s\p{Lu}{1,3}$/u.test(p.family) ? p : vancouverPerson(p.family)));
}

/** Splits a description at sentence ends ". X" (not inside "et al." runs of initials). */
function segments(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=[\p{Lu}\d[(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const titleOf = (s: string) => clean(s.replace(/\[(?:internet|online)\]/gi, ''));

function datePart(d: Description, year?: string, month?: string, day?: string): void {
  if (year) d.year = Number(year);
  const mo = month ? monthNumber(month) : undefined;
  if (mo) {
    d.month = mo;
    if (day && Number(day) >= 1 && Number(day) <= 31) d.day = Number(day);
  }
}

/** "Journal, 12(3), 45–67" (APA, Harvard with "pp."), "Journal 95(2):12–18" (Springer). */
function apaSource(rest: string, d: Description): boolean {
  const m =
    /^(.+?),\s*(\d+[A-Za-z]?)(?:\s*\(([^)]{1,20})\))?(?:,\s*(?:pp?\.\s*)?([A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d+[A-Za-z]?)?))?\.?$/.exec(
      rest,
    ) ?? /^(.+?)\s+(\d+[A-Za-z]?)(?:\s*\(([^)]{1,20})\))?:\s*([A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d+[A-Za-z]?)?)\.?$/.exec(rest);
  if (!m || /\d/.test(m[1]!)) return false;
  [d.container, d.volume] = [clean(m[1]!), m[2]];
  if (m[3]) d.issue = m[3];
  if (m[4]) d.pages = m[4].replace(/\s+/g, '');
  return true;
}

function apaOrHarvard(rest: string): Description | null {
  const m = /^(.{2,600}?)\s*\((\d{4})[a-z]?(?:,\s*([A-Za-zä]+)\.?(?:\s+(\d{1,2}))?)?\)\.?\s*(.*)$/.exec(rest);
  if (!m || /\d/.test(m[1]!)) return null;
  // APA puts a full stop after "(2020)" and "&" between authors; Harvard neither, and "pp." before pages.
  const harvard = /\b(?:and|und)\b/.test(m[1]!) || /\bpp\.\s*\d/.test(rest) || !new RegExp(`\\(${m[2]}[^)]*\\)\\.`).test(rest);
  const d: Description = { style: harvard ? 'harvard' : 'apa' };
  const people = commaPeople(m[1]!);
  if (people.length === 1 && !people[0]!.given) d.organisation = people[0]!.family;
  else d.authors = people;
  datePart(d, m[2], m[3], m[4]);
  const after = m[5]!;
  const t = /^(.+?[.?!])(?:\s+|$)(.*)$/.exec(after);
  let title = t ? t[1]! : after;
  let source = t ? t[2]!.trim() : '';
  const ed = /\s*\((\d{1,3})(?:st|nd|rd|th|\.)\s*(?:edn|ed|Aufl)\.?\)/i.exec(title);
  if (ed) {
    d.edition = Number(ed[1]);
    title = title.replace(ed[0], '');
  }
  const edSeg = /^(\d{1,3})(?:st|nd|rd|th|\.)\s*(?:edition|edn|ed|Auflage|Aufl)\.?\s*/i.exec(source);
  if (edSeg) {
    d.edition = Number(edSeg[1]);
    source = source.slice(edSeg[0].length);
  }
  d.title = titleOf(title);
  if (source && !apaSource(source, d)) {
    const imprint = /^(?:([^:]{2,80}):\s*)?([^:]{2,200}?)\.?$/.exec(source);
    if (imprint) {
      if (imprint[1]) d.place = clean(imprint[1]);
      d.publisher = clean(imprint[2]!);
    }
  }
  return d;
}

function vancouver(rest: string, hasUrl: boolean): Description {
  const segs = segments(rest);
  const d: Description = { style: 'unknown' };
  let i = 0;
  const first = segs[0] ?? '';
  if (VANCOUVER_AUTHORS.test(first) && segs.length > 1) {
    d.authors = first
      .replace(/,?\s*et\s+al\.?$/, '')
      .replace(/\.$/, '')
      .split(/,\s*/)
      .map(vancouverPerson)
      .slice(0, MAX_AUTHORS);
    d.style = 'vancouver';
    i = 1;
  } else if ((segs.length > 2 || (hasUrl && segs.length === 2)) && !YEAR.test(first) && first.length < 200) {
    d.organisation = clean(first); // "World Health Organization. Title. …"
    i = 1;
  }
  const titleParts: string[] = [];
  for (; i < segs.length; i++) {
    const seg = segs[i]!;
    const journal = JOURNAL_LOCATOR.exec(seg);
    if (journal && titleParts.length >= 2) {
      d.container = clean(titleParts.pop()!);
      datePart(d, journal[1], journal[2], journal[3]);
      if (journal[4]) d.volume = journal[4];
      if (journal[5]) d.issue = journal[5];
      if (journal[6]) d.pages = journal[6].replace(/\s+/g, '');
      d.style = 'vancouver';
      break;
    }
    const ed = EDITION.exec(seg);
    if (ed && titleParts.length) {
      d.edition = Number(ed[1]);
      continue;
    }
    const imprint = BOOK_IMPRINT.exec(seg);
    if (imprint && titleParts.length) {
      [d.place, d.publisher] = [clean(imprint[1]!), clean(imprint[2]!)];
      datePart(d, imprint[3], imprint[4], imprint[5]);
      d.style = 'vancouver';
      break;
    }
    titleParts.push(seg);
  }
  if (titleParts.length) d.title = titleOf(d.authors || d.organisation ? titleParts.join(' ') : titleParts[0]!);
  if (d.year === undefined) {
    const y = YEAR.exec(rest);
    if (y) d.year = Number(y[1]);
  }
  return d;
}

function guessKind(d: Description, ids: ReferenceIdentifiers, text: string): CitationKind {
  if (d.container && d.volume !== undefined) return 'journalArticle';
  if (d.container) return 'journalArticle';
  if (/\b(?:guideline|leitlinie|AWMF)\b/i.test(text) && (d.organisation || d.publisher)) return 'guideline';
  // Vancouver marks online sources "[Internet]"; Harvard and APA say "Available at/from".
  if (ids.url && !ids.isbn && /\[internet\]|available (?:from|at|online)|verfügbar unter|zugriff|accessed/i.test(text)) return 'webPage';
  if (ids.isbn || d.publisher || d.edition) return 'book';
  if (ids.url || ids.trialIds) return 'webPage';
  return 'journalArticle';
}

/**
 * A reference's text (and the addresses of its links) → identifiers, a guessed kind and the
 * fields of that kind. Never throws; the fields still go through validateCitation when stored.
 */
export function parseReferenceText(input: string, hrefs: readonly string[] = []): ParsedReference {
  const text = input.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  const { ids, rest } = scanIdentifiers(text, hrefs);
  const note = NOTE.test(text);
  const d = (!note && apaOrHarvard(rest)) || vancouver(rest, Boolean(ids.url));
  const kind = guessKind(d, ids, text);
  const hasId = Boolean(ids.pubmedId || ids.pmcId || ids.doi || ids.isbn || ids.trialIds || ids.url);
  const shaped =
    d.year !== undefined && Boolean(d.authors?.length || d.container || d.publisher || d.style === 'apa' || d.style === 'harvard');
  const isReference = !note && (hasId || shaped);

  const all: Partial<CitationFields> & Record<string, unknown> = {
    title: d.title || text,
    authors: d.authors,
    year: d.year,
    month: d.month,
    day: d.day,
    volume: d.volume,
    issue: d.issue,
    pages: d.pages,
    edition: d.edition,
    place: d.place,
    pubmedId: ids.pubmedId,
    pmcId: ids.pmcId,
    doi: ids.doi,
    isbn: ids.isbn,
    trialIds: ids.trialIds,
    url: ids.url,
    accessedOn: ids.accessedOn,
  };
  if (kind === 'journalArticle') all.journal = d.container;
  if (kind === 'guideline') all.issuingBody = d.organisation ?? d.publisher;
  else all.publisher = d.publisher;
  if (kind === 'webPage') all.organisation = d.organisation ?? d.publisher;
  else if (!d.authors && d.organisation) all.authors = [{ family: d.organisation }];
  if (kind === 'webPage' && d.year && d.month && d.day)
    all.date = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

  const spec = KIND_FIELDS[kind];
  const allowed = new Set<CitationFieldName>([...spec.required, ...spec.optional]);
  const fields: CitationFields = { title: all.title!.slice(0, 1000) };
  for (const [key, value] of Object.entries(all)) {
    if (value === undefined || key === 'title' || !allowed.has(key as CitationFieldName)) continue;
    Object.assign(fields, { [key]: value });
  }
  return { kind, fields, ids, style: d.style, isReference };
}
