import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import type { DocumentKind, WorkflowStatus } from './document.entity';
import { type Cursor, type ListFilter, type ListOrder, listRows, type ListRow } from './listing.queries';

export type { ListFilter, ListOrder } from './listing.queries';

export interface ListItem {
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  kind: DocumentKind;
  topics: string[];
  /** Published items only say "published"; members see the workflow state. */
  status: WorkflowStatus;
  updatedAt: Date;
  nextReviewDue: string | null;
  cursor: string;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A row as a list item, with the cursor that continues after it. */
function toListItem(r: ListRow): ListItem {
  return {
    documentId: r.document_id,
    locale: r.locale,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    kind: r.kind,
    topics: r.topics,
    status: r.status,
    updatedAt: r.updated_at,
    nextReviewDue: r.next_review_due,
    cursor: encode({ k: r.sort_key, id: r.document_id }),
  };
}

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(cursor: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.k === 'string' && typeof c.id === 'string') return c;
  } catch {
    // fall through
  }
  throw badInput('after', 'This cursor is not one this list gave out. Start again without "after".', 'CURSOR_INVALID');
}

/**
 * One statement per page, whatever the page size: keyset pagination on
 * (sort key, document id). `published` lists only what readers may see.
 */
export async function listDocuments(
  tx: TenantTx,
  opts: { filter: ListFilter; order: ListOrder; first: number; after?: string | null; published: boolean; today: string },
): Promise<Page<ListItem>> {
  if (!Number.isInteger(opts.first) || opts.first < 1 || opts.first > 100)
    throw badInput('first', 'Ask for between 1 and 100 documents at a time.', { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: 100 });
  const rows = await listRows(tx, { ...opts, after: opts.after ? decode(opts.after) : null, limit: opts.first + 1 });
  const page = rows.slice(0, opts.first);
  const last = page.at(-1);
  return {
    items: page.map(toListItem),
    hasNextPage: rows.length > opts.first,
    endCursor: last ? encode({ k: last.sort_key, id: last.document_id }) : null,
  };
}
