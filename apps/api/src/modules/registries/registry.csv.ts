import { parse } from 'csv-parse/sync';
import { isoDate } from './registry.validate';
import type { Identifier, Issue, IssueCode, RegistryEntrySpec } from './registry.model';
/**
 * Spreadsheet rows → entry specs. Column names are matched loosely
 * ("Valid until", "valid_until" and "validUntil" are one column); texts come
 * in one column per locale ("name.de", "description.en"). docs/registries.md
 * lists every column.
 */
export const CSV_FIELDS = [
  'key',
  'kind',
  'regions',
  'website',
  'email',
  'phone',
  'address',
  'identifiers',
  'validFrom',
  'validUntil',
  'source',
  'lastVerified',
  'tags',
  'condition',
  'legalBasis',
  'idFormat',
  'idExample',
  'idFormatVerified',
  'idFormatSource',
  'whoPrimary',
  'certification',
  'certifier',
  'sample',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number] | `name.${string}` | `description.${string}` | 'ignore';

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const ALIASES: Record<string, (typeof CSV_FIELDS)[number]> = {
  region: 'regions',
  url: 'website',
  web: 'website',
  homepage: 'website',
  mail: 'email',
  tel: 'phone',
  telephone: 'phone',
  lastverifiedon: 'lastVerified',
  verified: 'lastVerified',
  validto: 'validUntil',
  idpattern: 'idFormat',
  identifierpattern: 'idFormat',
  identifierformat: 'idFormat',
  idformatverified: 'idFormatVerified',
  patternverified: 'idFormatVerified',
  whoprimaryregistry: 'whoPrimary',
  tag: 'tags',
};
const FIELD_BY_SQUASHED = new Map<string, (typeof CSV_FIELDS)[number]>([
  ...CSV_FIELDS.map((f) => [squash(f), f] as const),
  ...Object.entries(ALIASES),
]);
const LOCALIZED = /^(name|description)\s*[.:_ -]?\s*\(?\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\s*\)?$/i;

export interface CsvRow {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  spec: RegistryEntrySpec;
}

export interface CsvIssue extends Issue {
  line: number;
  /** The column as named in the file, when the problem is in one cell. */
  column: string | null;
}

export interface ParsedCsv {
  rows: CsvRow[];
  issues: CsvIssue[];
  /** Canonical field of each column the file has, for mapping issues back to columns. */
  columns: { header: string; field: CsvField }[];
}

/** The delimiter used most on the first line (outside quotes): spreadsheets save with , ; or tab. */
function detectDelimiter(csv: string): string {
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
  let inQuotes = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const c of firstLine) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c in counts) counts[c]!++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : ',';
}

/** Maps each header to a field: the caller's mapping first, then the known names. */
function mapHeader(header: string, mapping: Record<string, string>): CsvField | null {
  const explicit = Object.entries(mapping).find(([column]) => column.trim().toLowerCase() === header.trim().toLowerCase());
  const name = explicit ? explicit[1].trim() : header.trim();
  if (explicit && (name === '' || name.toLowerCase() === 'ignore')) return 'ignore';
  const loc = LOCALIZED.exec(name);
  if (loc) return `${loc[1]!.toLowerCase() as 'name' | 'description'}.${loc[2]!}`;
  return FIELD_BY_SQUASHED.get(squash(name)) ?? null;
}

const list = (v: string, separators = /[|;,]/) =>
  v
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

const TRUE = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'x', 'wahr']);
const FALSE = new Set(['false', 'no', 'n', 'nein', '0', 'falsch']);

/** Dates as YYYY-MM-DD, or DD.MM.YYYY as German spreadsheets write them. */
function csvDate(v: string): string {
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v.trim());
  if (!de) return v.trim();
  const iso = `${de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}`;
  return isoDate(iso) ?? v.trim();
}

