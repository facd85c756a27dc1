import 'server-only';
import { asEditor } from './api';
import { inlineEnvOf, type GlossaryKey, type InlineEnv } from './fields';
import { EditorCitationsQuery, EditorGlossaryKeysQuery, EditorMediaQuery } from './operations';

export { inlineEnvOf, type GlossaryKey };

/** The glossary of one language: keys, ids and terms (for the {term:…|…} syntax and its help). */
export async function glossaryKeys(locale: string): Promise<GlossaryKey[]> {
  return (await asEditor(EditorGlossaryKeysQuery, { locale })).data?.glossaryTerms ?? [];
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
