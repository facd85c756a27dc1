import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Reporter } from './report';

/**
 * The article as a flat sequence of block-level pieces ("units"), with layout
 * containers (div, section, article, blockquote …) dissolved. Each unit keeps
 * the language declared on it or an ancestor (`lang`), if any.
 */
export type Unit =
  | { kind: 'heading'; level: number; el: Element; lang?: string }
  /** `el` is null for loose text between blocks, which becomes a paragraph of its own. */
  | { kind: 'paragraph'; nodes: ElementContent[]; el: Element | null; lang?: string; preformatted?: boolean }
  | { kind: 'list'; el: Element; lang?: string }
  | { kind: 'table'; el: Element; caption?: Element; lang?: string }
  | { kind: 'image'; el: Element; caption?: Element; lang?: string }
  | { kind: 'faq'; el: Element; summary: Element; units: Unit[]; lang?: string }
  /** A quotation opening with "[!EMERGENCY]" (a GitHub-style alert): its paragraphs, marker removed. */
  | { kind: 'emergency'; nodes: ElementContent[]; el: Element; lang?: string }
  /** The footnotes section that Markdown footnotes produce. */
  | { kind: 'footnotes'; el: Element };

const PHRASING = new Set(['a', 'strong', 'b', 'em', 'i', 'abbr', 'acronym', 'q', 'sup', 'sub', 'code', 'kbd', 'samp', 'span', 'br', 'img']);
const MAX_DEPTH = 200;

export const isElement = (node: RootContent | ElementContent | undefined, ...tags: string[]): node is Element =>
  node?.type === 'element' && (tags.length === 0 || tags.includes(node.tagName));

export function textContent(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textContent).join('');
  return '';
}

const langOf = (el: Element, inherited?: string): string | undefined =>
  typeof el.properties.lang === 'string' && el.properties.lang.trim() ? el.properties.lang.trim() : inherited;

function find(nodes: readonly (RootContent | ElementContent)[], tag: string): Element | null {
  for (const n of nodes) {
    if (n.type !== 'element') continue;
    if (n.tagName === tag) return n;
    const inner = find(n.children, tag);
    if (inner) return inner;
  }
  return null;
}

/** For a whole page: the first <article>, else <main>, else everything. */
export function articleRoot(tree: Root, report: Reporter): readonly (RootContent | ElementContent)[] {
  const root = find(tree.children, 'article') ?? find(tree.children, 'main');
  if (!root) return tree.children;
  const visible = (s: string) => s.replace(/\s+/g, '').length;
  const all = visible(tree.children.map((c) => textContent(c)).join(''));
  if (all > visible(textContent(root))) {
    const outside = (nodes: readonly (RootContent | ElementContent)[]): string[] =>
      nodes.flatMap((n) =>
        n === root
          ? []
          : n.type === 'text'
            ? [n.value]
            : n.type === 'element' && !/^(head|title|style|script)$/.test(n.tagName)
              ? outside(n.children)
              : [],
      );
    report.add(
      'content-outside-article',
      root.tagName,
      `Only the content of <${root.tagName}> was imported; the text around it (page header, sidebars), quoted here, was left out.`,
      root,
      undefined,
      outside(tree.children).join(' ').replace(/\s+/g, ' ').trim(),
    );
  }
  return [root];
}

export function toUnits(nodes: readonly (RootContent | ElementContent)[], report: Reporter): Unit[] {
  const out: Unit[] = [];
  flatten(nodes, out, report, undefined, 0);
  return out;
}

