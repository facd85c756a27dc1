import type { TenantTx } from '../../kernel/db/database';

/** A citation formatted for readers; numbered per page when it is read. */
export interface FormattedReference {
  text: string;
  links: { label: string; href: string }[];
}

export interface GlossaryEntry {
  term: string;
  definition: string;
  /** The locale the entry came from (may be a fallback). */
  locale: string;
}

export interface MediaEntry {
  url: string;
  width: number | null;
  height: number | null;
  alt: string | null;
  caption: string | null;
}

export interface ResolvedReferences {
  citations: Record<string, FormattedReference>;
  terms: Record<string, GlossaryEntry>;
  media: Record<string, MediaEntry>;
  missing: { citations: string[]; terms: string[]; media: string[] };
}

export interface ReferenceRequest {
  citationIds: string[];
  termIds: string[];
  mediaIds: string[];
  locale: string;
  fallbacks: string[];
}

/**
 * What the publisher needs from citations, glossary and media. The
 * references and media modules implement it; the content module only
 * depends on this shape.
 */
export interface ReferenceResolver {
  resolve(tx: TenantTx, request: ReferenceRequest): Promise<ResolvedReferences>;
}
