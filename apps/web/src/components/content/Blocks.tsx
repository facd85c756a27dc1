import type { ReactNode } from 'react';
import type { Block, BlockOf, BlockType, CalloutVariant, ListItem } from '@careleaf/schema/content';
import { blockLanguage, uiLang, type RenderContext } from './context';
import { InlineContent, plainText, referenceId } from './InlineContent';
import { RegistryEmbed } from './RegistryEmbed';
import { ResponsiveImage } from './ResponsiveImage';

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

interface RenderArgs<B> {
  block: B;
  /** The context of the block's content (its language when shown from a fallback locale). */
  ctx: RenderContext;
  /** The context around the block. */
  outer: RenderContext;
  levels: Levels;
  attrs: ReturnType<typeof blockLanguage>['attrs'];
  under: number;
  key: number;
}

type Renderer<K extends BlockType> = (args: RenderArgs<BlockOf<K>>) => ReactNode;

/** How each kind renders on the patient page: the compiler names a kind left out. */
export const RENDERERS: { [K in BlockType]: Renderer<K> } = {
  heading: ({ block, ctx, levels, attrs, key }) => {
    const Tag = `h${levels.heading.get(block) ?? block.level}` as 'h2' | 'h3' | 'h4';
    return (
      <Tag key={key} id={block.id} {...attrs}>
        <InlineContent nodes={block.content} ctx={ctx} />
      </Tag>
    );
  },
  paragraph: ({ block, ctx, attrs, key }) => (
    <p key={key} {...attrs}>
      <InlineContent nodes={block.content} ctx={ctx} />
    </p>
  ),
  list: ({ block, ctx, attrs, key }) => <List key={key} ordered={block.ordered} items={block.items} ctx={ctx} attrs={attrs} />,
  // NHS care-card pattern: a heading one level under the surrounding section names the box by its urgency
  // ("Urgent advice: …"), so it is in the headings list and is the region's name; the icon only repeats the label.
  callout: ({ block, ctx, attrs, under, key }) => {
    const level = Math.min(6, under + 1);
    const Tag = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
    const labelId = `${block.id}-label`;
    return (
      <section key={key} className={`callout callout-${block.variant}`} aria-labelledby={labelId} {...attrs}>
        <Tag className="callout-label" id={labelId}>
          <CalloutIcon variant={block.variant} />
          <span>
            <span {...uiLang(ctx)}>{ctx.labels.callout[block.variant]}</span>
            {block.title ? (
              <>
                {': '}
                <span className="callout-title">
                  <InlineContent nodes={block.title} ctx={ctx} />
                </span>
              </>
            ) : null}
          </span>
        </Tag>
        <div className="callout-body">
          <Blocks blocks={block.blocks} ctx={ctx} base={level} />
        </div>
      </section>
    );
  },
  // A landmark named in the reader's language, so screen-reader users find it in the page's regions.
  emergency: ({ block, ctx, attrs, key }) => (
    <section key={key} className="emergency" aria-label={ctx.labels.kind.emergency} {...attrs}>
      <p className="emergency-label">
        <svg className="emergency-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="28" height="28">
          <path d="M12 2 1 21h22L12 2zm0 5.5 7.5 12.5h-15L12 7.5zM11 10v5h2v-5h-2zm0 6v2h2v-2h-2z" fill="currentColor" />
        </svg>
        <strong {...uiLang(ctx)}>{ctx.labels.kind.emergency}</strong>
      </p>
      <p className="emergency-text">
        <InlineContent nodes={block.content} ctx={ctx} />
      </p>
    </section>
  ),
  faq: ({ block, ctx, attrs, under, key }) => (
    <details key={key} className="faq" id={block.id} {...attrs}>
      <summary>
        <InlineContent nodes={block.question} ctx={ctx} />
      </summary>
      <div className="faq-answer">
        <Blocks blocks={block.blocks} ctx={ctx} base={under} />
      </div>
    </details>
  ),
  figure: ({ block, ctx, attrs, key }) => {
    const media = ctx.media.get(block.mediaId);
    if (!media) return null;
    return (
      <figure key={key} {...attrs}>
        {/* No client-side image loader: the API serves the resized copies (AVIF, WebP) and the original. */}
        <ResponsiveImage
          url={media.url}
          alt={block.decorative ? '' : block.alt}
          width={media.width}
          height={media.height}
          sources={media.sources}
        />
        {block.caption ? (
          <figcaption>
            <InlineContent nodes={block.caption} ctx={ctx} />
          </figcaption>
        ) : null}
      </figure>
    );
  },
  table: ({ block, ctx, attrs, key }) => (
    // A named section is a region landmark: keyboard users can focus it to scroll a wide table.
    <section key={key} className="table-scroll" aria-label={plainText(block.caption)} tabIndex={0} {...attrs}>
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
    </section>
  ),
  citations: ({ block, ctx, key }) => <ReferenceList key={key} ids={block.citationIds} ctx={ctx} />,
  // The API resolves region blocks for the reader; this only happens with an older API.
  region: ({ block, ctx, under, key }) => <Blocks key={key} blocks={block.blocks} ctx={ctx} base={under} />,
  registryEmbed: ({ block, ctx, outer, attrs, under, key }) => (
    <RegistryEmbed key={key} block={block} outer={outer} inner={ctx} titleAttrs={attrs} under={under} />
  ),
  easyRead: ({ block, ctx, attrs, under, key }) => (
    <section key={key} className="easy-read" aria-label={ctx.labels.kind.easyRead} {...attrs}>
      <p className="callout-label">
        <strong {...uiLang(ctx)}>{ctx.labels.kind.easyRead}</strong>
      </p>
      <Blocks blocks={block.blocks} ctx={ctx} base={under} />
    </section>
  ),
};

function renderBlock<K extends BlockType>(block: BlockOf<K>, outer: RenderContext, levels: Levels, key: number) {
  // Blocks shown from another locale carry their own lang (and dir); their content renders in that language.
  const { attrs, inner: ctx } = blockLanguage(block, outer);
  const under = levels.under.get(block) ?? 1;
  const render: Renderer<K> = RENDERERS[block.type as K];
  return render({ block, ctx, outer, levels, attrs, under, key });
}

/** A shape per urgency, so the kinds differ without colour; decorative (the visible label says it). */
function CalloutIcon({ variant }: { variant: CalloutVariant }) {
  const paths: Record<CalloutVariant, string> = {
    // "i" in a circle
    info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
    // "!" in a triangle
    warning: 'M12 2 1 21h22L12 2zm1 16h-2v-2h2v2zm0-4h-2v-4h2v4z',
    // a cross in a rounded square (medical help)
    seeDoctor: 'M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm5 4v3H7v4h3v3h4v-3h3v-4h-3V7h-4z',
    // "!" in a circle
    urgent: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
  };
  return (
    <svg className="callout-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
      <path d={paths[variant]} fill="currentColor" />
    </svg>
  );
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
