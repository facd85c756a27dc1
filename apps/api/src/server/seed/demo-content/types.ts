import type { DocumentContent, Inline } from '@careleaf/schema';
import type { QualityMetadata } from '../../../modules/content';
import type { CitationInputLike, GlossaryEntryInputLike } from '../../../modules/references';
import type { Part } from './blocks';

/** How demo content names the tenant's citations and glossary terms before their ids exist. */
export interface Refs {
  /** A citation point for one or more sources, by key. */
  cite(...keys: string[]): Inline;
  /** The id of a citation, by key (for a `citations` block). */
  citationId(key: string): string;
  /** Text marked as a glossary term, by the term's key. */
  term(key: string, ...parts: Part[]): Inline;
}

export interface DemoLocale {
  locale: string;
  slug: string;
  content: (r: Refs) => DocumentContent;
}

export interface DemoDocument {
  kind: 'article' | 'faq';
  topics: string[];
  /** The publisher is added at seed time (the tenant's name). */
  quality: Omit<QualityMetadata, 'publisher'>;
  /** The source locale first; the others are translations of it. */
  locales: DemoLocale[];
}

export interface DemoTenantContent {
  tenantSlug: string;
  /** Keyed so documents can cite them; found again by DOI, PubMed id or kind and title. */
  citations: Record<string, CitationInputLike>;
  /** Keyed by the glossary key, which also finds them again. */
  glossary: Record<string, GlossaryEntryInputLike[]>;
  documents: DemoDocument[];
}
