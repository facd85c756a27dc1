import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import type { EntryText, Identifier, PublicEntry, RegistryEntryRecord, RegistryFlag, RegistryKind } from './registry.model';

/** The codes an entry may list to be shown in `region`: the region itself and, for a subdivision, its country. */
export function regionKeys(region: string | null): string[] {
  if (!region) return [];
  return region.length > 2 ? [region, region.slice(0, 2)] : [region];
}

// Flags as SQL, so the `flagged` filter and the flags returned can never disagree.
// $today is a date, $months the tenant's verification period.
const FLAG_SQL: Record<RegistryFlag, string> = {
  expired: `(e.valid_until IS NOT NULL AND e.valid_until < $today::date)`,
  notYetValid: `(e.valid_from IS NOT NULL AND e.valid_from > $today::date)`,
  verificationOverdue: `(coalesce(e.last_verified_on, e.created_at::date) < ($today::date - make_interval(months => $months::int))::date)`,
  neverVerified: `(e.last_verified_on IS NULL)`,
  idFormatUnverified: `(e.id_format IS NOT NULL AND NOT e.id_format_verified)`,
};
const FLAGS = Object.keys(FLAG_SQL) as RegistryFlag[];

const VISIBLE = `(e.valid_from IS NULL OR e.valid_from <= $today::date) AND (e.valid_until IS NULL OR e.valid_until >= $today::date)`;
const IN_REGION = `(cardinality(e.regions) = 0 OR e.regions && $regions::text[])`;

const COLUMNS = `e.id, e.key, e.kind, e.regions, e.website, e.email, e.phone, e.address, e.identifiers,
  e.valid_from::text AS valid_from, e.valid_until::text AS valid_until, e.source, e.last_verified_on::text AS last_verified_on,
  e.tags, e.condition, e.legal_basis, e.id_format, e.id_example, e.id_format_verified, e.id_format_source, e.who_primary,
  e.certification, e.certifier, e.sample, e.version, e.created_at, e.updated_at,
  t.locale AS text_locale, t.name, t.description`;

// The text in the first locale of the reader's chain that the entry has, else any (alphabetically first locale).
const PICK_TEXT = `CROSS JOIN LATERAL (
    SELECT x.locale, x.name, x.description FROM registry_entry_texts x
     WHERE x.tenant_id = e.tenant_id AND x.entry_id = e.id
     ORDER BY array_position($chain::text[], x.locale) NULLS LAST, x.locale
     LIMIT 1) t`;

export interface EntryRow {
  id: string;
  key: string | null;
  kind: RegistryKind;
  regions: string[];
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  identifiers: Identifier[];
  valid_from: string | null;
  valid_until: string | null;
  source: string;
  last_verified_on: string | null;
  tags: string[];
  condition: string | null;
  legal_basis: string | null;
  id_format: string | null;
  id_example: string | null;
  id_format_verified: boolean;
  id_format_source: string | null;
  who_primary: boolean | null;
  certification: string | null;
  certifier: string | null;
  sample: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
  text_locale: string;
  name: string;
  description: string;
  texts?: EntryText[];
  [flag: `flag_${string}`]: boolean;
}

function common(r: EntryRow) {
  return {
    key: r.key,
    kind: r.kind,
    regions: r.regions,
    website: r.website,
    email: r.email,
    phone: r.phone,
    address: r.address,
    identifiers: r.identifiers,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    source: r.source,
    lastVerifiedOn: r.last_verified_on,
    tags: r.tags,
    condition: r.condition,
    legalBasis: r.legal_basis,
    idFormat: r.id_format,
    idExample: r.id_example,
    idFormatVerified: r.id_format_verified,
    whoPrimary: r.who_primary,
    certification: r.certification,
    certifier: r.certifier,
    sample: r.sample,
  };
}

export const toPublicEntry = (r: EntryRow): PublicEntry => ({
  id: r.id,
  ...common(r),
  name: r.name,
  description: r.description,
  locale: r.text_locale,
});

