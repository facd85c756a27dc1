import type { Element, ElementContent } from 'hast';
import { inlineText, type Block, type Inline, type ListItem, type TableCell } from '@careleaf/schema';
import type { BlockIds, NewBlock } from './ids';
import type { MediaDraft } from './import.types';
import { mapInline, type InlineEnv } from './inline';
import { mediaPlaceholder } from './placeholders';
import { plainText } from './report';
import { isElement, textContent, type Unit } from './units';

export interface BlockEnv extends InlineEnv {
  ids: BlockIds;
  media: MediaDraft[];
  /** The document title, once the first h1 has been seen. */
  title: string | null;
  /** How many more blocks the content may hold. */
  blocksLeft: number;
  tables: number;
}

/** The content schema allows 2,000 blocks at the top level and 500 inside a block. */
export const MAX_BLOCKS = 2000;
const MAX_NESTED = 500;
const MAX_LIST_DEPTH = 12;

const TABLE_WORD: Record<string, string> = { de: 'Tabelle', en: 'Table', fr: 'Tableau', es: 'Tabla', it: 'Tabella', nl: 'Tabel' };
/** Pandoc's caption syntax ("Table: …", ": …") in the paragraph right before or after a Markdown table. */
const CAPTION_LINE = /^(?:(?:table|tabelle|tableau|tabla|tabella|tabel)\s*\d*\s*:|:)\s+(.+)$/is;

