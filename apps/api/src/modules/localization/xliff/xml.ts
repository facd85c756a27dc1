import { SaxesParser } from 'saxes';

/** A parsed element: namespace URI, local name, attributes by qualified name, children in order. */
export interface XmlElement {
  uri: string;
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  line: number;
}

export type XmlProblemCode = 'NOT_XML' | 'DOCTYPE_FORBIDDEN' | 'TOO_DEEP';

export class XmlProblem extends Error {
  constructor(
    readonly code: XmlProblemCode,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 100;

/**
 * Parses XML into a small tree. Safe by construction: saxes never reads a DTD
 * or fetches anything, and knows only the five predefined entities, so
 * external entities (XXE) and entity expansion ("billion laughs") cannot
 * happen. A document type declaration is refused outright: XLIFF needs none,
 * and refusing it gives a clear message instead of an "undefined entity" one.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('error', (err) => {
    throw new XmlProblem('NOT_XML', `The file is not well-formed XML: ${err.message}`);
  });
  parser.on('doctype', () => {
    throw new XmlProblem(
      'DOCTYPE_FORBIDDEN',
      'The file declares a document type (<!DOCTYPE …>). XLIFF files need none, and entities are never expanded: remove it and import again.',
    );
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH) throw new XmlProblem('TOO_DEEP', `Elements are nested more than ${MAX_DEPTH} levels deep.`);
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const el: XmlElement = { uri: tag.uri, name: tag.local, attrs, children: [], line: parser.line };
    if (stack.length) stack.at(-1)!.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    const parent = stack.at(-1);
    if (!parent) return; // white space around the root element
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + t;
    else parent.children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XmlProblem) throw e;
    throw new XmlProblem('NOT_XML', `The file is not well-formed XML: ${(e as Error).message}`);
  }
  if (!root) throw new XmlProblem('NOT_XML', 'The file has no root element.');
  return root;
}

export const elements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name));

export const child = (el: XmlElement, name: string): XmlElement | undefined => elements(el, name)[0];

// Characters XML 1.0 cannot carry at all.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// eslint-disable-next-line no-control-regex
const ONE_INVALID = /([\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF])/;

/**
 * Text with the characters XML cannot carry written by `code` (given the
 * code point) instead of dropped: XLIFF has markup for them, and dropping
 * them would make the file's source differ from the document's.
 */
export function escapeTextKeeping(s: string, code: (codePoint: number) => string): string {
  return s
    .split(ONE_INVALID)
    .map((part, i) => (i % 2 ? code(part.codePointAt(0)!) : escapeText(part)))
    .join('');
}

export const hex4 = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0');

export function escapeText(s: string): string {
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export const attrs = (a: Record<string, string | undefined>): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v!)}"`)
    .join('');
