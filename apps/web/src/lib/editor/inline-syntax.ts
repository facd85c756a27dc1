import { checkHref, displayHref, type Inline } from '@careleaf/schema/content';

/**
 * The editor's plain-text syntax for inline marks (docs/editor.md):
 *
 *   *emphasis*  **strong**  [link text](https://…)  [^<citation id>, <citation id>]
 *   {abbr:World Health Organization|WHO}  {term:<glossary key or id>|text}  {lang:en|text}
 *
 * In braces the part after the bar is what readers see; a backslash makes
 * the next punctuation character plain (\* \[ \{ \\). Emphasis follows
 * CommonMark's rules for `*`. Unlike Markdown, anything that does not close
 * is an error that says what to fix, never silently literal text.
 */

export type SyntaxCode =
  | 'unclosedEmphasis'
  | 'unclosedLink'
  | 'linkNeedsAddress'
  | 'badAddress'
  | 'unclosedBrace'
  | 'unknownKind'
  | 'missingBar'
  | 'emptyDetail'
  | 'emptyText'
  | 'badLanguage'
  | 'unknownTerm'
  | 'unclosedCitation'
  | 'badCitation';

export interface SyntaxProblem {
  code: SyntaxCode;
  /** Offset in the source where the problem starts. */
  at: number;
  /** A few characters from there, for the message. */
  near: string;
  /** The offending value (address, language, term, citation id), when there is one. */
  value?: string;
}

export type ParseResult = { ok: true; nodes: Inline[] } | { ok: false; problem: SyntaxProblem };

