import 'server-only';
import { asEditor } from './api';
import type { InlineEnv } from './fields';
import { EditorCitationsQuery, EditorGlossaryKeysQuery, EditorMediaQuery } from './operations';

export interface GlossaryKey {
  id: string;
  key: string;
  term: string;
}

/** The glossary of one language: keys, ids and terms (for the {term:…|…} syntax and its help). */
export async function glossaryKeys(locale: string): Promise<GlossaryKey[]> {
  return (await asEditor(EditorGlossaryKeysQuery, { locale })).data?.glossaryTerms ?? [];
}

/** Glossary keys ⇄ term ids, for parsing and writing the inline syntax. */
export function inlineEnvOf(terms: readonly GlossaryKey[]): InlineEnv {
  return {
    terms: new Map(terms.flatMap((g) => [[g.key.toLowerCase(), g.id] as const, [g.id, g.id] as const])),
    termKeys: new Map(terms.map((g) => [g.id, g.key])),
  };
}

export async function inlineEnv(locale: string): Promise<InlineEnv> {
  return inlineEnvOf(await glossaryKeys(locale));
}

/** The organisation's newest images with their alt text in `locale` (empty for roles that may not use images). */
export async function mediaOptions(locale: string) {
  const items = (await asEditor(EditorMediaQuery, {})).data?.mediaItems ?? [];
  return items.map((m) => ({ id: m.id, fileName: m.fileName, url: m.url, alt: m.texts.find((x) => x.locale === locale)?.alt ?? '' }));
}

/** The organisation's newest sources, formatted for `uiLocale`. */
export async function citationOptions(uiLocale: string) {
  const edges = (await asEditor(EditorCitationsQuery, { locale: uiLocale })).data?.citations.edges ?? [];
  return edges.map((e) => ({ id: e.node.id, text: e.node.formatted.text }));
}
