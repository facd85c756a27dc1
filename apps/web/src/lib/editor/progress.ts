import 'server-only';
import type { EditorTranslationProgressQuery } from '@careleaf/schema/web/graphql';
import { asEditor } from './api';
import { EditorTranslationProgressQuery as Query } from './translation-queries';

export type ProgressRow = EditorTranslationProgressQuery['translationProgress']['edges'][number]['node'];

export interface LocaleProgress {
  locale: string;
  documents: number;
  /** Documents with at least one block missing or outdated. */
  needWork: number;
  total: number;
  approved: number;
  inProgress: number;
  missing: number;
  outdated: number;
}

/** Pages of 200 rows; a tenant with more than this many document × locale rows sees the first ones counted. */
const MAX_PAGES = 5;

/** Document × locale rows of translationProgress, page by page. `complete` is false when rows were left out. */
export async function progressRows(
  filter: { locale?: string; documentIds?: string[] } = {},
): Promise<{ rows: ProgressRow[]; complete: boolean }> {
  const rows: ProgressRow[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await asEditor(Query, {
      filter: { locale: filter.locale, documentIds: filter.documentIds, status: undefined },
      first: 200,
      after,
    });
    const data = result.data?.translationProgress;
    if (!data) return { rows, complete: false };
    rows.push(...data.edges.map((e) => e.node));
    if (!data.pageInfo.hasNextPage || !data.pageInfo.endCursor) return { rows, complete: true };
    after = data.pageInfo.endCursor;
  }
  return { rows, complete: false };
}

/** Rows summed per target locale, in the order of `locales`. */
export function byLocale(rows: readonly ProgressRow[], locales: readonly string[]): LocaleProgress[] {
  return locales
    .map((locale) => {
      const mine = rows.filter((r) => r.locale === locale);
      const sum = (f: (r: ProgressRow) => number) => mine.reduce((n, r) => n + f(r), 0);
      return {
        locale,
        documents: mine.length,
        needWork: mine.filter((r) => r.missing > 0 || r.outdated > 0).length,
        total: sum((r) => r.total),
        approved: sum((r) => r.approved),
        inProgress: sum((r) => r.draft + r.needsReview),
        missing: sum((r) => r.missing),
        outdated: sum((r) => r.outdated),
      };
    })
    .filter((p) => p.documents > 0);
}
