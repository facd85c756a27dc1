import { checkHref } from '@careleaf/schema';
import { urlReason } from '../../kernel/error-reasons';
import { AppError, badInput } from '../../kernel/errors';
import { isIsbn } from './citation.identifiers';
import {
  ALL_FIELDS,
  CITATION_KINDS,
  KIND_FIELDS,
  KIND_LABELS,
  type CitationData,
  type CitationFieldName,
  type CitationKind,
  type Person,
} from './citation.model';

/** What a caller sends: any field may be missing, null or blank (meaning: not given). */
export type CitationInputLike = { kind: string } & { [K in CitationFieldName]?: unknown };

const MAX_PEOPLE = 100;
const TEXT_LIMITS: Partial<Record<CitationFieldName, number>> = {
  title: 1000,
  chapterTitle: 1000,
  journal: 300,
  issuingBody: 300,
  publisher: 300,
  place: 200,
  authority: 200,
  organisation: 300,
  volume: 50,
  issue: 50,
  pages: 50,
  guidelineVersion: 50,
  registryNumber: 100,
};

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^[1-9]\d{0,8}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PMCID = /^PMC\d{4,9}$/;
const TRIAL_ID = /^(?:NCT\d{8}|DRKS\d{8}|ISRCTN\d{8}|EudraCT 20\d{2}-\d{6}-\d{2}|EU CT 20\d{2}-5\d{5}-\d{2}-\d{2})$/;
const MAX_TRIAL_IDS = 10;

/** The earliest year a cited source may have, and the latest (next year: journals date issues ahead). */
export const MIN_YEAR = 1800;
export const maxYear = (today: Date): number => today.getUTCFullYear() + 1;

function blank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && !value.length)
  );
}

function text(field: string, value: unknown, limit = 300): string {
  if (typeof value !== 'string') throw badInput(field, `${field} must be text.`, 'NOT_TEXT');
  const t = value.replace(/\s+/g, ' ').trim();
  if (t.length > limit)
    throw badInput(field, `${field} is ${t.length} characters long; shorten it to at most ${limit}.`, { reason: 'TOO_LONG', limit });
  return t;
}

function people(field: string, value: unknown): Person[] {
  if (!Array.isArray(value)) throw badInput(field, `${field} must be a list of people.`, 'NOT_A_LIST');
  if (value.length > MAX_PEOPLE) {
    throw badInput(field, `${field} lists ${value.length} people; cite at most ${MAX_PEOPLE} (the reference list shows the first six).`, {
      reason: 'TOO_MANY',
      limit: MAX_PEOPLE,
    });
  }
  return value.map((p: unknown, i) => {
    const at = `${field}[${i}]`;
    if (!p || typeof p !== 'object') throw badInput(at, `${at} must have a family name.`, 'PERSON_NAME_MISSING');
    const { family, given } = p as { family?: unknown; given?: unknown };
    if (blank(family)) throw badInput(`${at}.family`, `Give the family name (or the organisation's name) of ${at}.`, 'PERSON_NAME_MISSING');
    const person: Person = { family: text(`${at}.family`, family, 200) };
    if (!blank(given)) person.given = text(`${at}.given`, given, 200);
    return person;
  });
}

function year(field: string, value: unknown, today: Date): number {
  const max = maxYear(today);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > max) {
    throw badInput(field, `${String(value)} is not a plausible year of publication: give a year between ${MIN_YEAR} and ${max}.`, {
      reason: 'YEAR_IMPLAUSIBLE',
      min: MIN_YEAR,
      max,
    });
  }
  return value;
}

function isoDate(field: string, value: unknown, today: Date): string {
  const s = typeof value === 'string' ? value.trim() : '';
  const m = ISO_DATE.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== s) {
    throw badInput(field, `"${String(value)}" is not a date; write it as YYYY-MM-DD, e.g. 2024-03-31.`, 'DATE_INVALID');
  }
  const latest = new Date(today.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  if (Number(m[1]) < MIN_YEAR || s > latest) {
    throw badInput(field, `${s} is not a plausible date for ${field}: it must lie between ${MIN_YEAR} and today.`, {
      reason: 'DATE_IMPLAUSIBLE',
      min: MIN_YEAR,
    });
  }
  return s;
}

export function normaliseDoi(field: string, value: unknown): string {
  const raw = text(field, value, 300);
  const doi = raw.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
  if (!DOI.test(doi)) {
    throw badInput(
      field,
      `"${raw}" is not a DOI: a DOI starts with "10.", a registrant code and a slash, e.g. 10.1056/NEJMoa1234567.`,
      'DOI_INVALID',
    );
  }
  return doi;
}

export function normalisePubmedId(field: string, value: unknown): string {
  const raw = typeof value === 'number' ? String(value) : text(field, value, 50);
  const pmid = raw.replace(/^pmid:?\s*/i, '');
  if (!PMID.test(pmid)) throw badInput(field, `"${raw}" is not a PubMed id: use its digits only, e.g. 31234567.`, 'PUBMED_ID_INVALID');
  return pmid;
}

export function httpUrl(field: string, value: unknown): string {
  const raw = text(field, value, 2000);
  // the one URL policy: no hidden or direction-changing characters, credentials or look-alike hosts
  const verdict = checkHref(raw, ['web']);
  if (!verdict.ok) {
    throw new AppError(
      'BAD_USER_INPUT',
      `This is not a web address we can link to (it ${verdict.message}): give the full address starting with https:// (or http://).`,
      field,
      urlReason(verdict.reason),
    );
  }
  return raw;
}

