import type { Element, ElementContent } from 'hast';
import { checkHref, inlineText, MAX_TEXT, type Inline } from '@careleaf/schema';
import type { Reporter } from './report';
import { textContent } from './units';

/** What inline mapping needs to know about the whole import. */
export interface InlineEnv {
  /** Language of the document ("de"). */
  language: string;
  report: Reporter;
  /** Citation marker ("3", "fn1") → placeholder id. */
  cites: ReadonlyMap<string, string>;
  /** Placeholders that some cite node uses. */
  cited: Set<string>;
  /** The last characters of text mapped so far (to tell "m<sup>2</sup>" from a citation). */
  tail: string;
}

/** A <br>, kept apart from source line breaks (which collapse to spaces) until whitespace is normalised. */
const LINE_BREAK = '\u2028';
const MAX_NODES = 2000;
const MARKER = /\[(\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*)\]/g;
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};
const QUOTES: Record<string, [string, string]> = {
  de: ['„', '“'],
  en: ['“', '”'],
  fr: ['« ', ' »'],
  es: ['«', '»'],
  it: ['«', '»'],
  nl: ['‘', '’'],
};

export const languageOf = (tag: string): string => {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag.toLowerCase().split('-')[0]!;
  }
};

/** "1, 3–5" → ["1", "3", "4", "5"]; null for ranges that make no sense. */
export function markerNumbers(spec: string): string[] | null {
  const out: string[] = [];
  for (const part of spec.split(/\s*[,;]\s*/)) {
    const range = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (b < a || b - a > 50) return null;
      for (let n = a; n <= b; n++) out.push(String(n));
    } else if (/^\d+$/.test(part)) out.push(String(Number(part)));
    else return null;
  }
  return out;
}

function cite(keys: string[], env: InlineEnv): Inline | null {
  const ids = keys.map((k) => env.cites.get(k));
  if (ids.length === 0 || ids.some((id) => !id)) return null;
  const unique = [...new Set(ids as string[])].slice(0, 20);
  unique.forEach((id) => env.cited.add(id));
  return { type: 'cite', citationIds: unique };
}

/** Text with its [n] markers turned into citation points where the sources list has them. */
function textWithMarkers(value: string, node: ElementContent, env: InlineEnv): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of value.matchAll(MARKER)) {
    const numbers = markerNumbers(m[1]!);
    const point = numbers ? cite(numbers, env) : null;
    if (!point) {
      env.report.add(
        'citation-marker-unknown',
        'text',
        env.cites.size
          ? `The marker ${m[0]} has no entry in the list of sources; it was kept as text.`
          : `The marker ${m[0]} looks like a citation, but the article has no list of sources; it was kept as text.`,
        node,
      );
      continue;
    }
    out.push({ type: 'text', text: value.slice(last, m.index) }, point);
    last = m.index + m[0].length;
  }
  out.push({ type: 'text', text: value.slice(last) });
  return out;
}

function emitText(text: string, env: InlineEnv): Inline {
  env.tail = (env.tail + text).slice(-12);
  return { type: 'text', text };
}