export const toRecord = (r: EntryRow): RegistryEntryRecord => ({
  id: r.id,
  ...common(r),
  idFormatSource: r.id_format_source,
  texts: r.texts ?? [],
  version: r.version,
  flags: FLAGS.filter((f) => r[`flag_${f}`]),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Named parameters ($today, $chain…) turned into positional ones for pg; only those the statement uses are sent. */
class Sql {
  readonly params: unknown[] = [];
  private readonly named = new Map<string, unknown>();
  private readonly positions = new Map<string, number>();
  bind(name: string, value: unknown): void {
    this.named.set(name, value);
  }
  add(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  text(sql: string): string {
    return sql.replace(/\$([a-z]+)/g, (m, name: string) => {
      if (!this.named.has(name)) return m;
      if (!this.positions.has(name)) {
        this.params.push(this.named.get(name));
        this.positions.set(name, this.params.length);
      }
      return `$${this.positions.get(name)}`;
    });
  }
}

export interface ListQuery {
  audience: 'public' | 'editor';
  chain: string[];
  today: string;
  verificationMonths: number;
  kind?: RegistryKind | null;
  /** Entries shown to readers in this region (its own, its country's and every-region entries). */
  region?: string | null;
  text?: string | null;
  condition?: string | null;
  tags?: string[] | null;
  /** Editors: only entries with (true) or without (false) flags. */
  flagged?: boolean | null;
  ids?: string[];
  first: number;
  after?: string | null;
}

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const encode = (c: { k: string; id: string }) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(cursor: string): { k: string; id: string } {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k: string; id: string };
    if (typeof c.k === 'string' && typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {
    // fall through
  }
  throw badInput('after', 'This cursor is not one this list gave out. Start again without "after".', 'CURSOR_INVALID');
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of entries, sorted by their name in the reader's language: one statement. */
export async function listEntries(tx: TenantTx, q: ListQuery): Promise<Page<EntryRow>> {
  if (!Number.isInteger(q.first) || q.first < 1 || q.first > 100)
    throw badInput('first', 'Ask for between 1 and 100 entries at a time.', { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: 100 });
  const sql = new Sql();
  sql.bind('tenant', tx.tenantId);
  sql.bind('today', q.today);
  sql.bind('months', q.verificationMonths);
  sql.bind('chain', q.chain);
  sql.bind('regions', regionKeys(q.region ?? null));
  const where = ['e.tenant_id = $tenant'];
  if (q.audience === 'public') where.push(VISIBLE);
  if (q.region) where.push(IN_REGION);
  if (q.kind) where.push(`e.kind = ${sql.add(q.kind)}`);
  // Entries for no particular condition (a trial registry, a general hotline) serve every condition.
  if (q.condition) where.push(`(e.condition IS NULL OR e.condition = ${sql.add(q.condition.trim().toLowerCase())})`);
  if (q.tags?.length) where.push(`e.tags @> ${sql.add(q.tags.map((t) => t.trim().toLowerCase()))}::text[]`);
  if (q.ids) where.push(`e.id = ANY(${sql.add(q.ids)}::uuid[])`);
  if (q.text?.trim()) {
    const p = sql.add(likePattern(q.text.trim()));
    where.push(`EXISTS (SELECT 1 FROM registry_entry_texts s WHERE s.tenant_id = e.tenant_id AND s.entry_id = e.id
                         AND (s.name ILIKE ${p} OR s.description ILIKE ${p}))`);
  }
  const anyFlag = `(${FLAGS.map((f) => FLAG_SQL[f]).join(' OR ')})`;
  if (q.audience === 'editor' && q.flagged !== undefined && q.flagged !== null) where.push(q.flagged ? anyFlag : `NOT ${anyFlag}`);
  if (q.after) {
    const c = decode(q.after);
    where.push(`(t.name, e.id) > (${sql.add(c.k)}, ${sql.add(c.id)}::uuid)`);
  }
  const editorColumns =
    q.audience === 'editor'
      ? `, ${FLAGS.map((f) => `${FLAG_SQL[f]} AS "flag_${f}"`).join(', ')},
         (SELECT json_agg(json_build_object('locale', y.locale, 'name', y.name, 'description', y.description) ORDER BY y.locale)
            FROM registry_entry_texts y WHERE y.tenant_id = e.tenant_id AND y.entry_id = e.id) AS texts`
      : '';
  const limit = sql.add(q.first + 1);
  const rows: EntryRow[] = await tx.em.query(
    sql.text(`SELECT ${COLUMNS}${editorColumns}
       FROM registry_entries e ${PICK_TEXT}
      WHERE ${where.join(' AND ')}
      ORDER BY t.name, e.id
      LIMIT ${limit}`),
    sql.params,
  );
  const page = rows.slice(0, q.first);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ cursor: encode({ k: r.name, id: r.id }), node: r })),
    hasNextPage: rows.length > q.first,
    endCursor: last ? encode({ k: last.name, id: last.id }) : null,
  };
}

