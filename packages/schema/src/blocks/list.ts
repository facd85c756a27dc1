import { z } from '../zod';
import { CONTENT_LIMITS as L } from '../limits';
import { inlineText, type Inline } from '../inline';
import { blockId, richText, type BlockField, type BlockKind } from './kind';

export interface ListItem {
  content: Inline[];
  /** A nested list under this item. */
  list?: { ordered: boolean; items: ListItem[] };
}

const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z
    .object({
      content: richText.min(1, 'a list item needs text'),
      list: z
        .object({ ordered: z.boolean(), items: z.array(listItem).min(1).max(L.listItems, `a list has at most ${L.listItems} items`) })
        .strict()
        .optional(),
    })
    .strict(),
);

export const listSchema = z
  .object({
    id: blockId,
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(listItem).min(1, 'a list needs items').max(L.listItems, `a list has at most ${L.listItems} items`),
  })
  .strict();

/** "items.0.1" is the second item of the list under the first item. */
function itemFields(items: readonly ListItem[], key: string, at: readonly (string | number)[], out: BlockField[]): BlockField[] {
  items.forEach((item, i) => {
    out.push({ key: `${key}.${i}`, at: [...at, i, 'content'], role: 'listItem', plain: false, value: item.content });
    if (item.list) itemFields(item.list.items, `${key}.${i}`, [...at, i, 'list', 'items'], out);
  });
  return out;
}

const itemsText = (items: readonly ListItem[]): string =>
  items.map((i) => `${inlineText(i.content)}\n${i.list ? itemsText(i.list.items) : ''}`).join('');

export const list: BlockKind<z.output<typeof listSchema>> = {
  idPrefix: 'l',
  children: [],
  fields: (b) => itemFields(b.items, 'items', ['items'], []),
  searchText: (b) => itemsText(b.items),
};