function canonicalLang(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Wraps `nodes` in a language span when `tag` names another language than `current`. */
function withLang(
  nodes: Inline[],
  tag: string | undefined,
  current: string,
  env: InlineEnv,
  el: Element | null,
): { nodes: Inline[]; current: string } {
  if (!tag || nodes.length === 0) return { nodes, current };
  const lang = canonicalLang(tag);
  if (!lang) {
    env.report.add(
      'lang-invalid',
      `${el?.tagName ?? 'span'}[lang]`,
      `"${tag}" is not a language tag; the text was kept without a language mark.`,
      el,
    );
    return { nodes, current };
  }
  if (languageOf(lang) === current) return { nodes, current };
  return { nodes: [{ type: 'lang', lang, children: nodes }], current: languageOf(lang) };
}

/** A link target Careleaf can store, or null. */
export function safeHref(href: string): string | null {
  let value = href.trim();
  if (/^https?:\/\//i.test(value)) {
    // normalised first (spaces and the like become %-escapes, as a browser would send them), then checked
    try {
      value = new URL(value).href;
    } catch {
      return null;
    }
  }
  const verdict = checkHref(value);
  if (!verdict.ok) return null;
  // web addresses are stored as the URL parser writes them (international hosts in punycode)
  return verdict.kind === 'web' ? verdict.display : value;
}

function link(el: Element, env: InlineEnv, current: string): Inline[] {
  const href = typeof el.properties.href === 'string' ? el.properties.href.trim() : '';
  const label = textContent(el).trim();
  if (el.properties.dataFootnoteRef !== undefined || href.startsWith('#')) {
    const m = /^\[?(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]?$/.exec(label);
    const numbers = m ? markerNumbers(m[1]!) : null;
    const point = numbers && cite(el.properties.dataFootnoteRef !== undefined ? numbers.map((n) => `fn${n}`) : numbers, env);
    if (point) return [point];
    if (href)
      env.report.add(
        'link-dropped',
        'a[href]',
        `The in-page link to "${href}" was removed (its text kept): anchors of the old page do not exist here.`,
        el,
      );
    return children(el, env, current);
  }
  const inner = children(el, env, current);
  // An anchor without address, or one whose unsafe address sanitising removed (the scan reported it). When its
  // text is that address itself (a Markdown autolink "<javascript:…>"), the text goes too.
  if (!href) return /^\s*(javascript|vbscript|livescript|data)\s*:/i.test(label) ? [] : inner;
  const target = safeHref(href);
  if (!target) {
    env.report.add(
      'link-dropped',
      'a[href]',
      `The link to "${href.slice(0, 200)}" was removed, its text kept: links need a full http(s), mailto: or tel: address, or a path on this site.`,
      el,
    );
    return inner;
  }
  if (target.startsWith('/')) {
    env.report.add(
      'link-dropped',
      'a[href]',
      `The link to "${target.slice(0, 200)}" was kept, but it points to a path of the old site: check that it exists here.`,
      el,
    );
  }
  return inner.length ? [{ type: 'link', href: target, children: inner }] : [];
}

function script(el: Element, table: Record<string, string>): string | null {
  const text = textContent(el).trim();
  return text && [...text].every((c) => c in table) ? [...text].map((c) => table[c]).join('') : null;
}

function sup(el: Element, env: InlineEnv, current: string): Inline[] {
  const only = el.children.filter((c) => c.type === 'element' || (c.type === 'text' && c.value.trim()));
  if (only.length === 1 && only[0]!.type === 'element' && only[0]!.tagName === 'a') return link(only[0]!, env, current);
  const m = /^\[?(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]?$/.exec(textContent(el).trim());
  // "m<sup>2</sup>" is a unit, not a citation.
  if (m && env.cites.size > 0 && !/(\b(m|cm|mm|km|dm|µm|ft|in)|\d)$/.test(env.tail)) {
    const point = cite(markerNumbers(m[1]!) ?? [], env);
    if (point) return [point];
  }
  const raised = script(el, SUPERSCRIPT);
  return raised ? [emitText(raised, env)] : children(el, env, current);
}

function children(el: Element, env: InlineEnv, current: string): Inline[] {
  return el.children.flatMap((c) => node(c, env, current));
}

function node(n: ElementContent, env: InlineEnv, current: string): Inline[] {
  if (n.type === 'text') return textWithMarkers(n.value, n, env).map((t) => (t.type === 'text' ? emitText(t.text, env) : t));
  if (n.type !== 'element') return [];
  const lang = typeof n.properties.lang === 'string' ? n.properties.lang : undefined;
  const inner = lang ? (canonicalLang(lang) ? languageOf(canonicalLang(lang)!) : current) : current;
  let out: Inline[];
  switch (n.tagName) {
    case 'strong':
    case 'b':
      out = [{ type: 'strong', children: children(n, env, inner) }];
      break;
    case 'em':
    case 'i':
      out = [{ type: 'emphasis', children: children(n, env, inner) }];
      break;
    case 'a':
      out = link(n, env, inner);
      break;
    case 'abbr':
    case 'acronym': {
      const title = typeof n.properties.title === 'string' ? n.properties.title.replace(/\s+/g, ' ').trim() : '';
      if (!title)
        env.report.add('abbr-without-title', n.tagName, 'An abbreviation without its full form was kept as text; add the full form.', n);
      out = title ? [{ type: 'abbr', title: title.slice(0, 300), children: children(n, env, inner) }] : children(n, env, inner);
      break;
    }
    case 'q': {
      const [open, close] = QUOTES[inner] ?? ['"', '"'];
      out = [emitText(open, env), ...children(n, env, inner), emitText(close, env)];
      break;
    }
    case 'sup':
      out = sup(n, env, inner);
      break;
    case 'sub': {
      const lowered = script(n, SUBSCRIPT);
      out = lowered ? [emitText(lowered, env)] : children(n, env, inner);
      break;
    }
    case 'br':
      out = [emitText(LINE_BREAK, env)];
      break;
    case 'img':
      env.report.add(
        'image-in-text',
        'img',
        'An image inside a heading, list, table or link was left out; add it as a figure block of its own.',
        n,
      );
      out = [];
      break;
    default:
      out = children(n, env, inner);
  }
  return withLang(out, lang, current, env, n).nodes;
}

/** Collapses white space like a browser does, trims the ends, merges text and drops what became empty. */
export function normalise(nodes: Inline[], preformatted = false): Inline[] {
  let atStart = true;
  let space = true;
  const collapse = (list: Inline[]): Inline[] =>
    list.flatMap((n): Inline[] => {
      if (n.type === 'cite') {
        atStart = space = false;
        return [n];
      }
      if (n.type !== 'text') {
        const kids = collapse(n.children);
        return kids.length ? [{ ...n, children: kids }] : [];
      }
      let t = n.text;
      if (!preformatted) {
        t = t.replace(/[ \t\n\r\f]+/g, ' ').replace(/ ?\u2028 ?/g, LINE_BREAK);
        if (space) t = t.replace(/^ /, '');
      }
      if (atStart) t = t.replace(/^[\s\u2028]+/, '');
      if (!t) return [];
      atStart = false;
      space = t.endsWith(' ') || t.endsWith(LINE_BREAK) || t.endsWith('\n');
      return [{ type: 'text', text: t }];
    });
  const trimEnd = (list: Inline[]): Inline[] => {
    const out = [...list];
    while (out.length) {
      const last = out[out.length - 1]!;
      if (last.type === 'cite') break;
      if (last.type === 'text') {
        const t = last.text.replace(/[\s\u2028]+$/, '');
        if (t) {
          out[out.length - 1] = { type: 'text', text: t };
          break;
        }
      } else {
        const kids = trimEnd(last.children);
        if (kids.length) {
          out[out.length - 1] = { ...last, children: kids };
          break;
        }
      }
      out.pop();
    }
    return out;
  };
  const finish = (list: Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const n of list) {
      const prev = out[out.length - 1];
      if (n.type === 'text') {
        if (prev?.type === 'text') out[out.length - 1] = { type: 'text', text: prev.text + n.text };
        else out.push(n);
      } else if (n.type === 'cite') out.push(n);
      else out.push({ ...n, children: finish(n.children) });
    }
    // Line breaks take no spaces around them; text nodes hold at most MAX_TEXT characters.
    return out
      .map((n) => (n.type === 'text' ? { type: 'text' as const, text: n.text.replace(/ ?\u2028 ?/g, '\n') } : n))
      .flatMap((n) =>
        n.type === 'text' && n.text.length > MAX_TEXT
          ? Array.from({ length: Math.ceil(n.text.length / MAX_TEXT) }, (_, i) => ({
              type: 'text' as const,
              text: n.text.slice(i * MAX_TEXT, (i + 1) * MAX_TEXT),
            }))
          : [n],
      );
  };
  return finish(trimEnd(collapse(nodes)));
}

/**
 * Maps phrasing content (text, links, marks, abbreviations, language spans,
 * citation markers) to Careleaf inline nodes. `lang` is the language declared
 * on the block element or its ancestors.
 */
export function mapInline(
  nodes: readonly ElementContent[],
  env: InlineEnv,
  options: { lang?: string; preformatted?: boolean; el?: Element | null } = {},
): Inline[] {
  env.tail = '';
  const declared = options.lang ? canonicalLang(options.lang) : null;
  const current = declared ? languageOf(declared) : env.language;
  let out = normalise(
    nodes.flatMap((n) => node(n, env, current)),
    options.preformatted,
  );
  if (out.length > MAX_NODES) {
    env.report.add(
      'limit-reached',
      options.el?.tagName ?? 'p',
      `A block with more than ${MAX_NODES} text parts was cut short; the part left out is quoted here.`,
      options.el ?? null,
      undefined,
      inlineText(out.slice(MAX_NODES)),
    );
    out = out.slice(0, MAX_NODES);
  }
  return withLang(out, options.lang, env.language, env, options.el ?? null).nodes;
}