export interface EmbedQuery {
  blockId: string;
  kind: RegistryKind;
  condition?: string | null;
  tags?: string[] | null;
}

/** Entries per embed are capped: an embed is a short list on a page, the registry page has the rest. */
export const MAX_EMBED_ENTRIES = 50;

/**
 * The lists of all registry embeds of one page in ONE statement: the embeds go
 * in as a JSON array and come back joined to their entries, in order.
 */
export async function embedRows(
  tx: TenantTx,
  embeds: EmbedQuery[],
  opts: { region: string | null; chain: string[]; today: string },
): Promise<(EntryRow & { ord: number })[]> {
  const sql = new Sql();
  sql.bind('tenant', tx.tenantId);
  sql.bind(
    'embeds',
    JSON.stringify(
      embeds.map((e, ord) => ({
        ord,
        kind: e.kind,
        condition: e.condition?.trim().toLowerCase() || null,
        tags: e.tags?.length ? e.tags.map((t) => t.trim().toLowerCase()) : null,
      })),
    ),
  );
  sql.bind('regions', regionKeys(opts.region));
  sql.bind('today', opts.today);
  sql.bind('chain', opts.chain);
  return tx.em.query(
    sql.text(`SELECT * FROM (
        SELECT q.ord, ${COLUMNS},
               row_number() OVER (PARTITION BY q.ord ORDER BY cardinality(e.regions) = 0, t.name, e.id) AS n
          FROM jsonb_to_recordset($embeds::jsonb) AS q(ord int, kind text, condition text, tags text[])
          JOIN registry_entries e ON e.tenant_id = $tenant AND e.kind = q.kind
           AND (q.condition IS NULL OR e.condition IS NULL OR e.condition = q.condition)
           AND (q.tags IS NULL OR e.tags @> q.tags)
           AND ${IN_REGION} AND ${VISIBLE}
          ${PICK_TEXT}
      ) z WHERE z.n <= ${MAX_EMBED_ENTRIES} ORDER BY z.ord, z.n`),
    sql.params,
  );
}

/** How many visible entries each kind has for readers in a region. */
export async function kindCounts(
  tx: TenantTx,
  opts: { region: string | null; today: string },
): Promise<{ kind: RegistryKind; count: number }[]> {
  const sql = new Sql();
  sql.bind('tenant', tx.tenantId);
  sql.bind('today', opts.today);
  sql.bind('regions', regionKeys(opts.region));
  const where = ['e.tenant_id = $tenant', VISIBLE, ...(opts.region ? [IN_REGION] : [])];
  return tx.em.query(
    sql.text(`SELECT e.kind, count(*)::int AS count FROM registry_entries e WHERE ${where.join(' AND ')} GROUP BY e.kind ORDER BY e.kind`),
    sql.params,
  );
}
