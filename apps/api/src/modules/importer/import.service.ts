/**
 * Import — turns an existing article (Markdown, or HTML from an old site) into
 * Careleaf document content.
 *
 * `importDocument({ format, source, locale, title? })` returns
 *   - `content`: a DocumentContent that passes validateDocumentContent(),
 *   - `citationDrafts`: the article's sources, for the content service to create,
 *   - `mediaDrafts`: its images, for the content service (or the editor) to upload,
 *   - `report`: what could not be mapped as it was (element, reason, position).
 * It reads and writes nothing: the content service decides what to store.
 *
 * Pipeline: Markdown → remark-parse + remark-gfm → remark-rehype (raw HTML kept)
 * → rehype-raw, or HTML → rehype-parse; then every tree is scanned for unsafe
 * markup (reported) and sanitised by rehype-sanitize with an allow-list schema
 * (sanitize-schema.ts). Only then is it mapped: layout containers are dissolved
 * into block-level units (units.ts), the sources section is taken out
 * (sources.ts), and the units become blocks (blocks.ts) with inline marks
 * (inline.ts). The mapping itself only ever emits text, allow-listed marks and
 * links that pass the shared URL policy (checkHref), so sanitising is a second
 * wall, not the only one.
 *
 * Mapping:
 *   - title: the first h1 (else `title`, else the page's <title>); later h1s become level 2
 *   - h2–h4 → levels 2–4; h5/h6 → 4 (reported)
 *   - p, loose text → paragraph; pre → paragraph (reported); blockquote, dl → paragraphs (reported)
 *   - ul/ol → list with nested lists; strong/b, em/i, a (http(s), mailto, tel, /path),
 *     abbr/acronym[title] → abbr, any element with `lang` → lang span (when another language)
 *   - table → table: caption from <caption>, <figcaption> or a pandoc "Table: …" line, else a
 *     stand-in "Table n" (reported); th → header cells with scope (given, or col in the head
 *     row, row for a leading th); no header cells → first row becomes the header (reported)
 *   - img (also in <figure> with <figcaption>) → figure block, alt kept, decorative false;
 *     every image is reported: it needs uploading (and alt text if it has none)
 *   - details/summary → FAQ item; a whole page's <meta name="description"> → summary
 *   - a "Sources" / "Quellen" / "Literatur" / "References" … section (heading, or a paragraph of
 *     its own) up to the next heading or the first piece that is neither a list nor references,
 *     and Markdown footnotes → citation drafts: identifiers (PubMed, PMC, DOI, ISBN, trial ids, URL),
 *     a guessed kind and fields (references/citation.parse.ts), and the full text. List items
 *     that are no reference (a publisher's note, "Stand: …") stay text after the list (reported)
 *
 * Placeholder ids (placeholders.ts): `cite` nodes, `citations` blocks and figure
 * `mediaId`s hold reserved UUIDs (citation n = 00000000-0000-4000-8000-…n,
 * media n = 00000000-0000-4000-9000-…n), listed as `placeholderId` in the drafts.
 * After creating the citations and media, the content service calls
 * `replacePlaceholders(content, { citations, media })` and saves the result.
 * Markers "[1]", "[1, 3–5]", footnote references and in-page links such as
 * <a href="#ref3">3</a> become `cite` nodes; a source that is never cited is kept
 * in a `citations` block where the sources section was.
 *
 * Block ids are derived from the content (headings from their text, other
 * blocks from a hash), so importing the same article again gives the same ids.
 */
import { validateDocumentContent } from '@careleaf/schema';
import { AppError, badInput } from '../../kernel/errors';
import { LIMITS } from '../../kernel/limits';
import { canonicalLocale } from '../tenancy';
import { mapUnits, MAX_BLOCKS, type BlockEnv } from './blocks';
import { BlockIds } from './ids';
import type { ImportInput, ImportResult } from './import.types';
import { languageOf } from './inline';
import { markdownInlineNesting, markdownNesting } from './nesting';
import { parseSource } from './pipeline';
import { Reporter } from './report';
import { extractSources } from './sources';
import { articleRoot, toUnits } from './units';

export type { CitationDraft, ImportInput, ImportReportEntry, ImportResult, MediaDraft } from './import.types';
export { replacePlaceholders, isPlaceholder, type PlaceholderIds } from './placeholders';

/** Larger sources are not articles; 2 MB of HTML is already a very long page. */
export const MAX_SOURCE_LENGTH = 2_000_000;
const MAX_TITLE = 300;

