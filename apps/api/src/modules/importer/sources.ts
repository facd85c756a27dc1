import type { Element, ElementContent } from 'hast';
import type { CitationDraft } from './import.types';
import { citationPlaceholder } from './placeholders';
import type { Reporter } from './report';
import { isElement, textContent, type Unit } from './units';

/** Headings that introduce the list of sources, in the languages Careleaf serves. */
const SOURCES_WORD =
  'sources?|references?|reference list|bibliography|literature|works cited|quellen|quellenangaben|quellenverzeichnis|literatur|literaturverzeichnis|literaturangaben|verwendete literatur|referenzen|fuentes|referencias|bibliografía|références|bibliographie|fonti|bibliografia|riferimenti|bronnen|referenties|literatuur';
/** The word alone, or joined to more ("Quellen und weiterführende Literatur"), never "Sources of infection". */
const SOURCES_TITLE = new RegExp(`^(${SOURCES_WORD})(\\s+(and|und|&|y|et|e|en)\\s+.{1,40})?$`, 'iu');

export const isSourcesTitle = (text: string): boolean =>
  SOURCES_TITLE.test(
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*[:.]$/, ''),
  );

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A leading "[3]", "3." or "3)" of a reference. */
const LEADING_MARKER = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+/;

/** PubMed id, DOI and a web address found in a reference's text and links. */
export function parseReference(text: string, hrefs: readonly string[] = []): Pick<CitationDraft, 'pmid' | 'doi' | 'url'> {
  const all = [...hrefs, text];
  const found: Pick<CitationDraft, 'pmid' | 'doi' | 'url'> = {};
  for (const raw of all) {
    let s = raw;
    try {
      s = decodeURIComponent(raw); // "doi.org/10.1000%2Fabc"
    } catch {
      // not encoded
    }
    const pubmed = /pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,8})\b|ncbi\.nlm\.nih\.gov\/pubmed\/(\d{1,8})\b|\bPMID:?\s*(\d{1,8})\b/i.exec(s);
    if (pubmed && !found.pmid) found.pmid = pubmed[1] ?? pubmed[2] ?? pubmed[3];
    const doi = /(?:doi\.org\/|\bdoi:?\s*)?(10\.\d{4,9}\/[^\s"<>]+)/i.exec(s);
    if (doi && !found.doi) found.doi = doi[1]!.replace(/[.,;:)\]]+$/, '');
  }
  const isIdentifierUrl = (u: string) =>
    /(?:^|\/\/)(?:dx\.)?doi\.org\/|ncbi\.nlm\.nih\.gov\/(?:pubmed\/)?\d/i.test(u) || /pubmed\.ncbi/i.test(u);
  const url = [...hrefs, ...(text.match(/https?:\/\/[^\s<>"]+/g) ?? [])]
    .map((u) => u.replace(/[.,;:)\]]+$/, ''))
    .find((u) => /^https?:\/\/[^\s<>"]+$/i.test(u) && !isIdentifierUrl(u));
  if (url) found.url = url;
  return found;
}

function hrefsIn(node: ElementContent): string[] {
  if (node.type !== 'element') return [];
  const own = node.tagName === 'a' && typeof node.properties.href === 'string' ? [node.properties.href] : [];
  return [...own, ...node.children.flatMap(hrefsIn)];
}

/** Text of a list item without the footnote back-reference ("↩"). */
function referenceText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.properties.dataFootnoteBackref !== undefined) return '';
  const inner = node.children.map(referenceText).join('');
  return node.tagName === 'br' ? '\n' : /^(p|li|div|ul|ol)$/.test(node.tagName) ? ` ${inner} ` : inner;
}

interface RawReference {
  key: string;
  text: string;
  hrefs: string[];
}

function fromList(el: Element): RawReference[] {
  const start = Number(el.properties.start);
  const first = el.tagName === 'ol' && Number.isInteger(start) ? start : 1;
  return el.children
    .filter((c): c is Element => isElement(c, 'li'))
    .map((li, i) => ({ key: String(first + i), text: referenceText(li), hrefs: hrefsIn(li) }));
}

/** One paragraph may hold several references separated by line breaks ("[1] …<br>[2] …"). */
function fromParagraph(nodes: ElementContent[], position: number): RawReference[] {
  const text = nodes.map(referenceText).join('');
  const lines = text.split('\n').filter((l) => l.trim());
  const hrefs = nodes.flatMap(hrefsIn);
  if (lines.length > 1 && lines.every((l) => LEADING_MARKER.test(l))) {
    return lines.map((l, i) => ({ key: String(position + i), text: l, hrefs: hrefs.filter((h) => l.includes(h)) }));
  }
  return [{ key: String(position), text, hrefs }];
}

const looksLikeReference = (u: Extract<Unit, { kind: 'paragraph' }>): boolean => {
  const text = u.nodes.map(textContent).join('');
  return LEADING_MARKER.test(text) || /\b(1[89]|20)\d{2}\b|https?:\/\/|\b10\.\d{4,9}\/|PMID/i.test(text);
};

export interface Sources {
  drafts: CitationDraft[];
  /** Marker key ("3", "fn1") → placeholder id. */
  byKey: Map<string, string>;
  /** Index in the units where the sources section was (where uncited sources go). */
  at: number | null;
  /** The units left to map as content. */
  rest: Unit[];
}

/**
 * Finds the article's list of sources: the last heading (or a paragraph on its
 * own such as "Quellen:") whose text names it, up to the next heading of the
 * same or a higher level; and the footnotes section of Markdown footnotes.
 * Each list item or paragraph in it becomes a citation draft.
 */
export function extractSources(units: readonly Unit[], report: Reporter): Sources {
  let start = -1;
  let level = 7;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.kind === 'heading' && isSourcesTitle(textContent(u.el))) [start, level] = [i, u.level];
    else if (
      u.kind === 'paragraph' &&
      u.el &&
      isSourcesTitle(u.nodes.map(textContent).join('')) &&
      u.nodes.map(textContent).join('').trim().length < 40
    )
      start = i;
    if (start >= 0) break;
  }
  let end = units.length;
  if (start >= 0) {
    for (let j = start + 1; j < units.length; j++) {
      const u = units[j]!;
      // A sources heading holds everything up to the next heading of its level. A sources paragraph
      // ("Quellen:") has no such bound, so its section ends at the first piece that is no reference.
      const ends =
        u.kind === 'heading' ? u.level <= level : level === 7 && !(u.kind === 'list' || (u.kind === 'paragraph' && looksLikeReference(u)));
      if (ends) {
        end = j;
        break;
      }
    }
  }

  const raw: RawReference[] = [];
  const rest: Unit[] = [];
  let at: number | null = null;
  for (const [i, u] of units.entries()) {
    if (u.kind === 'footnotes') {
      const list = u.el.children.find((c): c is Element => isElement(c, 'ol'));
      if (list) raw.push(...fromList(list).map((r) => ({ ...r, key: `fn${r.key}` })));
      at ??= rest.length;
      continue;
    }
    if (start < 0 || i < start || i >= end) {
      rest.push(u);
      continue;
    }
    at ??= rest.length;
    if (i === start) {
      report.add(
        'sources-found',
        u.el?.tagName ?? 'p',
        'The list of sources was turned into citation drafts; check each one before saving.',
        u.el,
      );
    } else if (u.kind === 'list') raw.push(...fromList(u.el));
    else if (u.kind === 'paragraph') raw.push(...fromParagraph(u.nodes, raw.filter((r) => !r.key.startsWith('fn')).length + 1));
    else rest.push(u); // tables or images under the sources heading stay content
  }

  const drafts: CitationDraft[] = [];
  const byKey = new Map<string, string>();
  for (const r of raw) {
    const marker = LEADING_MARKER.exec(r.text);
    let key = marker ? (marker[1] ?? marker[2]!) : r.key;
    const text = clean(marker ? r.text.slice(marker[0].length) : r.text);
    if (!text) continue;
    if (byKey.has(key)) {
      report.add('citation-marker-unknown', 'li', `Two sources are numbered ${key}; the second was given the number ${key}-2.`);
      key = `${key}-2`;
    }
    const placeholderId = citationPlaceholder(drafts.length + 1);
    byKey.set(key, placeholderId);
    drafts.push({ key, text: text.slice(0, 2000), ...parseReference(text, r.hrefs), placeholderId });
  }
  if (drafts.length === 0) return { drafts, byKey, at: null, rest: units.filter((u) => u.kind !== 'footnotes') };
  return { drafts, byKey, at, rest };
}
