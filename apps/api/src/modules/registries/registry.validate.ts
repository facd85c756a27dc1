import { checkHref } from '@careleaf/schema';
import { compileIdFormat } from './id-format';
import {
  type EntryText,
  type Identifier,
  type Issue,
  type IssueCode,
  REGISTRY_KINDS,
  type RegistryEntrySpec,
  type RegistryKind,
  type ValidEntry,
} from './registry.model';

/** What an entry is checked against: the tenant's locales and regions, and today's date. */
export interface EntryRules {
  locales: string[];
  regions: string[];
  today: string;
}

const KEY = /^[a-z0-9]+([._-][a-z0-9]+)*$/;
const EMAIL = /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/;
const PHONE = /^\+?[0-9 ()/.-]{3,40}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SCHEME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const KIND_BY_SQUASHED = new Map<string, RegistryKind>(REGISTRY_KINDS.map((k) => [squash(k), k]));

/** "clinical-trial-registry", "ClinicalTrialRegistry" and "clinical trial registry" all name the same kind. */
export function kindFrom(value: string): RegistryKind | null {
  return KIND_BY_SQUASHED.get(squash(value)) ?? null;
}

/** A real calendar date in ISO form, or null. */
export function isoDate(value: string): string | null {
  const m = DATE.exec(value.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value.trim() ? value.trim() : null;
}

export function validUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    const allowed = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && value.length <= 500;
    // and the shared URL policy: no hidden characters, credentials or look-alike hosts
    if (allowed && checkHref(value.trim(), ['web']).ok) return url.toString();
  } catch {
    // not a URL
  }
  return null;
}

const blank = (v: string | null | undefined): v is null | undefined => v === null || v === undefined || v.trim() === '';

/**
 * Checks one entry completely and reports every problem (not only the first),
 * so an editor or an import report can name them all at once.
 */