/** The text of a block being left out, for the report. */
const blockText = (block: NewBlock | Block): string => {
  const parts: string[] = [];
  JSON.stringify(block, (key, value: unknown) => {
    if (key === 'text' && typeof value === 'string') parts.push(value);
    return value;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
};

const paragraphText = (u: Unit) => (u.kind === 'paragraph' ? u.nodes.map(textContent).join('').trim() : '');

export function mapUnits(units: readonly Unit[], env: BlockEnv, nested = false): Block[] {
  const blocks: Block[] = [];
  const captions = new Map<number, string>();
  const skip = new Set<number>();
  units.forEach((u, i) => {
    const m = CAPTION_LINE.exec(paragraphText(u));
    if (!m) return;
    for (const j of [i + 1, i - 1]) {
      const t = units[j];
      if (
        t?.kind === 'table' &&
        !t.caption &&
        !isElement(
          t.el.children.find((c) => isElement(c, 'caption')),
          'caption',
        ) &&
        !captions.has(j)
      ) {
        captions.set(j, m[1]!.trim());
        skip.add(i);
        return;
      }
    }
  });

  const push = (block: NewBlock | Block | null, headingText?: string, el?: Element | null): void => {
    const full = env.blocksLeft <= 0 || (nested && blocks.length >= MAX_NESTED);
    if (!block && !(full && el)) return; // an image past the limit is not made into a block, but still reported
    if (full || !block) {
      // Each block left out is reported with its text (up to the report's own limit).
      env.report.add(
        'limit-reached',
        el?.tagName ?? 'p',
        env.blocksLeft <= 0
          ? `The article has more than ${MAX_BLOCKS} blocks; this one was left out (its text is quoted here): import the rest as another document.`
          : `A question holds more than ${MAX_NESTED} blocks; this one was left out (its text is quoted here).`,
        el ?? null,
        undefined,
        headingText ?? (block ? blockText(block) : plainText(el)),
      );
      return;
    }
    env.blocksLeft--;
    blocks.push('id' in block ? block : ({ ...block, id: env.ids.next(block, headingText) } as Block));
  };

  units.forEach((u, i) => {
    if (skip.has(i)) return;
    switch (u.kind) {
      case 'heading': {
        const content = mapInline(u.el.children, env, { lang: u.lang, el: u.el });
        const text = inlineText(content).replace(/\s+/g, ' ').trim();
        if (!text) {
          env.report.add('heading-empty', u.el.tagName, 'An empty heading was left out.', u.el);
          return;
        }
        let level = u.level;
        if (level === 1) {
          if (env.title === null) {
            env.title = text;
            return;
          }
          env.report.add(
            'heading-demoted',
            'h1',
            `A further top-level heading ("${text.slice(0, 80)}") became level 2: the title is the page's only level 1 heading.`,
            u.el,
          );
          level = 2;
        } else if (level > 4) {
          env.report.add(
            'heading-clamped',
            u.el.tagName,
            `A level ${level} heading ("${text.slice(0, 80)}") became level 4, the deepest level Careleaf has.`,
            u.el,
          );
          level = 4;
        }
        push({ type: 'heading', level: level as 2 | 3 | 4, content }, text, u.el);
        return;
      }
      case 'paragraph':
        for (const part of splitImages(u.nodes, env)) {
          if (part.image) push(env.blocksLeft > 0 ? figure(part.image, undefined, env) : null, undefined, part.image);
          else {
            const content = mapInline(part.nodes, env, { lang: u.lang, preformatted: u.preformatted, el: u.el });
            if (content.length) push({ type: 'paragraph', content }, undefined, u.el);
          }
        }
        return;
      case 'list': {
        const items = listItems(u.el, env, 0, u.lang);
        if (items.length) push({ type: 'list', ordered: u.el.tagName === 'ol', items }, undefined, u.el);
        return;
      }
      case 'table':
        push(table(u.el, u.caption, captions.get(i), env, u.lang), undefined, u.el);
        return;
      case 'image':
        push(env.blocksLeft > 0 ? figure(u.el, u.caption, env) : null, undefined, u.el);
        return;
      case 'faq': {
        const question = mapInline(u.summary.children, env, { lang: u.lang, el: u.summary });
        const answer = mapUnits(u.units, env, true);
        if (question.length && answer.length) push({ type: 'faq', question, blocks: answer }, undefined, u.el);
        else blocks.push(...answer);
        return;
      }
      case 'emergency': {
        const content = mapInline(u.nodes, env, { lang: u.lang, el: u.el });
        if (content.length) push({ type: 'emergency', content }, undefined, u.el);
        return;
      }
      case 'footnotes':
        return; // taken by the sources
    }
  });
  return blocks;
}

/** Splits paragraph content at images (also images wrapped in a link), which become figure blocks of their own. */
function splitImages(
  nodes: readonly ElementContent[],
  env: BlockEnv,
): ({ image: Element; nodes?: never } | { nodes: ElementContent[]; image?: never })[] {
  const parts: ({ image: Element } | { nodes: ElementContent[] })[] = [];
  let run: ElementContent[] = [];
  for (const n of nodes) {
    const linkedImage = isElement(n, 'a') && !textContent(n).trim() ? n.children.find((c): c is Element => isElement(c, 'img')) : undefined;
    const image = isElement(n, 'img') ? n : linkedImage;
    if (!image) {
      run.push(n);
      continue;
    }
    if (linkedImage)
      env.report.add('link-dropped', 'a[href]', 'The link around an image was removed; the image became a figure.', n as Element);
    if (run.length) parts.push({ nodes: run });
    parts.push({ image });
    run = [];
  }
  if (run.length) parts.push({ nodes: run });
  return parts as ReturnType<typeof splitImages>;
}

function safeImageSource(src: string): string | null {
  const s = src.trim();
  if (s.startsWith('//')) return `https:${s}`;
  if (/^https?:\/\/[^\s<>"]+$/i.test(s)) return s;
  // A path relative to the old page: no scheme, nothing that could be markup.
  return /^(?![a-z][a-z0-9+.-]*:)[^\s<>"'`]+$/i.test(s) ? s : null;
}

/** A figure block with its id (the media draft needs the id), or null when the image has no usable address. */
function figure(img: Element, captionEl: Element | undefined, env: BlockEnv): Block | null {
  const src = safeImageSource(typeof img.properties.src === 'string' ? img.properties.src : '');
  const alt = (typeof img.properties.alt === 'string' ? img.properties.alt : '').replace(/\s+/g, ' ').trim().slice(0, 1000);
  if (!src) {
    env.report.add(
      'image-without-source',
      'img',
      `An image${alt ? ` ("${alt.slice(0, 80)}")` : ''} without a usable address was left out; add it from the media library.`,
      img,
    );
    return null;
  }
  const caption = captionEl ? mapInline(captionEl.children, env, { el: captionEl }) : [];
  const placeholderId = mediaPlaceholder(env.media.length + 1);
  const block = { type: 'figure' as const, mediaId: placeholderId, decorative: false, alt, ...(caption.length ? { caption } : {}) };
  const blockId = env.ids.next(block);
  env.media.push({ placeholderId, blockId, src, alt });
  env.report.add(
    'image-needs-upload',
    'img',
    `Upload the image "${src.slice(0, 200)}" to the media library and choose it in this block${alt ? '; check its alt text' : ', then write its alt text (or mark it decorative)'}.`,
    img,
    blockId,
  );
  return { ...block, id: blockId };
}

function listItems(el: Element, env: BlockEnv, depth: number, lang: string | undefined): ListItem[] {
  const items: ListItem[] = [];
  for (const li of el.children) {
    if (!isElement(li, 'li')) continue;
    const buffer: ElementContent[] = [];
    const nested: Element[] = [];
    const collect = (nodes: readonly ElementContent[]) => {
      for (const c of nodes) {
        if (
          c.type !== 'element' ||
          ['a', 'strong', 'b', 'em', 'i', 'abbr', 'acronym', 'q', 'sup', 'sub', 'code', 'kbd', 'samp', 'span', 'br', 'img'].includes(
            c.tagName,
          )
        ) {
          buffer.push(c);
        } else if (c.tagName === 'ul' || c.tagName === 'ol') nested.push(c);
        else if (c.tagName === 'table' || c.tagName === 'figure' || c.tagName === 'details') {
          env.report.add(
            'list-item-content-dropped',
            c.tagName,
            `A <${c.tagName}> inside a list item was left out (its text is quoted here); add it after the list.`,
            c,
            undefined,
            plainText(c),
          );
        } else {
          if (buffer.length) buffer.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
          collect(c.children);
        }
      }
    };
    collect(li.children);
    const itemLang = typeof li.properties.lang === 'string' ? li.properties.lang : lang;
    const content = mapInline(buffer, env, { lang: itemLang, el: li });
    let sub: ListItem['list'];
    if (nested.length && depth >= MAX_LIST_DEPTH) {
      env.report.add('limit-reached', nested[0]!.tagName, `Lists nested deeper than ${MAX_LIST_DEPTH} levels were left out.`, nested[0]);
    } else if (nested.length) {
      if (nested.length > 1)
        env.report.add('flattened', nested[1]!.tagName, 'Several lists under one list item were joined into one.', nested[1]);
      const subItems = nested.flatMap((n) => listItems(n, env, depth + 1, itemLang));
      if (subItems.length) sub = { ordered: nested[0]!.tagName === 'ol', items: subItems };
    }
    if (content.length) items.push({ content, ...(sub ? { list: sub } : {}) });
    else if (sub) {
      env.report.add('flattened', 'li', 'A list item with only a nested list was removed; its items moved up one level.', li);
      items.push(...sub.items);
    }
  }
  return items;
}

/** Cell content: text and marks; paragraphs become line breaks, lists "a; b". */
function cellContent(cell: Element, env: BlockEnv, lang: string | undefined): Inline[] {
  const buffer: ElementContent[] = [];
  const br = (): ElementContent => ({ type: 'element', tagName: 'br', properties: {}, children: [] });
  const collect = (nodes: readonly ElementContent[]) => {
    for (const c of nodes) {
      if (
        c.type !== 'element' ||
        !['p', 'div', 'ul', 'ol', 'li', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd'].includes(c.tagName)
      ) {
        buffer.push(c);
        continue;
      }
      if (c.tagName === 'ul' || c.tagName === 'ol')
        env.report.add('flattened', c.tagName, 'A list inside a table cell became lines of text.', c);
      if (buffer.length) buffer.push(br());
      collect(c.children);
    }
  };
  collect(cell.children);
  return mapInline(buffer, env, { lang: typeof cell.properties.lang === 'string' ? cell.properties.lang : lang, el: cell });
}

function table(
  el: Element,
  figcaption: Element | undefined,
  captionText: string | undefined,
  env: BlockEnv,
  lang: string | undefined,
): NewBlock | null {
  env.tables++;
  const rows: { cells: TableCell[] }[] = [];
  let merged = false;
  const addRows = (nodes: readonly ElementContent[], section: 'head' | 'body') => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if (n.tagName === 'thead') addRows(n.children, 'head');
      else if (n.tagName === 'tbody' || n.tagName === 'tfoot') addRows(n.children, 'body');
      else if (n.tagName === 'tr') {
        const cellEls = n.children.filter((c): c is Element => isElement(c, 'th', 'td'));
        const hasData = cellEls.some((c) => c.tagName === 'td');
        const cells = cellEls.map((c, index): TableCell => {
          if (Number(c.properties.colSpan ?? 1) > 1 || Number(c.properties.rowSpan ?? 1) > 1) merged = true;
          const content = cellContent(c, env, lang);
          if (c.tagName !== 'th') return { content };
          const given = String(c.properties.scope ?? '');
          const scope: TableCell['scope'] = /^col/.test(given)
            ? 'col'
            : /^row/.test(given)
              ? 'row'
              : section === 'head' || rows.length === 0
                ? 'col'
                : index === 0 && hasData
                  ? 'row'
                  : undefined;
          return { content, header: true, ...(scope ? { scope } : {}) };
        });
        if (cells.length) rows.push({ cells });
      }
    }
  };
  addRows(el.children, 'body');
  if (rows.length === 0) {
    env.report.add('table-empty', 'table', 'A table without rows was left out.', el);
    return null;
  }
  if (merged)
    env.report.add(
      'table-merged-cells',
      'table',
      'The table has merged cells (colspan/rowspan); each appears once now: check the layout.',
      el,
    );
  if (!rows.some((r) => r.cells.some((c) => c.header))) {
    rows[0] = { cells: rows[0]!.cells.map((c) => ({ ...c, header: true, scope: 'col' as const })) };
    env.report.add(
      'table-headers-inferred',
      'table',
      'The table had no header cells; its first row was marked as the header row. Check it.',
      el,
    );
  }
  const captionEl = el.children.find((c): c is Element => isElement(c, 'caption')) ?? figcaption;
  let caption: Inline[] = captionEl ? mapInline(captionEl.children, env, { lang, el: captionEl }) : [];
  if (!caption.length && captionText) caption = [{ type: 'text', text: captionText }];
  if (!caption.length) {
    const word = TABLE_WORD[env.language] ?? TABLE_WORD.en!;
    caption = [{ type: 'text', text: `${word} ${env.tables}` }];
    env.report.add(
      'table-caption-missing',
      'table',
      `The table had no caption; "${word} ${env.tables}" stands in for it. Write a caption that says what the table shows.`,
      el,
    );
  }
  return { type: 'table', caption, rows };
}