function flatten(
  nodes: readonly (RootContent | ElementContent)[],
  out: Unit[],
  report: Reporter,
  lang: string | undefined,
  depth: number,
): void {
  if (depth > MAX_DEPTH) {
    report.add(
      'limit-reached',
      'div',
      `Content nested deeper than ${MAX_DEPTH} levels was left out; its text is quoted here.`,
      nodes[0] ?? null,
      undefined,
      nodes
        .map((n) => textContent(n))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return;
  }
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.some((n) => (n.type === 'text' ? n.value.trim() !== '' : n.type === 'element')))
      out.push({ kind: 'paragraph', nodes: run, el: null, lang });
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      run.push(node);
      continue;
    }
    if (node.type !== 'element') continue;
    if (PHRASING.has(node.tagName)) {
      run.push(node);
      continue;
    }
    flush();
    const l = langOf(node, lang);
    const tag = node.tagName;
    if (/^h[1-6]$/.test(tag)) out.push({ kind: 'heading', level: Number(tag[1]), el: node, lang: l });
    else if (tag === 'p') out.push({ kind: 'paragraph', nodes: node.children, el: node, lang: l });
    else if (tag === 'ul' || tag === 'ol') out.push({ kind: 'list', el: node, lang: l });
    else if (tag === 'table') out.push({ kind: 'table', el: node, lang: l });
    else if (tag === 'figure') figure(node, out, report, l, depth);
    else if (tag === 'pre') {
      report.add('flattened', 'pre', 'Preformatted text (code) became a plain paragraph.', node);
      out.push({ kind: 'paragraph', nodes: node.children, el: node, lang: l, preformatted: true });
    } else if (tag === 'blockquote') {
      const emergency = emergencyText(node);
      if (emergency) out.push({ kind: 'emergency', nodes: emergency, el: node, lang: l });
      else {
        report.add('flattened', 'blockquote', 'A quotation became ordinary paragraphs; mark it as a quote in the text if needed.', node);
        flatten(node.children, out, report, l, depth + 1);
      }
    } else if (tag === 'hr') {
      report.add('flattened', 'hr', 'A horizontal rule was dropped; headings separate sections in Careleaf.', node);
    } else if (tag === 'dl') {
      report.add('flattened', 'dl', 'A definition list became paragraphs (terms in bold); consider glossary terms.', node);
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const strong: Element = { type: 'element', tagName: 'strong', properties: {}, children: child.children };
        if (child.tagName === 'dt') out.push({ kind: 'paragraph', nodes: [strong], el: child, lang: langOf(child, l) });
        else if (child.tagName === 'dd') flatten(child.children, out, report, langOf(child, l), depth + 1);
      }
    } else if (tag === 'details') details(node, out, report, l, depth);
    else if (tag === 'section' && node.properties.dataFootnotes !== undefined) out.push({ kind: 'footnotes', el: node });
    else flatten(node.children, out, report, l, depth + 1);
  }
  flush();
}

/** <figure> holding an image or a table; its <figcaption> becomes the caption. */
function figure(node: Element, out: Unit[], report: Reporter, lang: string | undefined, depth: number): void {
  const caption = node.children.find((c): c is Element => isElement(c, 'figcaption'));
  const table = find(node.children, 'table');
  const images = node.children.filter((c) => c !== caption);
  const img = find(images, 'img');
  if (table) out.push({ kind: 'table', el: table, caption, lang });
  else if (img) out.push({ kind: 'image', el: img, caption, lang });
  else flatten(node.children, out, report, lang, depth + 1);
}

/** <details><summary>Question</summary>answer</details> is an FAQ item. */
function details(node: Element, out: Unit[], report: Reporter, lang: string | undefined, depth: number): void {
  const summary = node.children.find((c): c is Element => isElement(c, 'summary'));
  const inner: Unit[] = [];
  flatten(
    node.children.filter((c) => c !== summary),
    inner,
    report,
    lang,
    depth + 1,
  );
  if (summary && textContent(summary).trim() && inner.length > 0) out.push({ kind: 'faq', el: node, summary, units: inner, lang });
  else {
    if (summary) out.push({ kind: 'paragraph', nodes: summary.children, el: summary, lang });
    out.push(...inner);
  }
}

const EMERGENCY_MARKER = /^\s*\[!EMERGENCY\][ \t]*\n?/i;

/**
 * `> [!EMERGENCY]` in Markdown (and a blockquote starting with that text in
 * HTML) marks an emergency notice: the text of its paragraphs, joined by a
 * space, without the marker. Null for any other quotation.
 */
function emergencyText(quote: Element): ElementContent[] | null {
  const paragraphs = quote.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
  const first = paragraphs[0]?.children[0];
  if (!first || first.type !== 'text' || !EMERGENCY_MARKER.test(first.value)) return null;
  const nodes: ElementContent[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) nodes.push({ type: 'text', value: ' ' });
    nodes.push(...(i === 0 ? [{ ...first, value: first.value.replace(EMERGENCY_MARKER, '') }, ...p.children.slice(1)] : p.children));
  });
  return nodes;
}
