import type { Inline } from '@careleaf/schema/content';
import { Fragment } from 'react';
import { dirOf, foreignLang, uiLang, type RenderContext } from './context';

/** Id of a glossary term's definition in the "terms in this article" list. */
export const termDefinitionId = (termId: string) => `term-${termId}`;
/** Id of the definition text (what aria-describedby points at). */
export const termTextId = (termId: string) => `term-text-${termId}`;
export const referenceId = (refId: string) => `ref-${refId}`;

/**
 * Inline nodes to HTML elements:
 * - glossary terms: <dfn> inside a link to the definition in the article's
 *   "terms" list (a details/summary disclosure, opened when the link is
 *   followed), with aria-describedby so screen readers announce the
 *   definition on focus; nothing depends on hover or JavaScript;
 * - abbreviations: <abbr title>, with the expansion written out in brackets at
 *   the first use in the document;
 * - citation points: numbered links to the reference list, with ids the list links back to.
 */
export function InlineContent({ nodes, ctx }: { nodes: readonly Inline[]; ctx: RenderContext }) {
  return (
    <>
      {nodes.map((node, i) => (
        <Fragment key={i}>{renderNode(node, ctx)}</Fragment>
      ))}
    </>
  );
}

function renderNode(node: Inline, ctx: RenderContext) {
  const lang = foreignLang(node, ctx.locale);
  const wrap = (el: React.ReactNode) =>
    lang ? (
      <span lang={lang} dir={dirOf(lang) !== ctx.dir ? dirOf(lang) : undefined}>
        {el}
      </span>
    ) : (
      el
    );
  switch (node.type) {
    case 'text':
      return wrap(node.text);
    case 'strong':
      return wrap(
        <strong>
          <InlineContent nodes={node.children} ctx={ctx} />
        </strong>,
      );
    case 'emphasis':
      return wrap(
        <em>
          <InlineContent nodes={node.children} ctx={ctx} />
        </em>,
      );
    case 'link':
      return wrap(
        <a href={node.href}>
          <InlineContent nodes={node.children} ctx={ctx} />
        </a>,
      );
    case 'abbr':
      return wrap(
        <>
          <abbr title={node.title}>
            <InlineContent nodes={node.children} ctx={ctx} />
          </abbr>
          {ctx.firstAbbr.has(node) ? <span className="abbr-expansion"> ({node.title})</span> : null}
        </>,
      );
    case 'term': {
      const term = ctx.terms.get(node.termId);
      const inner = <InlineContent nodes={node.children} ctx={ctx} />;
      if (!term) return wrap(inner);
      return wrap(
        <a className="term" href={`#${termDefinitionId(node.termId)}`} aria-describedby={termTextId(node.termId)}>
          <dfn>{inner}</dfn>
        </a>,
      );
    }
    case 'lang': {
      const dir = dirOf(node.lang) !== ctx.dir ? dirOf(node.lang) : undefined;
      return (
        <span lang={node.lang} dir={dir}>
          <InlineContent nodes={node.children} ctx={ctx} />
        </span>
      );
    }
    case 'cite': {
      const refs = node.citationIds.map((id) => ctx.references.get(id)).filter((r) => r !== undefined);
      if (!refs.length) return null;
      const anchor = ctx.citeAnchor.get(node);
      return (
        <sup className="cite" id={anchor}>
          [
          {refs.map((r, i) => (
            <Fragment key={r.id}>
              {i ? ', ' : null}
              <a href={`#${referenceId(r.id)}`} aria-label={ctx.labels.citation(String(r.number))} {...uiLang(ctx)}>
                {r.number}
              </a>
            </Fragment>
          ))}
          ]
        </sup>
      );
    }
  }
}

/** Plain text of inline content (headings in the contents list, JSON-LD). */
export function plainText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'cite' ? '' : plainText(n.children))).join('');
}
