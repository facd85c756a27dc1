import type { Token } from './codes';
import { CONTROL_CTYPE12, XLIFF12_NS, XLIFF20_NS, type XliffVersion } from './write';
import { child, elements, type XmlElement } from './xml';

export interface ParsedSegment {
  id: string;
  source: Token[];
  /** null when the segment has no (or an empty) target. */
  target: Token[] | null;
  /** Set when the inline content could not be read (an unknown or broken code). */
  problem?: string;
  /** A 2.0 <ignorable> (text between segments a tool split, usually white space). */
  ignorable?: true;
}

export interface ParsedUnit {
  id: string;
  line: number;
  segments: ParsedSegment[];
  problem?: string;
}

export interface ParsedFile {
  id: string;
  original: string | null;
  srcLang: string | null;
  trgLang: string | null;
  units: ParsedUnit[];
}

export interface ParsedXliff {
  version: XliffVersion;
  files: ParsedFile[];
}

export class XliffFormatProblem extends Error {
  constructor(
    readonly code: 'UNSUPPORTED_VERSION' | 'NOT_XLIFF',
    message: string,
  ) {
    super(message);
  }
}

class InlineProblem extends Error {}

/** The mark a code's attributes name (2.0 type/subType, 1.2 ctype): what a code a translator added should become. */
function markOf(el: XmlElement, version: XliffVersion): string | undefined {
  if (version === '1.2') return { bold: 'strong', italic: 'emphasis' }[el.attrs.ctype ?? ''];
  if (el.attrs.type !== 'fmt') return undefined;
  return { 'xlf:b': 'strong', 'xlf:i': 'emphasis' }[el.attrs.subType ?? ''];
}

/** The character of a 2.0 <cp hex="…"/>. */
function codePoint(el: XmlElement, hex: string | undefined): string {
  const code = /^[0-9A-Fa-f]{1,6}$/.test(hex ?? '') ? Number.parseInt(hex!, 16) : NaN;
  if (!Number.isInteger(code) || code > 0x10ffff)
    throw new InlineProblem(`<${el.name}> on line ${el.line} has no valid hexadecimal code point`);
  return String.fromCodePoint(code);
}

/** The character of a 1.2 <ph ctype="x-cp">000B</ph> (our stand-in for 2.0's <cp>). */
function controlChar(el: XmlElement): string {
  const text = el.children
    .filter((c): c is string => typeof c === 'string')
    .join('')
    .trim();
  return codePoint(el, text);
}

/** Inline content to tokens. 2.0: pc, ph, sc/ec, mrk (transparent), cp. 1.2: g, x, bpt/ept, bx/ex, ph, mrk. */
function tokens(el: XmlElement, version: XliffVersion, ns: string): Token[] {
  const out: Token[] = [];
  const id = (e: XmlElement, name = 'id') => {
    const v = e.attrs[name];
    if (!v) throw new InlineProblem(`<${e.name}> on line ${e.line} has no ${name}`);
    return v;
  };
  const walk = (parent: XmlElement) => {
    for (const c of parent.children) {
      if (typeof c === 'string') {
        out.push({ k: 'text', v: c });
        continue;
      }
      if (c.uri !== ns) throw new InlineProblem(`<${c.name}> on line ${c.line} is not an XLIFF ${version} inline element`);
      const name = c.name;
      if (version === '2.0') {
        if (name === 'pc') {
          out.push({ k: 'open', id: id(c), mark: markOf(c, version) });
          walk(c);
          out.push({ k: 'close', id: id(c) });
        } else if (name === 'ph') out.push({ k: 'ph', id: id(c) });
        else if (name === 'sc') out.push({ k: 'open', id: id(c), mark: markOf(c, version) });
        else if (name === 'ec') out.push({ k: 'close', id: id(c, 'startRef') });
        else if (name === 'mrk') walk(c);
        else if (name === 'cp') out.push({ k: 'text', v: codePoint(c, c.attrs.hex) });
        else if (name === 'sm' || name === 'em') continue;
        else throw new InlineProblem(`<${name}> on line ${c.line} is not allowed here`);
      } else {
        const ref = (e: XmlElement) => e.attrs.rid ?? id(e);
        if (name === 'g') {
          out.push({ k: 'open', id: id(c), mark: markOf(c, version) });
          walk(c);
          out.push({ k: 'close', id: id(c) });
        } else if (name === 'ph' && c.attrs.ctype === CONTROL_CTYPE12) out.push({ k: 'text', v: controlChar(c) });
        else if (name === 'x' || name === 'ph') out.push({ k: 'ph', id: id(c) });
        else if (name === 'bpt' || name === 'bx') out.push({ k: 'open', id: ref(c), mark: markOf(c, version) });
        else if (name === 'ept' || name === 'ex') out.push({ k: 'close', id: ref(c) });
        else if (name === 'mrk') walk(c);
        else throw new InlineProblem(`<${name}> on line ${c.line} is not allowed here`);
      }
    }
  };
  walk(el);
  return out;
}

