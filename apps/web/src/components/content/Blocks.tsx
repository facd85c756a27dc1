import type { Block, ListItem } from '@careleaf/schema/content';
import { blockLanguage, uiLang, type RenderContext } from './context';
import { InlineContent, plainText, referenceId } from './InlineContent';
import { RegistryEmbed } from './RegistryEmbed';

type HeadingLevel = 2 | 3 | 4;

interface Levels {
  /** The level each heading block is rendered at. */
  heading: Map<Block, HeadingLevel>;
  /** For every block, the level of the heading it sits under (1: the title). */
  under: Map<Block, number>;
}

/**
 * Renders published blocks. Headings keep their level but never skip one
 * (a level-4 block after an h2 becomes an h3), because the document title is
 * the page's only h1 and screen-reader users navigate by heading level.
 * `base` is the heading level nested blocks sit under.
 */
export function Blocks({ blocks, ctx, base = 1 }: { blocks: readonly Block[]; ctx: RenderContext; base?: number }) {
  const levels = headingLevels(blocks, base);
  return <>{blocks.map((block, i) => renderBlock(block, ctx, levels, i))}</>;
}

function headingLevels(blocks: readonly Block[], base: number): Levels {
  const out: Levels = { heading: new Map(), under: new Map() };
  let previous = base;
  for (const b of blocks) {
    out.under.set(b, previous);
    if (b.type !== 'heading') continue;
    const level = Math.min(b.level, previous + 1) as HeadingLevel;
    out.heading.set(b, level);
    previous = level;
  }
  return out;
}

function renderBlock(block: Block, outer: RenderContext, levels: Levels, key: number) {
  // Blocks shown from another locale carry their own lang (and dir); their content renders in that language.
  const { attrs, inner: ctx } = blockLanguage(block, outer);
  const under = levels.under.get(block) ?? 1;
  switch (block.type) {
    case 'heading': {
      const Tag = `h${levels.heading.get(block) ?? block.level}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag key={key} id={block.id} {...attrs}>
          <InlineContent nodes={block.content} ctx={ctx} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p key={key} {...attrs}>
          <InlineContent nodes={block.content} ctx={ctx} />
        </p>
      );
    case 'list':
      return <List key={key} ordered={block.ordered} items={block.items} ctx={ctx} attrs={attrs} />;
    case 'callout':
      return (
        <div key={key} className={`callout callout-${block.variant}`} {...attrs}>
          <p className="callout-label">
            <strong {...uiLang(ctx)}>{ctx.labels.callout[block.variant]}</strong>
            {block.title ? (
              <>
                {': '}
                <InlineContent nodes={block.title} ctx={ctx} />
              </>
            ) : null}
          </p>
          <Blocks blocks={block.blocks} ctx={ctx} base={under} />
        </div>
      );
    case 'faq':
      return (
        <details key={key} className="faq" id={block.id} {...attrs}>
          <summary>
            <InlineContent nodes={block.question} ctx={ctx} />
          </summary>
          <div className="faq-answer">
            <Blocks blocks={block.blocks} ctx={ctx} base={under} />
          </div>
        </details>
      );
    case 'figure': {
      const media = ctx.media.get(block.mediaId);
      if (!media) return null;
      return (
        <figure key={key} {...attrs}>
          {/* A plain img: no client-side image loader; the API serves sized files. */}
          <img
            src={media.url}
            alt={block.decorative ? '' : block.alt}
            width={media.width ?? undefined}
            height={media.height ?? undefined}
            loading="lazy"
          />
          {block.caption ? (
            <figcaption>
              <InlineContent nodes={block.caption} ctx={ctx} />
            </figcaption>
          ) : null}
        </figure>
      );
    }
    case 'table':
      return (
        <div key={key} className="table-scroll" role="region" aria-label={plainText(block.caption)} tabIndex={0} {...attrs}>
          <table>
            <caption>
              <InlineContent nodes={block.caption} ctx={ctx} />
            </caption>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) =>
                    cell.header ? (
                      <th key={c} scope={cell.scope ?? (r === 0 ? 'col' : 'row')}>
                        <InlineContent nodes={cell.content} ctx={ctx} />
                      </th>
                    ) : (
                      <td key={c}>
                        <InlineContent nodes={cell.content} ctx={ctx} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'citations':
      return <ReferenceList key={key} ids={block.citationIds} ctx={ctx} />;
    case 'region':
      // The API resolves region blocks for the reader; this only happens with an older API.
      return <Blocks key={key} blocks={block.blocks} ctx={ctx} base={under} />;
    case 'registryEmbed':
      return <RegistryEmbed key={key} block={block} outer={outer} inner={ctx} titleAttrs={attrs} under={under} />;
    case 'easyRead':
      return (
        <section key={key} className="easy-read" aria-label={ctx.labels.easyRead} {...attrs}>
          <p className="callout-label">
            <strong {...uiLang(ctx)}>{ctx.labels.easyRead}</strong>
          </p>
          <Blocks blocks={block.blocks} ctx={ctx} base={under} />
        </section>
      );
  }
}

function List({
  ordered,
  items,
  ctx,
  attrs,
}: {
  ordered: boolean;
  items: ListItem[];
  ctx: RenderContext;
  attrs?: { lang?: string; dir?: string };
}) {
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag {...attrs}>
      {items.map((item, i) => (
        <li key={i}>
          <InlineContent nodes={item.content} ctx={ctx} />
          {item.list ? <List ordered={item.list.ordered} items={item.list.items} ctx={ctx} /> : null}
        </li>
      ))}
    </Tag>
  );
}

/** Numbered sources; each links back to where it is first cited. `ids` null: every reference. */
export function ReferenceList({ ids, ctx }: { ids: readonly string[] | null; ctx: RenderContext }) {
  const refs = [...ctx.references.values()].filter((r) => ids === null || ids.includes(r.id)).sort((a, b) => a.number - b.number);
  if (!refs.length) return null;
  return (
    <ol className="references">
      {refs.map((r) => {
        const back = ctx.firstCiteOf.get(r.id);
        return (
          <li key={r.id} id={referenceId(r.id)} value={r.number}>
            {r.text}
            {r.links.map((l) => (
              <span key={l.href}>
                {' '}
                <a href={l.href} className="reference-link">
                  {l.label}
                </a>
              </span>
            ))}
            {back ? (
              <>
                {' '}
                <a href={`#${back}`} className="back-link" {...uiLang(ctx)}>
                  {ctx.labels.backToText}
                  <span className="visually-hidden"> ({r.number})</span>
                </a>
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
