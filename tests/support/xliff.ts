import type { Block, DocumentContent, Inline, ListItem } from '@careleaf/schema';

/** A stand-in translation: every word upper-cased (entities in the XML left alone). */
export const shout = (text: string) => text.replace(/\p{L}+/gu, (w) => w.toUpperCase());

/** Applies `translate` to the text between tags of escaped XML content, never to entity references. */
function translateXmlText(inner: string, translate: (text: string) => string): string {
  return inner.replace(
    /(^|>)([^<]*)/g,
    (_, gt: string, text: string) =>
      gt +
      text
        .split(/(&[#a-zA-Z0-9]+;)/)
        .map((part) => (part.startsWith('&') ? part : translate(part)))
        .join(''),
  );
}

/**
 * Plays the translator: gives every segment (2.0) or trans-unit (1.2) a
 * target made from its source, with the inline codes kept where they were.
 */
export function fillTargets(xml: string, translate: (text: string) => string = shout): string {
  if (xml.includes('version="2.0"')) {
    return xml.replace(
      /(<segment\b[^>]*>)<source>([\s\S]*?)<\/source>(?:<target>[\s\S]*?<\/target>)?/g,
      (_, open: string, src: string) =>
        `${open.replace(/ state="[^"]*"/, ' state="translated"')}<source>${src}</source><target>${translateXmlText(src, translate)}</target>`,
    );
  }
  return xml.replace(
    /(<trans-unit\b[^>]*>)<source>([\s\S]*?)<\/source>(?:<target\b[^>]*>[\s\S]*?<\/target>)?/g,
    (_, open: string, src: string) =>
      `${open}<source>${src}</source><target state="translated">${translateXmlText(src, translate)}</target>`,
  );
}

function inlines(nodes: readonly Inline[], t: (s: string) => string): Inline[] {
  return nodes.map((n) => {
    if (n.type === 'text') return { ...n, text: t(n.text) };
    if (n.type === 'cite') return n;
    const out = { ...n, children: inlines(n.children, t) } as Inline & { title?: string };
    if (n.type === 'abbr') out.title = t(n.title);
    return out;
  });
}

function items(list: readonly ListItem[], t: (s: string) => string): ListItem[] {
  return list.map((i) => ({
    ...i,
    content: inlines(i.content, t),
    ...(i.list ? { list: { ...i.list, items: items(i.list.items, t) } } : {}),
  }));
}

/** What a document's content should look like after `translate` was applied to every translatable text. */
export function translatedContent(content: DocumentContent, t: (s: string) => string = shout): DocumentContent {
  const block = (b: Block): Block => {
    const x = { ...b } as Block & Record<string, unknown>;
    if ('content' in x && Array.isArray(x.content)) x.content = inlines(x.content as Inline[], t);
    if ('title' in x && Array.isArray(x.title)) x.title = inlines(x.title as Inline[], t);
    if ('question' in x && Array.isArray(x.question)) x.question = inlines(x.question as Inline[], t);
    if ('caption' in x && Array.isArray(x.caption)) x.caption = inlines(x.caption as Inline[], t);
    if (x.type === 'figure' && x.alt) x.alt = t(x.alt);
    if (x.type === 'list') x.items = items(x.items, t);
    if (x.type === 'table') x.rows = x.rows.map((r) => ({ cells: r.cells.map((c) => ({ ...c, content: inlines(c.content, t) })) }));
    if ('blocks' in x && Array.isArray(x.blocks)) x.blocks = (x.blocks as Block[]).map(block);
    if (x.type === 'region' && x.fallback) x.fallback = x.fallback.map(block);
    return x;
  };
  return { title: t(content.title), summary: t(content.summary), blocks: content.blocks.map(block) };
}
