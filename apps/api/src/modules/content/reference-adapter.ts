import type { ReferencesService } from '../references';
import type { ReferenceResolver } from './references';

/** The publisher's narrow view of the references and media modules. */
export function referenceResolverFrom(service: ReferencesService): ReferenceResolver {
  return {
    async resolve(tx, request) {
      const r = await service.resolveReferences(tx, request);
      return {
        citations: Object.fromEntries(
          r.references.map((ref) => [
            ref.id,
            { text: ref.formatted.text, links: ref.formatted.links.map(({ label, href }) => ({ label, href })) },
          ]),
        ),
        terms: Object.fromEntries(
          Object.entries(r.glossary).map(([id, g]) => [id, { term: g.term, definition: g.definition, locale: g.locale }]),
        ),
        media: Object.fromEntries(
          Object.entries(r.media).map(([id, m]) => [id, { url: m.url, width: m.width, height: m.height, alt: m.alt, caption: m.caption }]),
        ),
        missing: { citations: r.missing.citationIds, terms: r.missing.termIds, media: r.missing.mediaIds },
      };
    },
  };
}