/** Parses the file; problems with the file itself or a cell's format come back as issues with line numbers. */
export function parseRegistryCsv(csv: string, mapping: Record<string, string> = {}, maxRows = 5000): ParsedCsv {
  const issues: CsvIssue[] = [];
  const fail = (line: number, column: string | null, field: string, code: IssueCode, message: string) =>
    issues.push({ line, column, field, code, message });
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  // One line ending everywhere, so line numbers count as an editor sees them (Windows files end lines with CR LF).
  const text = csv.replace(/\r\n?/g, '\n');
  try {
    // csv-parse's types know only plain rows; with `info` and `raw` each record comes wrapped as `records` declares.
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as never;
  } catch (e) {
    const err = e as { message: string; lines?: number };
    fail(err.lines ?? 1, null, 'csv', 'MALFORMED_CSV', `The file is not valid CSV: ${err.message}. Check the quotes on that line.`);
    return { rows: [], issues, columns: [] };
  }
  const lineOf = (r: { info: { lines: number }; raw: string }) =>
    r.info.lines -
    (r.raw
      .replace(/\r?\n$/, '')
      .replace(/^(\r?\n)+/, '')
      .match(/\n/g)?.length ?? 0);
  const [head, ...body] = records;
  if (!head) {
    fail(1, null, 'csv', 'MALFORMED_CSV', 'The file is empty. The first line must name the columns, e.g. kind,name.de,regions.');
    return { rows: [], issues, columns: [] };
  }
  const headerLine = lineOf(head);
  const columns = head.record.map((header) => ({ header, field: mapHeader(header, mapping) }));
  for (const c of columns) {
    if (!c.field) {
      fail(
        headerLine,
        c.header,
        'columns',
        'UNKNOWN_COLUMN',
        `The column "${c.header}" is not one the import knows. Rename it (see docs/registries.md), map it to a field, or map it to "ignore".`,
      );
    }
  }
  const fields = columns.map((c) => c.field).filter((f): f is CsvField => !!f && f !== 'ignore');
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice) fail(headerLine, null, 'columns', 'INVALID_VALUE', `Two columns both give "${twice}". Keep one of them.`);
  if (!fields.includes('kind')) fail(headerLine, null, 'kind', 'UNKNOWN_KIND', 'The file has no "kind" column.');
  if (!fields.some((f) => f.startsWith('name.'))) {
    fail(headerLine, null, 'texts', 'MISSING_NAME', 'The file has no name column. Add one per language, e.g. "name.de".');
  }
  if (body.length > maxRows) {
    fail(headerLine, null, 'csv', 'TOO_LONG', `The file has ${body.length} rows; import at most ${maxRows} at a time.`);
  }
  if (issues.length) return { rows: [], issues, columns: columns as ParsedCsv['columns'] };

  const rows: CsvRow[] = [];
  for (const r of body) {
    const line = lineOf(r);
    const cells = new Map<CsvField, { value: string; header: string }>();
    columns.forEach((c, i) => {
      if (c.field && c.field !== 'ignore') cells.set(c.field, { value: (r.record[i] ?? '').trim(), header: c.header });
    });
    if ([...cells.values()].every((c) => c.value === '')) continue;
    const get = (f: CsvField) => cells.get(f)?.value ?? '';
    const bool = (f: CsvField, unknownIsNull: boolean): boolean | null => {
      const v = get(f).toLowerCase();
      if (v === '' || (unknownIsNull && (v === '?' || v === 'unknown' || v === 'unbekannt'))) return unknownIsNull ? null : false;
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      fail(line, cells.get(f)!.header, f, 'INVALID_VALUE', `"${get(f)}" is not yes or no.`);
      return null;
    };
    const identifiers: Identifier[] = list(get('identifiers'), /[|;]/).map((pair) => {
      const at = pair.indexOf(':');
      return at > 0 ? { scheme: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() } : { scheme: '', value: pair };
    });
    const regions = get('regions').trim() === '*' ? [] : list(get('regions'));
    if (cells.has('regions') && get('regions').trim() === '') {
      fail(
        line,
        cells.get('regions')!.header,
        'regions',
        'UNKNOWN_REGION',
        'No region given. Name the regions, or write * for every region.',
      );
    }
    const texts = [...cells.keys()]
      .filter((f) => f.startsWith('name.') || f.startsWith('description.'))
      .map((f) => f.slice(f.indexOf('.') + 1))
      .filter((l, i, all) => all.indexOf(l) === i)
      .map((locale) => ({ locale, name: get(`name.${locale}`), description: get(`description.${locale}`) }));
    rows.push({
      line,
      spec: {
        key: get('key') || null,
        kind: get('kind'),
        texts,
        regions,
        website: get('website'),
        email: get('email'),
        phone: get('phone'),
        address: get('address'),
        identifiers,
        validFrom: csvDate(get('validFrom')),
        validUntil: csvDate(get('validUntil')),
        source: get('source'),
        lastVerifiedOn: csvDate(get('lastVerified')),
        tags: list(get('tags')),
        condition: get('condition'),
        legalBasis: get('legalBasis'),
        idFormat: get('idFormat'),
        idExample: get('idExample'),
        idFormatVerified: bool('idFormatVerified', false) ?? false,
        idFormatSource: get('idFormatSource'),
        whoPrimary: bool('whoPrimary', true),
        certification: get('certification'),
        certifier: get('certifier'),
        sample: bool('sample', false) ?? false,
      },
    });
  }
  return { rows, issues, columns: columns as ParsedCsv['columns'] };
}

/** The file's column for an issue the entry checks report by field name ("texts.de.name" → "name.de"). */
export function columnFor(parsed: ParsedCsv, field: string): string | null {
  const text = /^texts\.([^.]+)\.(name|description|locale)$/.exec(field);
  const wanted = text ? `${text[2] === 'description' ? 'description' : 'name'}.${text[1]}` : field.replace(/\[\d+\]$/, '');
  const canonical = wanted === 'lastVerifiedOn' ? 'lastVerified' : wanted;
  return parsed.columns.find((c) => c.field.toLowerCase() === canonical.toLowerCase())?.header ?? null;
}
