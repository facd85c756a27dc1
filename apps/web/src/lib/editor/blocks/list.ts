import type { Block, ListItem } from '@careleaf/schema/content';
import { parseInline } from '../inline-syntax';
import { EditError, fieldError, inlineValue, type Fields, type InlineEnv } from '../fields';

type List = Extract<Block, { type: 'list' }>;

/** Two spaces (or a tab) per level of nesting. */
const INDENT = '  ';

/** A list as the textarea shows it: one item per line, nested items indented by two spaces. */
export function listValue(items: readonly ListItem[], env: InlineEnv, depth = 0): string {
  return items
    .map((item) => {
      const own = `${INDENT.repeat(depth)}${inlineValue(item.content, env).replace(/\n/g, ' ')}`;
      return item.list ? `${own}\n${listValue(item.list.items, env, depth + 1)}` : own;
    })
    .join('\n');
}

interface Line {
  depth: number;
  text: string;
  number: number;
}

function lines(value: string, name: string, typed: string): Line[] {
  const out: Line[] = [];
  value.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const lead = /^[ \t]*/.exec(raw)![0].replace(/\t/g, INDENT).length;
    const depth = Math.floor(lead / INDENT.length);
    const previous = out.at(-1)?.depth ?? -1;
    if (depth > previous + 1) throw new EditError(name, { kind: 'field', key: 'listIndent' }, typed);
    out.push({ depth, text: raw.trim(), number: i + 1 });
  });
  return out;
}

/** The items of `lines` at `depth` (and their nested ones), reusing the stored nested lists' ordered flag by position. */
function build(
  all: Line[],
  from: number,
  depth: number,
  ordered: boolean,
  stored: readonly ListItem[] | undefined,
  ctx: Ctx,
): { items: ListItem[]; next: number } {
  const items: ListItem[] = [];
  let i = from;
  while (i < all.length && all[i]!.depth === depth) {
    const line = all[i]!;
    const parsed = parseInline(line.text, { terms: ctx.env.terms });
    if (!parsed.ok) throw new EditError(ctx.name, { kind: 'syntax', detail: parsed.problem, line: line.number }, ctx.typed);
    const item: ListItem = { content: parsed.nodes };
    i++;
    if (i < all.length && all[i]!.depth > depth) {
      const before = stored?.[items.length]?.list;
      const inner = build(all, i, depth + 1, before?.ordered ?? ordered, before?.items, ctx);
      item.list = { ordered: before?.ordered ?? ordered, items: inner.items };
      i = inner.next;
    }
    items.push(item);
  }
  return { items, next: i };
}

interface Ctx {
  name: string;
  typed: string;
  env: InlineEnv;
}

/** Items from list text (one per line, nesting by indentation); `stored` lends nested lists their numbering style. */
export function parseListText(raw: string, name: string, env: InlineEnv, ordered: boolean, stored?: readonly ListItem[]): ListItem[] {
  const all = lines(raw, name, raw);
  if (!all.length) throw fieldError(name, 'itemsMissing');
  return build(all, 0, 0, ordered, stored, { name, typed: raw, env }).items;
}

/** List: `items-<id>` (one item per line, nesting by indentation) and `ordered-<id>` (a checkbox). */
export function editList(block: List, fields: Fields, env: InlineEnv): Block {
  const name = `items-${block.id}`;
  const raw = fields.get(name);
  if (raw === undefined) return block;
  const ordered = fields.has(`ordered-${block.id}`);
  // Read without trimming each line's indentation away: only the whole value's ends are trimmed.
  if (raw === listValue(block.items, env).trim()) return { ...block, ordered };
  return { ...block, ordered, items: parseListText(raw, name, env, ordered, block.items) };
}