function segment(
  id: string,
  source: XmlElement | undefined,
  target: XmlElement | undefined,
  version: XliffVersion,
  ns: string,
): ParsedSegment {
  try {
    const src = source ? tokens(source, version, ns) : [];
    const tgt = target ? tokens(target, version, ns) : null;
    const empty = !tgt || tgt.every((t) => t.k === 'text' && t.v.trim() === '');
    return { id, source: src, target: empty ? null : tgt };
  } catch (e) {
    if (!(e instanceof InlineProblem)) throw e;
    return { id, source: [], target: null, problem: e.message };
  }
}

function units20(container: XmlElement, ns: string, out: ParsedUnit[]): void {
  for (const el of elements(container)) {
    if (el.uri !== ns) continue; // extension elements (metadata of other tools) are ignored
    if (el.name === 'group') units20(el, ns, out);
    if (el.name !== 'unit') continue;
    const unit: ParsedUnit = { id: el.attrs.id ?? '', line: el.line, segments: [] };
    if (!unit.id) unit.problem = `the <unit> on line ${el.line} has no id`;
    for (const seg of elements(el)) {
      if (seg.uri !== ns) continue;
      if (seg.name === 'ignorable') {
        unit.segments.push({ ...segment(seg.attrs.id ?? '', child(seg, 'source'), child(seg, 'target'), '2.0', ns), ignorable: true });
        continue;
      }
      if (seg.name !== 'segment') continue;
      const segId = seg.attrs.id;
      if (!segId) {
        unit.problem = `a <segment> on line ${seg.line} has no id`;
        continue;
      }
      unit.segments.push(segment(segId, child(seg, 'source'), child(seg, 'target'), '2.0', ns));
    }
    out.push(unit);
  }
}

function units12(body: XmlElement, ns: string): ParsedUnit[] {
  const byId = new Map<string, ParsedUnit>();
  const visit = (container: XmlElement) => {
    for (const el of elements(container)) {
      if (el.uri !== ns) continue;
      if (el.name === 'group') visit(el);
      if (el.name !== 'trans-unit') continue;
      const full = el.attrs.id ?? '';
      const cut = full.lastIndexOf(':');
      const unitId = cut > 0 ? full.slice(0, cut) : full;
      const segId = cut > 0 ? full.slice(cut + 1) : (el.attrs.resname ?? '');
      let unit = byId.get(unitId);
      if (!unit) byId.set(unitId, (unit = { id: unitId, line: el.line, segments: [] }));
      if (!full || !segId) {
        unit.problem = `the <trans-unit> on line ${el.line} has no id of the form "<unit>:<segment>"`;
        continue;
      }
      unit.segments.push(segment(segId, child(el, 'source'), child(el, 'target'), '1.2', ns));
    }
  };
  visit(body);
  return [...byId.values()];
}

/** Reads XLIFF 2.0 (or 2.1 core) and 1.2 into one neutral shape; anything else is refused. */
export function readXliff(root: XmlElement): ParsedXliff {
  const version = root.attrs.version;
  if (root.name !== 'xliff' || (root.uri !== XLIFF20_NS && root.uri !== XLIFF12_NS)) {
    throw new XliffFormatProblem('NOT_XLIFF', 'This is not an XLIFF file (the root element must be <xliff> in an XLIFF namespace).');
  }
  if (root.uri === XLIFF20_NS && (version === '2.0' || version === '2.1')) {
    const files = elements(root, 'file').map((f) => {
      const units: ParsedUnit[] = [];
      units20(f, XLIFF20_NS, units);
      return {
        id: f.attrs.id ?? '',
        original: f.attrs.original ?? null,
        srcLang: root.attrs.srcLang ?? null,
        trgLang: root.attrs.trgLang ?? null,
        units,
      };
    });
    return { version: '2.0', files };
  }
  if (root.uri === XLIFF12_NS && version === '1.2') {
    const files = elements(root, 'file').map((f, i) => {
      const body = child(f, 'body');
      return {
        id: f.attrs.original ?? `file-${i + 1}`,
        original: f.attrs.original ?? null,
        srcLang: f.attrs['source-language'] ?? null,
        trgLang: f.attrs['target-language'] ?? null,
        units: body ? units12(body, XLIFF12_NS) : [],
      };
    });
    return { version: '1.2', files };
  }
  throw new XliffFormatProblem(
    'UNSUPPORTED_VERSION',
    `XLIFF version "${version ?? '(none)'}" is not supported here: use XLIFF 2.0 or 1.2.`,
  );
}
