import type { Inline } from '@careleaf/schema/content';
import { formatInline, parseInline, type SyntaxCode, type SyntaxProblem } from './inline-syntax';

/** The submitted document form, read by name. */
export interface Fields {
  /** The value with CRLF made LF and outer space trimmed; undefined when the form had no such field. */
  get(name: string): string | undefined;
  /** Every value of a repeated field (checkbox groups). */
  all(name: string): string[];
  has(name: string): boolean;
}

export function fieldsOf(form: FormData): Fields {
  const norm = (v: FormDataEntryValue) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '');
  return {
    get: (name) => {
      const v = form.get(name);
      return v === null ? undefined : norm(v);
    },
    all: (name) => form.getAll(name).map(norm),
    has: (name) => form.has(name),
  };
}

/** Problems a field can have besides syntax (each is a key under Editor.fieldError). */
export type FieldProblem =
  | 'titleMissing'
  | 'textMissing'
  | 'newTextMissing'
  | 'captionMissing'
  | 'headersMissing'
  | 'regionsMissing'
  | 'unknownRegion'
  | 'mediaMissing'
  | 'noMedia'
  | 'citationsMissing'
  | 'itemsMissing'
  | 'listIndent'
  | 'badChoice'
  | 'undoGone'
  | 'undoPresent';

/**
 * A field the editor has to fix. `field` is the id of the control, so the
 * error summary links to it; `value` is what was typed, shown again so
 * nothing written is lost.
 */
export class EditError extends Error {
  constructor(
    readonly field: string,
    readonly problem: { kind: 'field'; key: FieldProblem } | { kind: 'syntax'; detail: SyntaxProblem; line?: number },
    readonly value?: string,
  ) {
    super(problem.kind === 'field' ? problem.key : problem.detail.code);
  }
}

export function fieldError(field: string, key: FieldProblem, value?: string): EditError {
  return new EditError(field, { kind: 'field', key }, value);
}

/** What the inline fields need to know about the tenant: glossary keys ⇄ term ids. */
export interface InlineEnv {
  terms: ReadonlyMap<string, string>;
  termKeys: ReadonlyMap<string, string>;
}

/** A glossary term of one language: its id, the key the syntax names it by, and the term. */
export interface GlossaryKey {
  id: string;
  key: string;
  term: string;
}

/** Glossary keys ⇄ term ids, for parsing and writing the inline syntax. */
export function inlineEnvOf(terms: readonly GlossaryKey[]): InlineEnv {
  return {
    terms: new Map(terms.flatMap((g) => [[g.key.toLowerCase(), g.id] as const, [g.id, g.id] as const])),
    termKeys: new Map(terms.map((g) => [g.id, g.key])),
  };
}

/** Inline content as the form shows it. */
export function inlineValue(nodes: readonly Inline[] | undefined, env: InlineEnv): string {
  return nodes ? formatInline(nodes, { termKeys: env.termKeys }) : '';
}

/**
 * The inline content of field `name`: the stored nodes when the text did not
 * change (so nothing is normalised behind the editor's back), else the parsed
 * text. Absent field: stored nodes. `line` says which line of a multi-line
 * field it was (list items), for the message.
 */
export function readInline(
  fields: Fields,
  name: string,
  stored: readonly Inline[] | undefined,
  env: InlineEnv,
  value: string | undefined = fields.get(name),
  line?: number,
): Inline[] {
  if (value === undefined) return stored ? [...stored] : [];
  if (stored && value === inlineValue(stored, env)) return [...stored];
  if (!value) return [];
  const result = parseInline(value, { terms: env.terms });
  if (!result.ok) throw new EditError(name, { kind: 'syntax', detail: result.problem, ...(line ? { line } : {}) }, fields.get(name));
  return result.nodes;
}

export type { SyntaxCode };