export interface SyntaxOptions {
  /** Glossary keys (and ids) → term id; a UUID not in the map is taken as an id as it is. */
  terms?: ReadonlyMap<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PUNCT = /[!-/:-@[-`{-~\p{P}\p{S}]/u;
const SPACE = /\s/u;
const KINDS = ['abbr', 'term', 'lang'] as const;

class Fail extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.code);
  }
}

type Item = { t: 'text'; text: string } | { t: 'node'; node: Inline } | Delim;
interface Delim {
  t: 'delim';
  count: number;
  orig: number;
  open: boolean;
  close: boolean;
  at: number;
}

export function parseInline(source: string, options: SyntaxOptions = {}): ParseResult {
  try {
    const p = new Parser(source, options);
    const { items } = p.sequence(0, null);
    return { ok: true, nodes: finish(source, items) };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, problem: e.problem };
    throw e;
  }
}

class Parser {
  constructor(
    private readonly s: string,
    private readonly options: SyntaxOptions,
  ) {}

  fail(code: SyntaxCode, at: number, value?: string): never {
    throw new Fail({ code, at, near: this.s.slice(at, at + 24), ...(value !== undefined ? { value } : {}) });
  }

  /** Items up to `closer` (consumed) or the end; returns the index after. */
  sequence(start: number, closer: ']' | '}' | null): { items: Item[]; end: number } {
    const s = this.s;
    const items: Item[] = [];
    let text = '';
    const flush = () => {
      if (text) items.push({ t: 'text', text });
      text = '';
    };
    let i = start;
    while (i < s.length) {
      const c = s[i]!;
      if (c === closer) {
        flush();
        return { items, end: i + 1 };
      }
      if (c === '\\' && i + 1 < s.length && PUNCT.test(s[i + 1]!) && s.charCodeAt(i + 1) < 128) {
        text += s[i + 1];
        i += 2;
      } else if (c === '*') {
        flush();
        let n = 1;
        while (s[i + n] === '*') n++;
        const before = i > 0 ? s[i - 1]! : ' ';
        const after = i + n < s.length ? s[i + n]! : ' ';
        const left = !SPACE.test(after) && (!PUNCT.test(after) || SPACE.test(before) || PUNCT.test(before));
        const right = !SPACE.test(before) && (!PUNCT.test(before) || SPACE.test(after) || PUNCT.test(after));
        items.push({ t: 'delim', count: n, orig: n, open: left, close: right, at: i });
        i += n;
      } else if (c === '[' && s[i + 1] === '^') {
        flush();
        const end = s.indexOf(']', i);
        if (end < 0) this.fail('unclosedCitation', i);
        const ids = s
          .slice(i + 2, end)
          .split(/[\s,;]+/)
          .filter(Boolean);
        if (!ids.length) this.fail('badCitation', i, '');
        for (const id of ids) if (!UUID.test(id)) this.fail('badCitation', i, id);
        items.push({ t: 'node', node: { type: 'cite', citationIds: ids.map((id) => id.toLowerCase()) } });
        i = end + 1;
      } else if (c === '[') {
        flush();
        const inner = this.sequence(i + 1, ']');
        if (inner.end > s.length || s[inner.end - 1] !== ']') this.fail('unclosedLink', i);
        if (s[inner.end] !== '(') this.fail('linkNeedsAddress', i);
        const { href, end } = this.address(inner.end);
        if (!checkHref(href).ok) this.fail('badAddress', inner.end, href);
        items.push({ t: 'node', node: { type: 'link', href, children: this.children(inner.items, i) } });
        i = end;
      } else if (c === '{') {
        flush();
        const { node, end } = this.brace(i);
        items.push({ t: 'node', node });
        i = end;
      } else {
        text += c;
        i++;
      }
    }
    if (closer === ']') this.fail('unclosedLink', start - 1);
    if (closer === '}') this.fail('unclosedBrace', start);
    flush();
    return { items, end: i };
  }

  /** `(href)` at `open`; parentheses inside must balance. */
  private address(open: number): { href: string; end: number } {
    const s = this.s;
    let depth = 0;
    for (let i = open; i < s.length; i++) {
      if (s[i] === '(') depth++;
      else if (s[i] === ')' && --depth === 0) return { href: s.slice(open + 1, i).trim(), end: i + 1 };
    }
    this.fail('unclosedLink', open);
  }

  private brace(open: number): { node: Inline; end: number } {
    const s = this.s;
    const m = /^\{([a-z]+):/.exec(s.slice(open, open + 12));
    if (!m) this.fail('unknownKind', open, s.slice(open + 1, open + 12).split(/[:|}\s]/)[0]);
    const kind = m[1] as (typeof KINDS)[number];
    if (!KINDS.includes(kind)) this.fail('unknownKind', open, kind);
    let detail = '';
    let i = open + m[0].length;
    for (; i < s.length && s[i] !== '|'; i++) {
      if (s[i] === '}') this.fail('missingBar', open);
      if (s[i] === '\\' && i + 1 < s.length) i++;
      detail += s[i];
    }
    if (i >= s.length) this.fail('unclosedBrace', open);
    detail = detail.trim();
    if (!detail) this.fail('emptyDetail', open);
    const inner = this.sequence(i + 1, '}');
    const children = this.children(inner.items, open);
    if (kind === 'abbr') return { node: { type: 'abbr', title: detail, children }, end: inner.end };
    if (kind === 'lang') {
      let tag: string | undefined;
      try {
        tag = Intl.getCanonicalLocales(detail)[0];
      } catch {
        tag = undefined;
      }
      if (!tag) this.fail('badLanguage', open, detail);
      return { node: { type: 'lang', lang: tag, children }, end: inner.end };
    }
    const termId = this.options.terms?.get(detail.toLowerCase()) ?? this.options.terms?.get(detail) ?? (UUID.test(detail) ? detail : null);
    if (!termId) this.fail('unknownTerm', open, detail);
    return { node: { type: 'term', termId: termId.toLowerCase(), children }, end: inner.end };
  }

  private children(items: Item[], at: number): Inline[] {
    const nodes = finish(this.s, items);
    if (!nodes.length) this.fail('emptyText', at);
    return nodes;
  }
}

/** Emphasis by CommonMark's delimiter algorithm (only `*`), then adjacent text merged; a leftover `*` is an error. */
function finish(source: string, input: Item[]): Inline[] {
  const items = [...input];
  for (let ci = 0; ci < items.length; ci++) {
    const closer = items[ci]!;
    if (closer.t !== 'delim' || !closer.close) continue;
    while (closer.count > 0) {
      let oi = ci - 1;
      for (; oi >= 0; oi--) {
        const o = items[oi]!;
        if (o.t !== 'delim' || !o.open || o.count === 0) continue;
        // CommonMark's "rule of 3" for runs that can both open and close.
        const both = (o.open && o.close) || (closer.open && closer.close);
        if (both && (o.orig + closer.orig) % 3 === 0 && !(o.orig % 3 === 0 && closer.orig % 3 === 0)) continue;
        break;
      }
      if (oi < 0) break;
      const opener = items[oi] as Delim;
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      const inner = items.splice(oi + 1, ci - oi - 1);
      const stray = inner.find((x): x is Delim => x.t === 'delim' && x.count > 0);
      if (stray) throw new Fail({ code: 'unclosedEmphasis', at: stray.at, near: source.slice(stray.at, stray.at + 24) });
      const children = merge(inner);
      if (!children.length) throw new Fail({ code: 'emptyText', at: opener.at, near: source.slice(opener.at, opener.at + 24) });
      items.splice(oi + 1, 0, { t: 'node', node: use === 2 ? { type: 'strong', children } : { type: 'emphasis', children } });
      ci = oi + 2;
      opener.count -= use;
      closer.count -= use;
      closer.at += use;
    }
  }
  const left = items.find((x): x is Delim => x.t === 'delim' && x.count > 0);
  if (left) throw new Fail({ code: 'unclosedEmphasis', at: left.at, near: source.slice(left.at, left.at + 24) });
  return merge(items);
}

function merge(items: Item[]): Inline[] {
  const out: Inline[] = [];
  for (const it of items) {
    if (it.t === 'delim') continue;
    const node: Inline = it.t === 'text' ? { type: 'text', text: it.text } : it.node;
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + node.text };
    else out.push(node);
  }
  return out;
}

export interface FormatOptions {
  /** Term id → glossary key, so the text shows the readable key. */
  termKeys?: ReadonlyMap<string, string>;
}

/** Inline nodes as editor text; `parseInline` of the result gives the same nodes (for canonical input). */
export function formatInline(nodes: readonly Inline[], options: FormatOptions = {}, inside: ']' | '}' | null = null): string {
  return normalise(nodes)
    .map((n): string => {
      switch (n.type) {
        case 'text':
          return escapeText(n.text, inside);
        case 'emphasis':
        case 'strong': {
          const d = n.type === 'strong' ? '**' : '*';
          const { lead, body, trail } = splitSpace(n.children);
          return `${lead}${d}${formatInline(body, options, inside)}${d}${trail}`;
        }
        case 'link':
          // an international host is shown in punycode, so look-alike letters cannot hide
          return `[${formatInline(n.children, options, ']')}](${balanced(displayHref(n.href))})`;
        case 'cite':
          return `[^${n.citationIds.join(', ')}]`;
        case 'abbr':
          return `{abbr:${escapeDetail(n.title)}|${formatInline(n.children, options, '}')}}`;
        case 'lang':
          return `{lang:${escapeDetail(n.lang)}|${formatInline(n.children, options, '}')}}`;
        case 'term':
          return `{term:${escapeDetail(options.termKeys?.get(n.termId) ?? n.termId)}|${formatInline(n.children, options, '}')}}`;
      }
    })
    .join('');
}

/** Adjacent text merged and adjacent marks of the same kind joined, so `*a**b*` never arises. */
function normalise(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    // **strong *emphasis*** reads back as emphasis around strong: the same on screen, so write that.
    const only = node.type === 'strong' && node.children.length === 1 ? node.children[0] : undefined;
    const n: Inline = only?.type === 'emphasis' ? { type: 'emphasis', children: [{ type: 'strong', children: only.children }] } : node;
    const last = out.at(-1);
    if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + n.text };
    else if ((n.type === 'emphasis' || n.type === 'strong') && last?.type === n.type)
      out[out.length - 1] = { type: n.type, children: [...last.children, ...n.children] };
    else out.push(n);
  }
  return out;
}

/** Spaces at the edge of emphasis go outside it, where CommonMark's flanking rules want them. */
function splitSpace(children: readonly Inline[]): { lead: string; body: Inline[]; trail: string } {
  const body = [...children];
  let lead = '';
  let trail = '';
  const first = body[0];
  if (first?.type === 'text') {
    const m = /^\s+/.exec(first.text);
    if (m) {
      lead = m[0];
      body[0] = { type: 'text', text: first.text.slice(lead.length) };
    }
  }
  const last = body.at(-1);
  if (last?.type === 'text') {
    const m = /\s+$/.exec(last.text);
    if (m && m[0].length < last.text.length) {
      trail = m[0];
      body[body.length - 1] = { type: 'text', text: last.text.slice(0, -trail.length) };
    }
  }
  return { lead, body: body.filter((n) => n.type !== 'text' || n.text), trail };
}

function escapeText(text: string, inside: ']' | '}' | null): string {
  let out = text.replace(/[\\*[{]/g, (c) => `\\${c}`);
  if (inside === ']') out = out.replace(/]/g, '\\]');
  if (inside === '}') out = out.replace(/}/g, '\\}');
  return out;
}

function escapeDetail(text: string): string {
  return text.replace(/[\\|}]/g, (c) => `\\${c}`);
}

/** An address whose parentheses do not balance gets them percent-encoded, so `)` cannot end it early. */
function balanced(href: string): string {
  let depth = 0;
  for (const c of href) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) break;
  }
  return depth === 0 ? href : href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