export async function importDocument(input: ImportInput): Promise<ImportResult> {
  if (input.format !== 'markdown' && input.format !== 'html')
    throw badInput('format', 'Choose "markdown" or "html" as the format of the article.', 'VALUE_NOT_ALLOWED');
  if (typeof input.source !== 'string' || !input.source.trim())
    throw badInput('source', 'Paste the article to import; it is empty.', 'REQUIRED');
  if (input.source.length > MAX_SOURCE_LENGTH) {
    throw badInput('source', `The article is longer than ${MAX_SOURCE_LENGTH / 1_000_000} million characters; import it in parts.`, {
      reason: 'TOO_LONG',
      limit: MAX_SOURCE_LENGTH,
    });
  }
  // Before the parser: its time grows with the square of the nesting.
  if (input.format === 'markdown' && markdownNesting(input.source) > LIMITS.importNesting) {
    throw new AppError(
      'BAD_USER_INPUT',
      `The article nests block quotes or lists more than ${LIMITS.importNesting} levels deep; simplify it before importing.`,
      'source',
      { reason: 'TOO_DEEP', limit: LIMITS.importNesting },
    );
  }
  if (input.format === 'markdown' && markdownInlineNesting(input.source) > LIMITS.importInlineNesting) {
    throw new AppError(
      'BAD_USER_INPUT',
      `A paragraph of the article opens more than ${LIMITS.importInlineNesting} emphasis marks or link brackets without closing them; check its * _ and [ characters.`,
      'source',
      { reason: 'TOO_DEEP', limit: LIMITS.importInlineNesting },
    );
  }
  const locale = canonicalLocale(input.locale, 'locale');
  const report = new Reporter();

  let parsed: Awaited<ReturnType<typeof parseSource>>;
  try {
    parsed = await parseSource(input.format, input.source, report);
  } catch (error) {
    // Deeply nested markup can exhaust the parser's stack; that is bad input, not a server fault.
    if (error instanceof RangeError)
      throw badInput('source', 'The article is nested too deeply to import; simplify its markup.', 'NESTED_TOO_DEEPLY');
    throw error;
  }

  const units = toUnits(input.format === 'html' ? articleRoot(parsed.tree, report) : parsed.tree.children, report);
  const sources = extractSources(units, report);
  const env: BlockEnv = {
    language: languageOf(locale),
    report,
    cites: sources.byKey,
    cited: new Set(),
    tail: '',
    ids: new BlockIds(),
    media: [],
    title: null,
    blocksLeft: MAX_BLOCKS,
    tables: 0,
  };
  const at = sources.at ?? sources.rest.length;
  const before = mapUnits(sources.rest.slice(0, at), env);
  const after = mapUnits(sources.rest.slice(at), env);
  const uncited = sources.drafts.filter((d) => !env.cited.has(d.placeholderId)).map((d) => d.placeholderId);
  if (uncited.length && env.blocksLeft > 0) {
    const block = { type: 'citations' as const, citationIds: uncited };
    before.push({ ...block, id: env.ids.next(block) });
    report.add(
      'citations-uncited',
      'li',
      `${uncited.length} of ${sources.drafts.length} sources are not cited in the text; they are listed in a sources block where the list was.`,
    );
  }

  let title = env.title;
  if (!title && input.title?.trim()) {
    title = input.title;
    report.add('title-from-input', 'h1', 'The article has no top-level heading; the given title was used.');
  } else if (!title && parsed.page.title) {
    title = parsed.page.title;
    report.add('title-from-page', 'title', "The article has no top-level heading; the page's <title> was used.");
  }
  title = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (!title) throw badInput('title', 'The article has no top-level heading (h1 or "# "); give it a title.', 'IMPORT_TITLE_MISSING');
  if (title.length > MAX_TITLE) {
    report.add('limit-reached', 'h1', `The title was cut to ${MAX_TITLE} characters.`);
    title = title.slice(0, MAX_TITLE).trimEnd();
  }

  const summary = (parsed.page.description ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000);
  const checked = validateDocumentContent({ title, summary, blocks: [...before, ...after] });
  if (!checked.ok) {
    // The mapping only builds valid content; reaching this is a bug in it, not bad input.
    throw new Error(`Import produced invalid content: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  // Each source names the block it concerns: the first that cites it (or the sources block that lists it).
  const blockJson = checked.content.blocks.map((b) => ({ id: b.id, json: JSON.stringify(b) }));
  const drafts = sources.drafts.map((d) => {
    const blockId = blockJson.find((b) => b.json.includes(d.placeholderId))?.id;
    return blockId ? { ...d, blockId } : d;
  });
  return { content: checked.content, citationDrafts: drafts, mediaDrafts: env.media, report: report.finish() };
}

/** The import as a service object, for the Services bag. */
export class ImportService {
  importDocument(input: ImportInput): Promise<ImportResult> {
    return importDocument(input);
  }
}
