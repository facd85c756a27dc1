import type { Block } from '@careleaf/schema/content';
import { kindFromBlock, registryPath } from '../../lib/registry-kinds';
import { RegistryEntries, type EntryHeadingLevel } from '../registries/RegistryEntries';
import { uiLang, type LangAttrs, type RenderContext } from './context';
import { InlineContent } from './InlineContent';

type Embed = Extract<Block, { type: 'registryEmbed' }>;

const level = (n: number) => Math.min(Math.max(n, 2), 6) as EntryHeadingLevel;

/**
 * A registry list inside an article: the entries the API resolved for the
 * reader's region (publishedDocument.registryLists, by block id) with the
 * same markup as the registry pages. The block's title is a heading one
 * level below the section it sits in, the entries' names one below that, so
 * no level is skipped. The title keeps the block's language (it may come
 * from a fallback locale); entries and labels are in the reader's language
 * or carry their own.
 */
export function RegistryEmbed({
  block,
  outer,
  inner,
  titleAttrs,
  under,
}: {
  block: Embed;
  /** The context around the block. */
  outer: RenderContext;
  /** The context of the block's own language (its title). */
  inner: RenderContext;
  titleAttrs: LangAttrs;
  /** The heading level the block sits under. */
  under: number;
}) {
  const list = outer.registryLists.get(block.id);
  const kind = list?.kind ?? kindFromBlock(block.kind);
  const hasTitle = !!block.title?.length;
  const titleLevel = level(under + 1);
  const Title = `h${titleLevel}` as const;
  // Entries and labels are in the reader's language; inside text in another language they say so.
  const pageText = uiLang(outer);
  return (
    // A div, not a named section: one more landmark per embed would crowd the landmark list.
    <div className="registry-embed" id={block.id}>
      {hasTitle ? (
        <Title {...titleAttrs}>
          <InlineContent nodes={block.title!} ctx={inner} />
        </Title>
      ) : null}
      <div {...pageText}>
        {list?.entries.length ? (
          <RegistryEntries
            entries={list.entries}
            locale={outer.pageLocale}
            dir={outer.pageDir}
            headingLevel={level(hasTitle ? titleLevel + 1 : under + 1)}
          />
        ) : (
          <p>{outer.labels.registryEmpty}</p>
        )}
        {kind ? (
          <p>
            <a href={registryPath(outer.pageLocale, kind)}>{outer.labels.registryAll}</a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
