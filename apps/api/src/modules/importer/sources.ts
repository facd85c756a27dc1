import type { Element, ElementContent } from 'hast';
import { parseReferenceText, type ParsedReference } from '../references';
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

/** Identifiers, kind and fields of a reference, read from its text and links (see the references module). */
export const parseReference = (text: string, hrefs: readonly string[] = []): ParsedReference => parseReferenceText(text, hrefs);

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
  /** The list item or paragraph it came from (for its position, and to keep it as text). */
  node: Element | null;
}

function fromList(el: Element): RawReference[] {
  const start = Number(el.properties.start);
  const first = el.tagName === 'ol' && Number.isInteger(start) ? start : 1;
  return el.children
    .filter((c): c is Element => isElement(c, 'li'))
    .map((li, i) => ({ key: String(first + i), text: referenceText(li), hrefs: hrefsIn(li), node: li }));
}

/** The inline content of a list item (paragraphs inside it joined by line breaks), to keep it as a paragraph. */
function inlineOf(li: Element): ElementContent[] {
  const out: ElementContent[] = [];
  for (const c of li.children) {
    if (c.type === 'element' && /^(p|div)$/.test(c.tagName)) {
      if (out.length) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
      out.push(...c.children);
    } else if (!(c.type === 'element' && /^(ul|ol)$/.test(c.tagName))) out.push(c);
  }
  return out;
}

/** One paragraph may hold several references separated by line breaks ("[1] …<br>[2] …"). */
function fromParagraph(nodes: ElementContent[], position: number, el: Element | null): RawReference[] {
  const text = nodes.map(referenceText).join('');
  const lines = text.split('\n').filter((l) => l.trim());
  const hrefs = nodes.flatMap(hrefsIn);
  if (lines.length > 1 && lines.every((l) => LEADING_MARKER.test(l))) {
    return lines.map((l, i) => ({ key: String(position + i), text: l, hrefs: hrefs.filter((h) => l.includes(h)), node: el }));
  }
  return [{ key: String(position), text, hrefs, node: el }];
}

/** A paragraph under the sources heading continues the list of sources only if it reads as references. */
const looksLikeReference = (u: Extract<Unit, { kind: 'paragraph' }>): boolean => {
  const text = u.nodes.map(textContent).join('');
  if (LEADING_MARKER.test(text)) return true;
  const lines = text.split(/\n/).filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => parseReferenceText(l, u.nodes.flatMap(hrefsIn)).isReference);
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
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.kind === 'heading' && isSourcesTitle(textContent(u.el))) start = i;
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
      // The list of sources ends at the next heading or at the first piece that is no list and does
      // not read as references: paragraphs after the list (a publisher's note) are the article's text.
      const ends = u.kind === 'heading' || !(u.kind === 'list' || (u.kind === 'paragraph' && looksLikeReference(u)));
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
        'The list of sources became citations in the sources library (new ones as drafts); each source is listed below: check it.',
        u.el,
        undefined,
        (u.kind === 'heading' ? textContent(u.el) : u.kind === 'paragraph' ? u.nodes.map(textContent).join('') : '').trim(),
      );
    } else if (u.kind === 'list') {
      for (const r of fromList(u.el)) {
        // A footnote or a numbered "[3] …" is a source because the article says so; a list item has to read as one.
        if (!r.node || LEADING_MARKER.test(r.text) || parseReferenceText(r.text, r.hrefs).isReference) raw.push(r);
        else {
          // A publisher's note or "Stand: …" in the list: the article's text, kept as a paragraph after the list.
          rest.push({ kind: 'paragraph', nodes: inlineOf(r.node), el: r.node, ...(u.lang ? { lang: u.lang } : {}) });
          report.add(
            'sources-text-kept',
            'li',
            'This line of the list of sources is no reference, so it stayed text: it is a paragraph after the sources now. Move or delete it there.',
            r.node,
            undefined,
            clean(r.text),
          );
        }
      }
    } else if (u.kind === 'paragraph') raw.push(...fromParagraph(u.nodes, raw.filter((r) => !r.key.startsWith('fn')).length + 1, u.el));
    else rest.push(u);
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
    const start = r.node?.position?.start;
    drafts.push({
      key,
      text: text.slice(0, 2000),
      parsed: parseReferenceText(text, r.hrefs),
      position: start ? { line: start.line, column: start.column } : null,
      placeholderId,
    });
  }
  if (drafts.length === 0) return { drafts, byKey, at: null, rest: units.filter((u) => u.kind !== 'footnotes') };
  return { drafts, byKey, at, rest };
}