export function validateEntry(spec: RegistryEntrySpec, rules: EntryRules): { value: ValidEntry | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const fail = (field: string, code: IssueCode, message: string) => issues.push({ field, code, message });
  const text = (field: string, v: string | null | undefined, max: number): string | null => {
    if (blank(v)) return null;
    const t = v.trim();
    if (t.length > max) {
      fail(field, 'TOO_LONG', `Keep this under ${max} characters (it has ${t.length}).`);
      return null;
    }
    return t;
  };

  let key: string | null = null;
  if (!blank(spec.key)) {
    key = spec.key.trim().toLowerCase();
    if (!KEY.test(key) || key.length > 100) {
      fail('key', 'INVALID_KEY', `"${spec.key}" is not a usable key: use lower-case letters, digits and single . _ or - between them.`);
    }
  }

  const kind = kindFrom(spec.kind ?? '');
  if (!kind) fail('kind', 'UNKNOWN_KIND', `"${spec.kind}" is not a registry kind. Use one of: ${REGISTRY_KINDS.join(', ')}.`);

  const texts: EntryText[] = [];
  const seen = new Set<string>();
  for (const t of spec.texts ?? []) {
    const tag = rules.locales.find((l) => l.toLowerCase() === (t.locale ?? '').trim().toLowerCase());
    const base = `texts.${t.locale}`;
    if (blank(t.name) && blank(t.description)) continue;
    if (!tag) {
      fail(`${base}.locale`, 'UNKNOWN_LOCALE', `"${t.locale}" is not a language of this site. Use one of: ${rules.locales.join(', ')}.`);
      continue;
    }
    if (seen.has(tag)) {
      fail(`${base}.locale`, 'INVALID_VALUE', `The language ${tag} is given twice.`);
      continue;
    }
    seen.add(tag);
    if (blank(t.name)) {
      fail(`texts.${tag}.name`, 'MISSING_NAME', `There is a description in ${tag} but no name. Add the name in ${tag}.`);
      continue;
    }
    const name = text(`texts.${tag}.name`, t.name, 300);
    const description = text(`texts.${tag}.description`, t.description, 4000) ?? '';
    if (name) texts.push({ locale: tag, name, description });
  }
  if (texts.length === 0 && !issues.some((i) => i.code === 'MISSING_NAME' || i.field.endsWith('.name'))) {
    fail('texts', 'MISSING_NAME', `Give the entry a name in at least one language (${rules.locales.join(', ')}).`);
  }

  const regions: string[] = [];
  (spec.regions ?? []).forEach((r, i) => {
    const code = r.trim().toUpperCase();
    if (!code) return;
    if (!rules.regions.includes(code)) {
      fail(
        `regions[${i}]`,
        'UNKNOWN_REGION',
        `"${r}" is not a region of this site. Use ${rules.regions.join(', ') || 'none'}, or leave the regions empty for every region.`,
      );
    } else if (!regions.includes(code)) regions.push(code);
  });

  let website: string | null = null;
  if (!blank(spec.website)) {
    website = validUrl(spec.website);
    if (!website) fail('website', 'INVALID_URL', `"${spec.website}" is not a web address. Give the full address, starting with https://.`);
  }
  let email: string | null = null;
  if (!blank(spec.email)) {
    email = spec.email.trim();
    if (!EMAIL.test(email) || email.length > 200) {
      fail('email', 'INVALID_EMAIL', `"${spec.email}" is not an e-mail address.`);
      email = null;
    }
  }
  let phone: string | null = null;
  if (!blank(spec.phone)) {
    phone = spec.phone.trim();
    if (!PHONE.test(phone)) {
      fail(
        'phone',
        'INVALID_PHONE',
        `"${spec.phone}" is not a phone number: use digits, spaces and + ( ) / . - only, e.g. +49 800 1234567.`,
      );
      phone = null;
    }
  }
  const address = text('address', spec.address, 500);

  const identifiers: Identifier[] = [];
  (spec.identifiers ?? []).forEach((id, i) => {
    const scheme = (id.scheme ?? '').trim();
    const value = (id.value ?? '').trim();
    if (!SCHEME.test(scheme) || !value || value.length > 100) {
      fail(
        `identifiers[${i}]`,
        'INVALID_IDENTIFIER',
        `"${id.scheme}:${id.value}" is not an identifier: give a short scheme (letters, digits) and a value, e.g. IK:101575519.`,
      );
    } else identifiers.push({ scheme, value });
  });

  const date = (field: string, v: string | null | undefined): string | null => {
    if (blank(v)) return null;
    const d = isoDate(v);
    if (!d) fail(field, 'INVALID_DATE', `"${v}" is not a date. Write it as YYYY-MM-DD, e.g. 2026-01-31.`);
    return d;
  };
  const validFrom = date('validFrom', spec.validFrom);
  const validUntil = date('validUntil', spec.validUntil);
  if (validFrom && validUntil && validUntil < validFrom) {
    fail('validUntil', 'INVALID_PERIOD', `The entry cannot end (${validUntil}) before it starts (${validFrom}).`);
  }
  const lastVerifiedOn = date('lastVerifiedOn', spec.lastVerifiedOn);
  if (lastVerifiedOn && lastVerifiedOn > rules.today) {
    fail('lastVerifiedOn', 'INVALID_DATE', `The entry cannot have been checked on ${lastVerifiedOn}, which is in the future.`);
  }

  const tags: string[] = [];
  for (const raw of spec.tags ?? []) {
    const tag = raw.trim().toLowerCase();
    if (!tag) continue;
    if (tag.length > 100) fail('tags', 'TOO_LONG', `The tag "${raw.slice(0, 20)}…" is longer than 100 characters.`);
    else if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > 20) fail('tags', 'INVALID_VALUE', 'Give at most 20 tags.');

  let condition: string | null = null;
  if (!blank(spec.condition)) {
    condition = spec.condition.trim().toLowerCase();
    if (!SLUG.test(condition) || condition.length > 100) {
      fail(
        'condition',
        'INVALID_VALUE',
        `"${spec.condition}" is not a condition key: use lower-case words joined by "-", e.g. breast-cancer.`,
      );
    }
  }
  if (kind === 'diseaseManagementProgramme' && !condition) {
    fail('condition', 'MISSING_CONDITION', 'A disease-management programme needs the condition it is for, e.g. breast-cancer.');
  }
  const legalBasis = text('legalBasis', spec.legalBasis, 200);
  const source = text('source', spec.source, 500) ?? '';

  const trial = kind === 'clinicalTrialRegistry';
  const idFormat = text('idFormat', spec.idFormat, 100);
  const idExample = text('idExample', spec.idExample, 100);
  const idFormatSource = text('idFormatSource', spec.idFormatSource, 500);
  const whoPrimary = spec.whoPrimary ?? null;
  if (!trial && (idFormat || idExample || whoPrimary !== null)) {
    fail(
      idFormat ? 'idFormat' : idExample ? 'idExample' : 'whoPrimary',
      'NOT_FOR_KIND',
      'Id formats and WHO status belong to clinical-trial registries only.',
    );
  }
  if (trial && idFormat) {
    const compiled = compileIdFormat(idFormat);
    if (!compiled.ok) fail('idFormat', 'BAD_IDENTIFIER_PATTERN', `${compiled.message}`);
    else if (idExample && !compiled.regex.test(idExample)) {
      fail(
        'idExample',
        'BAD_IDENTIFIER_PATTERN',
        `The example "${idExample}" does not fit the id format "${idFormat}". Correct one of them.`,
      );
    }
  } else if (trial && idExample) {
    fail(
      'idFormat',
      'BAD_IDENTIFIER_PATTERN',
      'There is an example id but no id format. Add the format, e.g. NCT######## for NCT and eight digits.',
    );
  }

  const certification = text('certification', spec.certification, 200);
  const certifier = text('certifier', spec.certifier, 200);
  if (kind && kind !== 'certifiedCareCentre' && (certification || certifier)) {
    fail(
      certification ? 'certification' : 'certifier',
      'NOT_FOR_KIND',
      'Certification and certifier belong to certified care centres only.',
    );
  }

  if (issues.length || !kind) return { value: null, issues };
  return {
    value: {
      key,
      kind,
      texts,
      regions,
      website,
      email,
      phone,
      address,
      identifiers,
      validFrom,
      validUntil,
      source,
      lastVerifiedOn,
      tags,
      condition,
      legalBasis,
      idFormat: trial ? idFormat : null,
      idExample: trial ? idExample : null,
      idFormatVerified: trial && !!idFormat && !!spec.idFormatVerified,
      idFormatSource: trial && idFormat ? idFormatSource : null,
      whoPrimary: trial ? whoPrimary : null,
      certification,
      certifier,
      sample: !!spec.sample,
    },
    issues,
  };
}
