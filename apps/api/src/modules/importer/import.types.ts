import type { DocumentContent } from '@careleaf/schema';
import type { ParsedReference } from '../references';

export interface ImportInput {
  format: 'markdown' | 'html';
  source: string;
  /** BCP 47 locale of the article, e.g. "de" or "de-AT". */
  locale: string;
  /** Used when the article has no top-level heading of its own. */
  title?: string;
}

/** A source from the article's list of sources, for the content service to create as a citation. */
export interface CitationDraft {
  /** The marker the article used: "3" for [3] or the 3rd entry of a numbered list; "fn2" for the 2nd Markdown footnote. */
  key: string;
  /** The reference as written, without its marker: all of it, kept with the citation. */
  text: string;
  /** What the text says: identifiers, a guessed kind and the fields of that kind. */
  parsed: ParsedReference;
  /** Where the reference was in the source (1-based); null when unknown. */
  position: { line: number; column: number } | null;
  /** The block that cites the source first, or the sources block it is listed in. */
  blockId?: string;
  /** The id that `cite` nodes and `citations` blocks of the content use until the citation exists (see placeholders.ts). */
  placeholderId: string;
}

/** An image of the article: a figure block waits for it to be uploaded as a media item. */
export interface MediaDraft {
  /** The id the figure block's `mediaId` holds until the media item exists. */
  placeholderId: string;
  blockId: string;
  /** Address of the image in the old article (http(s) or a path relative to it). */
  src: string;
  /** Alt text the article gave the image ('' when none). */
  alt: string;
}

export type ImportReportCode =
  /** Executable or embedding markup removed: script, iframe, event handler, javascript: URL, CSS expression … */
  | 'unsafe-removed'
  /** Markup without a place in Careleaf content removed (video, form, navigation …). */
  | 'unsupported-removed'
  | 'content-outside-article'
  | 'title-from-input'
  | 'title-from-page'
  | 'heading-demoted'
  | 'heading-clamped'
  | 'heading-empty'
  | 'image-needs-upload'
  | 'image-without-source'
  | 'image-in-text'
  | 'link-dropped'
  | 'abbr-without-title'
  | 'lang-invalid'
  | 'table-caption-missing'
  | 'table-headers-inferred'
  | 'table-merged-cells'
  | 'table-empty'
  | 'list-item-content-dropped'
  | 'flattened'
  | 'sources-found'
  | 'citation-marker-unknown'
  | 'citations-uncited'
  /** A source could not be stored as a citation; its text is in the report. */
  | 'citation-unparsed'
  /** A source became a new citation draft in the library, with its full text: complete and check it. */
  | 'citation-draft'
  /** A source has an identifier of a citation the library already has: that one is cited. */
  | 'citation-matched'
  /** A line of the list of sources that is no reference (a note, "Stand: …") stayed text after the list. */
  | 'sources-text-kept'
  | 'limit-reached';

export interface ImportReportEntry {
  code: ImportReportCode;
  /** The element concerned as in the source, e.g. "script", "a[href]", "h5", "img". */
  element: string;
  /** What happened and, where needed, what to do; English (the editor translates by `code`). */
  reason: string;
  /** 1-based line and column in the source; null when unknown. */
  position: { line: number; column: number } | null;
  /** The block the entry is about, when the element became one. */
  blockId?: string;
  /** The full text concerned, when it is not (or not only) in the document: a source's reference, a removed element's words. */
  text?: string;
}

export interface ImportResult {
  /** Valid content (validateDocumentContent passes); citation and media ids are placeholders. */
  content: DocumentContent;
  citationDrafts: CitationDraft[];
  mediaDrafts: MediaDraft[];
  report: ImportReportEntry[];
}
