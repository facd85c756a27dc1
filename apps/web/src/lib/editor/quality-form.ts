/**
 * The quality form ⇄ QualityInput: authors and reviewers are rows of
 * fields (a row without a name is dropped), texts and dates as they are.
 * Every field of QualityInput is sent, so an emptied one is cleared.
 */

export const REVIEWER_ROLES = ['internal', 'externalExpert', 'userTest'] as const;
export const REVIEW_TRIGGERS = ['scheduled', 'newEvidence', 'safetyAlert'] as const;

export interface QualityValues {
  publisher: string | null;
  authors: { name: string; qualification: string | null }[];
  reviewers: { name: string; role: string; qualification: string | null }[];
  lastReviewed: string | null;
  nextReviewDue: string | null;
  reviewTrigger: string | null;
  conflictsOfInterest: string | null;
  funding: string | null;
  evidenceNotes: string | null;
}

/** Rows shown for authors and reviewers: the stored ones and two empty ones. */
export const EXTRA_ROWS = 2;

export function readQuality(get: (name: string) => string, rows: { authors: number; reviewers: number }): QualityValues {
  const opt = (name: string) => get(name) || null;
  const authors: QualityValues['authors'] = [];
  for (let i = 0; i < rows.authors; i++) {
    const name = get(`author-name-${i}`);
    if (name) authors.push({ name, qualification: opt(`author-qualification-${i}`) });
  }
  const reviewers: QualityValues['reviewers'] = [];
  for (let i = 0; i < rows.reviewers; i++) {
    const name = get(`reviewer-name-${i}`);
    if (name) reviewers.push({ name, role: get(`reviewer-role-${i}`) || 'internal', qualification: opt(`reviewer-qualification-${i}`) });
  }
  return {
    publisher: opt('publisher'),
    authors,
    reviewers,
    lastReviewed: opt('lastReviewed'),
    nextReviewDue: opt('nextReviewDue'),
    reviewTrigger: opt('reviewTrigger'),
    conflictsOfInterest: opt('conflictsOfInterest'),
    funding: opt('funding'),
    evidenceNotes: opt('evidenceNotes'),
  };
}

/**
 * The form control an API error is about: "quality.reviewers[1].role" →
 * "reviewer-role-1" (rows sent are the named ones, in order, so the index
 * maps back through `sent`).
 */
export function controlFor(apiField: string | undefined, sent: { authors: number[]; reviewers: number[] }): string | undefined {
  if (!apiField) return undefined;
  const m = /^quality\.(authors|reviewers)\[(\d+)\]\.(name|qualification|role)$/.exec(apiField);
  if (m) {
    const row = (m[1] === 'authors' ? sent.authors : sent.reviewers)[Number(m[2])];
    return row === undefined ? undefined : `${m[1] === 'authors' ? 'author' : 'reviewer'}-${m[3]}-${row}`;
  }
  const plain = /^quality\.(\w+)$/.exec(apiField);
  return plain?.[1];
}

/** Which form rows were sent (the ones with a name), in order. */
export function sentRows(get: (name: string) => string, rows: { authors: number; reviewers: number }) {
  const named = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => i).filter((i) => get(`${prefix}-name-${i}`));
  return { authors: named('author', rows.authors), reviewers: named('reviewer', rows.reviewers) };
}
