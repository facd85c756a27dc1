import type { RegistryEntryInput, RegistryKind } from '@careleaf/schema/web/graphql';

/**
 * The registry entry form ⇄ RegistryEntryInput. An update replaces the whole
 * entry, so what the form does not show (sample flag, trial-registry
 * confirmations) is carried over from the stored entry.
 */

export { REGISTRY_KINDS } from '../../registry-kinds';

/** Fields of the form that map one to one to the input (control id `entry-<kebab>`). */
export const PLAIN_FIELDS = [
  'key',
  'website',
  'email',
  'phone',
  'address',
  'source',
  'condition',
  'legalBasis',
  'validFrom',
  'validUntil',
  'idFormat',
  'idExample',
  'certification',
  'certifier',
] as const;
type PlainField = (typeof PLAIN_FIELDS)[number];

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const entryFieldId = (field: PlainField | 'kind' | 'tags' | 'identifiers' | 'regions') => `entry-${kebab(field)}`;
export const entryTextId = (locale: string, part: 'name' | 'description') => `entry-${part}-${locale.toLowerCase()}`;

/** What survives an edit without being on the form. */
export interface CarriedOver {
  lastVerifiedOn?: string | null;
  sample?: boolean;
  idFormatVerified?: boolean;
  idFormatSource?: string | null;
  whoPrimaryRegistry?: boolean | null;
}

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.replace(/\r\n/g, '\n').trim() : '';
};

/** "IK: 109519176" per line → identifiers; a line without a colon becomes a scheme without value (the API names it). */
export function parseIdentifiers(value: string): { scheme: string; value: string }[] {
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const i = line.indexOf(':');
      return i < 0 ? { scheme: line, value: '' } : { scheme: line.slice(0, i).trim(), value: line.slice(i + 1).trim() };
    });
}

export function readEntryForm(form: FormData, locales: readonly string[], carried: CarriedOver = {}): RegistryEntryInput {
  const kind = text(form, entryFieldId('kind')) as RegistryKind;
  const plain = Object.fromEntries(PLAIN_FIELDS.map((f) => [f, text(form, entryFieldId(f)) || null])) as Record<PlainField, string | null>;
  return {
    ...plain,
    kind,
    texts: locales
      .map((locale) => ({
        locale,
        name: text(form, entryTextId(locale, 'name')),
        description: text(form, entryTextId(locale, 'description')) || null,
      }))
      .filter((t) => t.name || t.description),
    regions: form.getAll('regions').filter((r): r is string => typeof r === 'string' && r !== ''),
    identifiers: parseIdentifiers(text(form, entryFieldId('identifiers'))),
    tags: text(form, entryFieldId('tags'))
      .split(/[,;\n]+/)
      .map((t) => t.trim())
      .filter(Boolean),
    lastVerifiedOn: carried.lastVerifiedOn ?? null,
    sample: carried.sample ?? null,
    idFormatVerified: carried.idFormatVerified ?? null,
    idFormatSource: carried.idFormatSource ?? null,
    whoPrimaryRegistry: carried.whoPrimaryRegistry ?? null,
  };
}

/** The control of an API issue field ("texts.de.name", "regions[0]", "identifiers[1]", "validUntil"). */
export function entryControlFor(apiField: string, locales: readonly string[], regionCodes: readonly string[]): string {
  const texts = /^texts\.([^.]+)\.(name|description|locale)$/.exec(apiField);
  if (texts) {
    const locale = locales.find((l) => l.toLowerCase() === texts[1]!.toLowerCase()) ?? locales[0] ?? 'de';
    return entryTextId(locale, texts[2] === 'description' ? 'description' : 'name');
  }
  if (apiField === 'texts') return entryTextId(locales[0] ?? 'de', 'name');
  if (apiField.startsWith('regions')) return `entry-region-${(regionCodes[0] ?? '').toLowerCase()}`;
  if (apiField.startsWith('identifiers')) return entryFieldId('identifiers');
  if (apiField.startsWith('tags')) return entryFieldId('tags');
  if (apiField === 'kind') return entryFieldId('kind');
  const plain = PLAIN_FIELDS.find((f) => f === apiField);
  return plain ? entryFieldId(plain) : entryFieldId('kind');
}
