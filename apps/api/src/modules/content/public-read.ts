import { badInput } from '../../kernel/errors';
import type { TenantView } from '../tenancy';
import { forRegion, numberCitations, type PublishedSnapshot } from './snapshot';

export interface ReaderDocument extends Omit<PublishedSnapshot, 'references' | 'v'> {
  region: string | null;
  /** The reference list in the order readers meet the citations. */
  references: { number: number; id: string; text: string; links: { label: string; href: string }[] }[];
  /** Other published languages of this document, for the language switcher and hreflang. */
  alternates: { locale: string; slug: string }[];
}

/**
 * The locale must be one the tenant publishes in; the region one it serves.
 * Without a region: `defaultRegion` (the request's domain default, see
 * regionForHost), else the tenant's.
 */
export function readerScope(
  tenant: TenantView,
  locale: string,
  region: string | null | undefined,
  defaultRegion: string | null = tenant.defaultRegion,
): { locale: string; region: string | null } {
  const hit = tenant.locales.find((l) => l.tag.toLowerCase() === locale.toLowerCase());
  if (!hit)
    throw badInput('locale', `"${locale}" is not a language of this site. Use one of: ${tenant.locales.map((l) => l.tag).join(', ')}.`, {
      reason: 'LOCALE_NOT_OF_TENANT',
      locale,
    });
  if (region === undefined || region === null || region === '') return { locale: hit.tag, region: defaultRegion };
  const code = region.toUpperCase();
  if (!tenant.regions.some((r) => r.code === code)) {
    throw badInput(
      'region',
      `"${region}" is not a region this site serves. Use one of: ${tenant.regions.map((r) => r.code).join(', ') || 'none'}.`,
      { reason: 'REGION_NOT_OF_TENANT', region },
    );
  }
  return { locale: hit.tag, region: code };
}

/** Shapes a stored snapshot for one reader's region: region blocks resolved, citations numbered. */
export function forReader(
  snapshot: PublishedSnapshot,
  region: string | null,
  alternates: { locale: string; slug: string }[],
): ReaderDocument {
  const blocks = forRegion(snapshot.blocks, region);
  const order = numberCitations(blocks);
  const { v: _v, references, ...rest } = snapshot;
  return {
    ...rest,
    blocks,
    region,
    references: order.filter((id) => references[id]).map((id, i) => ({ number: i + 1, id, ...references[id]! })),
    alternates,
  };
}
