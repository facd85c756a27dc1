import { z } from './zod';
import { blockSchema, walkBlocks, type Block } from './blocks';
import { CONTENT_LIMITS as L } from './limits';

/** What one locale of a document holds; every save stores one of these as a revision. */
export interface DocumentContent {
  title: string;
  /** One or two sentences for lists, search results and meta descriptions. */
  summary: string;
  blocks: Block[];
}

export const documentContentSchema = z
  .object({
    title: z.string().trim().min(1, 'a document needs a title').max(L.titleChars),
    summary: z.string().max(L.summaryChars).default(''),
    blocks: z.array(blockSchema).max(L.blocksPerDocument, `a document has at most ${L.blocksPerDocument} blocks`),
  })
  .strict()
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    for (const block of walkBlocks(content.blocks)) {
      if (seen.has(block.id)) ctx.addIssue({ code: 'custom', message: `the block id "${block.id}" is used twice`, path: ['blocks'] });
      seen.add(block.id);
    }
  });

export interface ContentIssue {
  /** Dotted path into the input, e.g. "blocks[3].content[0].href". */
  path: string;
  /** The id of the innermost block the problem is in, when there is one. */
  blockId: string | null;
  message: string;
  /** A stable machine reason where the check gives one (e.g. URL_PROTOCOL_RELATIVE for a link). */
  reason?: string;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** The id of the deepest block on `path` within `input`. */
function blockIdAt(input: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = input;
  let found: string | null = null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key as string];
    if (node && typeof node === 'object' && 'type' in node && 'id' in node && typeof node.id === 'string') found = node.id;
  }
  return found;
}

export type ContentValidation = { ok: true; content: DocumentContent } | { ok: false; issues: ContentIssue[] };

/** Validates a document's content; every problem names its path and block. */
export function validateDocumentContent(input: unknown): ContentValidation {
  const result = documentContentSchema.safeParse(input);
  if (result.success) return { ok: true, content: result.data as DocumentContent };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: dotted(issue.path),
      blockId: blockIdAt(input, issue.path),
      message: issue.message,
      ...(issue.code === 'custom' && typeof issue.params?.reason === 'string' ? { reason: issue.params.reason } : {}),
    })),
  };
}
