import type { Inline } from '@careleaf/schema';

/**
 * A segment's content as XLIFF sees it: text and inline codes. Paired codes
 * (pc / g, or sc…ec / bpt…ept) wrap text; placeholders (ph / x) stand alone.
 */
export type Token =
  | { k: 'text'; v: string }
  /** `mark`: the mark type the file's attributes name (type/subType, ctype), for codes a translator added. */
  | { k: 'open'; id: string; mark?: string }
  | { k: 'close'; id: string }
  | { k: 'ph'; id: string; mark?: string };

/**
 * Marks a translation may add or drop: they shape the text of one language.
 * The others — links, citations, abbreviations, glossary terms — carry what
 * the source refers to and must stay (canDelete="no").
 */
export const OPTIONAL_MARKS: ReadonlySet<string> = new Set(['strong', 'emphasis', 'lang']);
/** Marks a translator can add in a tool without Careleaf's help: they need no attributes. */
const ADDABLE_MARKS: ReadonlySet<string> = new Set(['strong', 'emphasis']);

const KIND_NAMES: Record<string, string> = {
  strong: 'strong emphasis',
  emphasis: 'emphasis',
  link: 'link',
  abbr: 'abbreviation',
  term: 'glossary term',
  lang: 'language span',
  cite: 'citation',
};

/** The mark behind a code, without its children: its attributes never travel through XLIFF. */
export type Mark = Exclude<Inline, { type: 'text' }> extends infer M ? (M extends { children: Inline[] } ? Omit<M, 'children'> : M) : never;

export interface Code {
  id: string;
  kind: 'pc' | 'ph';
  mark: Mark;
}

export interface EncodedField {
  tokens: Token[];
  codes: Code[];
}

/**
 * Inline content as tokens; code ids are numbered 1, 2, 3… in reading order,
 * after `start` (a unit's fields continue its numbering: XLIFF 2.0 wants code
 * ids unique within a unit).
 */
export function encodeInline(nodes: readonly Inline[], prefix = '', start = 0): EncodedField {
  const tokens: Token[] = [];
  const codes: Code[] = [];
  const walk = (list: readonly Inline[]) => {
    for (const n of list) {
      if (n.type === 'text') {
        pushText(tokens, n.text);
      } else if (n.type === 'cite') {
        const id = `${prefix}${start + codes.length + 1}`;
        codes.push({ id, kind: 'ph', mark: { ...n, citationIds: [...n.citationIds] } });
        tokens.push({ k: 'ph', id });
      } else {
        const id = `${prefix}${start + codes.length + 1}`;
        const { children, ...mark } = n;
        codes.push({ id, kind: 'pc', mark: mark as Mark });
        tokens.push({ k: 'open', id });
        walk(children);
        tokens.push({ k: 'close', id });
      }
    }
  };
  walk(nodes);
  return { tokens, codes };
}

function pushText(tokens: Token[], v: string): void {
  if (!v) return;
  const last = tokens.at(-1);
  if (last?.k === 'text') last.v += v;
  else tokens.push({ k: 'text', v });
}

/** Adjacent text merged and empty text dropped, so two token lists compare by content. */
export function normalize(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.k === 'text') pushText(out, t.v);
    else out.push({ ...t });
  }
  return out;
}

/**
 * Lines up a file's source with the document's, code ids aside: tools
 * renumber codes (per segment, from another start), which is fine as long as
 * they did it consistently. Answers document id → file id, or null when the
 * texts or the codes' places differ.
 */
export function matchSource(file: readonly Token[], model: readonly Token[]): Map<string, string> | null {
  const x = normalize(file);
  const y = normalize(model);
  if (x.length !== y.length) return null;
  const toFile = new Map<string, string>();
  const toModel = new Map<string, string>();
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (a.k !== b.k) return null;
    if (a.k === 'text' || b.k === 'text') {
      if (a.k !== 'text' || b.k !== 'text' || a.v !== b.v) return null;
      continue;
    }
    if ((toFile.get(b.id) ?? a.id) !== a.id || (toModel.get(a.id) ?? b.id) !== b.id) return null;
    toFile.set(b.id, a.id);
    toModel.set(a.id, b.id);
  }
  return toFile;
}

/** What identifies a mark when lining up a translation's marks with the source's (an abbreviation's expansion is translated). */
function signature(code: Code): string {
  const { title: _t, ...rest } = code.mark as Mark & { title?: string };
  return JSON.stringify([code.kind, code.mark.type === 'abbr' ? { type: 'abbr' } : rest]);
}

