import { z } from './zod';
import { SAFE_HREF } from './constants';
import { checkHref, hrefReasonCode } from './url-policy';
import { CONTENT_LIMITS as L } from './limits';

/**
 * Rich text inside a block is a small tree of inline nodes. Marks are
 * elements with children (not flags on text), so they map one-to-one to
 * HTML elements and to XLIFF paired inline codes.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  /** An abbreviation with its expansion, e.g. DMP → Disease-Management-Programm. */
  | { type: 'abbr'; title: string; children: Inline[] }
  /** A glossary term of the tenant, explained where it is used. */
  | { type: 'term'; termId: string; children: Inline[] }
  /** A span in another language than the block (BCP 47), so screen readers switch voice. */
  | { type: 'lang'; lang: string; children: Inline[] }
  /** A citation point: numbered in document order when published. */
  | { type: 'cite'; citationIds: string[] };

export const MAX_TEXT = L.textFieldChars;

export { SAFE_HREF };

const bcp47 = z
  .string()
  .max(L.localeTagChars)
  .refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'must be a BCP 47 language tag such as "en" or "de-AT"' },
  );

const children = (): z.ZodType<Inline[]> =>
  z
    .array(z.lazy(() => inlineSchema))
    .min(1, 'must contain text')
    .max(L.inlinesPerText);

export const inlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string().min(1, 'must not be empty').max(MAX_TEXT) }).strict(),
    z.object({ type: z.literal('strong'), children: children() }).strict(),
    z.object({ type: z.literal('emphasis'), children: children() }).strict(),
    z
      .object({
        type: z.literal('link'),
        href: z
          .string()
          .max(L.hrefChars)
          .superRefine((href, ctx) => {
            const verdict = checkHref(href);
            if (!verdict.ok) ctx.addIssue({ code: 'custom', message: verdict.message, params: { reason: hrefReasonCode(verdict.reason) } });
          }),
        children: children(),
      })
      .strict(),
    z
      .object({ type: z.literal('abbr'), title: z.string().trim().min(1, 'must give the expansion').max(300), children: children() })
      .strict(),
    z.object({ type: z.literal('term'), termId: z.uuid('must be a glossary term id'), children: children() }).strict(),
    z.object({ type: z.literal('lang'), lang: bcp47, children: children() }).strict(),
    z.object({ type: z.literal('cite'), citationIds: z.array(z.uuid('must be a citation id')).min(1).max(20) }).strict(),
  ]),
);

export const richText = z.array(inlineSchema).max(L.inlinesPerText);

/** The plain text of inline content (for search, readability, hashes of meaning). */
export function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.text;
    else if (n.type !== 'cite') out += inlineText(n.children);
  }
  return out;
}
