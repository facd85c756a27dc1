import type { DocumentContent } from '@careleaf/schema';
import { AppError } from '../../kernel/errors';
import type { EffectiveRequirements } from '../../kernel/publish-requirements';
import type { QualityMetadata } from './quality';
import { referencedIds } from './snapshot';

export const GATE_GAPS = [
  'AUTHOR_MISSING',
  'REVIEWER_MISSING',
  'REVIEWER_IS_AUTHOR',
  'LAST_REVIEWED_MISSING',
  'SUMMARY_MISSING',
  'SOURCES_MISSING',
  'READABILITY_TARGET_MISSED',
] as const;
export type GateGap = (typeof GATE_GAPS)[number];

/** One unmet requirement and the field the editor should fill in. */
export interface GateMiss {
  requirement: GateGap;
  field: string;
}

const ENGLISH: Record<GateGap, string> = {
  AUTHOR_MISSING: 'name an author',
  REVIEWER_MISSING: 'name a medical reviewer',
  REVIEWER_IS_AUTHOR: 'name a medical reviewer other than the author',
  LAST_REVIEWED_MISSING: 'give the date last reviewed',
  SUMMARY_MISSING: 'write a summary',
  SOURCES_MISSING: 'cite at least one source',
  READABILITY_TARGET_MISSED: 'meet the readability targets',
};

const norm = (name: string) => name.trim().toLocaleLowerCase();

export interface GateInput {
  quality: QualityMetadata;
  content: DocumentContent;
  /** How many readability findings the content checks reported. */
  readabilityFindings: number;
}

/** Every requirement `input` does not meet under `rules`, in a stable order. Pure: the editor's checks use it too. */
export function unmetRequirements(input: GateInput, rules: EffectiveRequirements): GateMiss[] {
  const out: GateMiss[] = [];
  const authors = (input.quality.authors ?? []).filter((a) => a.name.trim());
  const reviewers = (input.quality.reviewers ?? []).filter((r) => r.name.trim());
  if (rules.author && authors.length === 0) out.push({ requirement: 'AUTHOR_MISSING', field: 'quality.authors' });
  if (rules.reviewer) {
    const authorNames = new Set(authors.map((a) => norm(a.name)));
    if (reviewers.length === 0) out.push({ requirement: 'REVIEWER_MISSING', field: 'quality.reviewers' });
    else if (reviewers.every((r) => authorNames.has(norm(r.name)))) {
      out.push({ requirement: 'REVIEWER_IS_AUTHOR', field: 'quality.reviewers' });
    }
  }
  if (rules.lastReviewed && !input.quality.lastReviewed) out.push({ requirement: 'LAST_REVIEWED_MISSING', field: 'quality.lastReviewed' });
  if (rules.summary && !input.content.summary.trim()) out.push({ requirement: 'SUMMARY_MISSING', field: 'summary' });
  if (rules.sources && referencedIds(input.content).citationIds.length === 0) {
    out.push({ requirement: 'SOURCES_MISSING', field: 'blocks' });
  }
  if (rules.readability === 'error' && input.readabilityFindings > 0) {
    out.push({ requirement: 'READABILITY_TARGET_MISSED', field: 'blocks' });
  }
  return out;
}

/** The refusal: every unmet requirement as a typed reason with its field (the web names each in the reader's language). */
export function publishGateError(missing: GateMiss[]): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `This cannot be published yet: ${missing.map((m) => ENGLISH[m.requirement]).join('; ')}.`,
    missing[0]?.field,
    { reason: 'PUBLISH_GATE', count: missing.length, missing },
  );
}