/**
 * An existing translation's inline content, its marks given the ids of the
 * matching source codes. Marks the source does not have (a language span of
 * the translation, an added emphasis) get ids of their own from `start`, so
 * the translation is always exported, whatever marks it has.
 */
export function alignToSource(
  target: readonly Inline[],
  source: readonly Code[],
  start = 0,
): { tokens: Token[]; codes: Code[]; extra: Code[] } {
  const enc = encodeInline(target, 't');
  const free = [...source];
  const ids = new Map<string, string>();
  const extra: Code[] = [];
  for (const code of enc.codes) {
    const i = free.findIndex((s) => signature(s) === signature(code));
    if (i < 0) {
      const id = String(start + extra.length + 1);
      ids.set(code.id, id);
      extra.push({ ...code, id });
      continue;
    }
    ids.set(code.id, free[i]!.id);
    free.splice(i, 1);
  }
  return {
    tokens: enc.tokens.map((t) => (t.k === 'text' ? t : { ...t, id: ids.get(t.id)! })),
    codes: enc.codes.map((c) => ({ ...c, id: ids.get(c.id)! })),
    extra,
  };
}

export type Decoded = { ok: true; nodes: Inline[] } | { ok: false; message: string };

/**
 * Rebuilds inline content from a translated segment, taking each code's mark
 * from the source (or from the current translation, `extra`). Required codes
 * (links, citations, abbreviations, terms) must appear exactly once; optional
 * ones at most once; a new paired code the file calls strong or emphasis
 * becomes that mark. Paired codes must nest properly and wrap some text.
 */
export function decodeTokens(tokens: readonly Token[], codes: readonly Code[], extra: readonly Code[] = []): Decoded {
  const byId = new Map([...extra, ...codes].map((c) => [c.id, c]));
  const added = (t: Token): Code | undefined =>
    t.k === 'open' && t.mark && ADDABLE_MARKS.has(t.mark) ? { id: t.id, kind: 'pc', mark: { type: t.mark } as Mark } : undefined;
  const used = new Set<string>();
  const root: Inline[] = [];
  const stack: { code: Code; children: Inline[] }[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  const fail = (message: string): Decoded => ({ ok: false, message });
  for (const t of normalize(tokens)) {
    if (t.k === 'text') {
      current().push({ type: 'text', text: t.v });
      continue;
    }
    let code = byId.get(t.id);
    if (!code && (code = added(t))) byId.set(t.id, code);
    if (!code) return fail(`inline code "${t.id}" is not in the source`);
    if (t.k === 'close') {
      const top = stack.pop();
      if (!top) return fail(`inline code "${t.id}" is closed but was never opened`);
      if (top.code.id !== t.id) return fail(`inline code "${t.id}" is closed inside "${top.code.id}": codes must nest`);
      if (!top.children.some((c) => c.type !== 'text' || c.text.trim() !== '')) return fail(`inline code "${t.id}" wraps no text`);
      current().push({ ...top.code.mark, children: top.children } as Inline);
      continue;
    }
    if (used.has(t.id)) return fail(`inline code "${t.id}" appears twice`);
    used.add(t.id);
    if (t.k === 'ph') {
      if (code.kind !== 'ph') return fail(`inline code "${t.id}" must wrap text (a paired code), not stand alone`);
      current().push({ ...code.mark } as Inline);
    } else {
      if (code.kind !== 'pc') return fail(`inline code "${t.id}" stands alone in the source and cannot wrap text`);
      stack.push({ code, children: [] });
    }
  }
  if (stack.length) return fail(`inline code "${stack.at(-1)!.code.id}" is opened but never closed`);
  const missing = codes.filter((c) => !used.has(c.id) && !OPTIONAL_MARKS.has(c.mark.type));
  if (missing.length) {
    const names = missing.map((c) => `${KIND_NAMES[c.mark.type] ?? c.mark.type} "${c.id}"`).join(', ');
    return fail(
      `the ${names} ${missing.length > 1 ? 'are' : 'is'} missing: links, citations, abbreviations and glossary terms must stay in the translation, so put ${missing.length > 1 ? 'them' : 'it'} back around the words ${missing.length > 1 ? 'they belong' : 'it belongs'} to (emphasis and language spans may be dropped)`,
    );
  }
  return { ok: true, nodes: root };
}