function isbn(field: string, value: unknown): string {
  const raw = text(field, value, 30);
  if (!isIsbn(raw.replace(/^isbn(-1[03])?:?\s*/i, '')))
    throw badInput(field, `"${raw}" is not a valid ISBN-10 or ISBN-13 (check the digits; hyphens are fine).`, 'ISBN_INVALID');
  return raw.replace(/^isbn(-1[03])?:?\s*/i, '');
}

function wholeNumber(field: string, value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${field} must be a whole number from ${min} to ${max} (${what}).`, { reason: 'NUMBER_OUT_OF_RANGE', min, max });
  }
  return value;
}

function pmcId(field: string, value: unknown): string {
  const raw = text(field, value, 30);
  const id = raw.replace(/^pmcid:?\s*/i, '').toUpperCase();
  if (!PMCID.test(id))
    throw badInput(field, `"${raw}" is not a PubMed Central id: write it as PMC and digits, e.g. PMC3983617.`, 'PMC_ID_INVALID');
  return id;
}

function trialIds(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw badInput(field, `${field} must be a list of trial registry ids.`, 'NOT_A_LIST');
  if (value.length > MAX_TRIAL_IDS) {
    throw badInput(field, `${field} lists ${value.length} trial ids; give at most ${MAX_TRIAL_IDS}.`, {
      reason: 'TOO_MANY',
      limit: MAX_TRIAL_IDS,
    });
  }
  return value.map((v: unknown, i) => {
    const at = `${field}[${i}]`;
    const id = text(at, v, 40);
    if (!TRIAL_ID.test(id)) {
      throw badInput(
        at,
        `"${id}" is not a trial registry id: use NCT01234567, DRKS00012345, ISRCTN12345678, EudraCT 2015-001234-56 or EU CT 2023-501234-12-00.`,
        'TRIAL_ID_INVALID',
      );
    }
    return id;
  });
}

function edition(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 200) {
    throw badInput(field, `The edition must be a whole number such as 3 (for the third edition).`, 'EDITION_INVALID');
  }
  return value;
}

function validKind(kind: string): CitationKind {
  if (!(CITATION_KINDS as readonly string[]).includes(kind)) {
    throw badInput('kind', `"${kind}" is not a kind of citation. Use one of: ${CITATION_KINDS.join(', ')}.`, {
      reason: 'CITATION_KIND_UNKNOWN',
      kind,
    });
  }
  return kind as CitationKind;
}

/**
 * Checks a citation against the fields of its kind and returns it in
 * canonical form (trimmed text, bare DOI and PubMed id). Throws
 * BAD_USER_INPUT naming the first field that is wrong.
 */
export function validateCitation(input: CitationInputLike, today = new Date(), options: { draft?: boolean } = {}): CitationData {
  const kind = validKind(input.kind);
  const spec = KIND_FIELDS[kind];
  const allowed = new Set<CitationFieldName>([...spec.required, ...spec.optional]);
  const label = KIND_LABELS[kind];
  for (const field of ALL_FIELDS) {
    if (!allowed.has(field) && !blank(input[field])) {
      throw badInput(field, `A ${label} has no ${field}. Its fields are: ${[...allowed].join(', ')}.`, 'CITATION_FIELD_NOT_FOR_KIND');
    }
  }
  // An imported draft may lack what its kind needs: it is completed in the library (see ADR 0028). It still needs a title.
  for (const field of options.draft ? ['title' as const] : spec.required) {
    if (blank(input[field])) throw badInput(field, `A ${label} needs ${field}.`, 'REQUIRED');
  }
  if (!options.draft && spec.oneOf && spec.oneOf.every((f) => blank(input[f]))) {
    throw badInput(spec.oneOf[0]!, `A ${label} needs ${spec.oneOf.join(' or ')}.`, 'REQUIRED');
  }
  if (!blank(input.day) && blank(input.month)) throw badInput('day', 'A day of publication needs its month.', 'REQUIRED');

  const out: CitationData = { kind, title: '' };
  for (const field of ALL_FIELDS) {
    const value = input[field];
    if (!allowed.has(field) || blank(value)) continue;
    // normaliseField gives each field the type CitationFields declares for it (see its cases).
    Object.assign(out, { [field]: normaliseField(field, value, today) });
  }
  return out;
}

function normaliseField(field: CitationFieldName, value: unknown, today: Date): unknown {
  switch (field) {
    case 'authors':
    case 'editors':
      return people(field, value);
    case 'year':
      return year(field, value, today);
    case 'date':
    case 'accessedOn':
      return isoDate(field, value, today);
    case 'doi':
      return normaliseDoi(field, value);
    case 'pubmedId':
      return normalisePubmedId(field, value);
    case 'url':
      return httpUrl(field, value);
    case 'isbn':
      return isbn(field, value);
    case 'edition':
      return edition(field, value);
    case 'month':
      return wholeNumber(field, value, 1, 12, 'the month of publication');
    case 'day':
      return wholeNumber(field, value, 1, 31, 'the day of publication');
    case 'pmcId':
      return pmcId(field, value);
    case 'trialIds':
      return trialIds(field, value);
    default:
      return text(field, value, TEXT_LIMITS[field] ?? 300);
  }
}
