/**
 * The medical-quality requirements a tenant asks of every published version
 * (checked by content/publish-gate.ts). Stored in the tenant settings; a rule
 * left unset is on: a health organisation wants all of them unless it says otherwise.
 */
export interface PublishRequirements {
  author?: boolean;
  /** A medical reviewer whose name differs from every author's. */
  reviewer?: boolean;
  lastReviewed?: boolean;
  summary?: boolean;
  /** At least one citation (a source) in the document. */
  sources?: boolean;
  /** Whether missed readability targets block publishing ('error') or only warn. */
  readability?: 'error' | 'warning';
}

export type EffectiveRequirements = Required<PublishRequirements>;

export const DEFAULT_REQUIREMENTS: EffectiveRequirements = {
  author: true,
  reviewer: true,
  lastReviewed: true,
  summary: true,
  sources: true,
  readability: 'warning',
};

export const READABILITY_SEVERITIES = ['error', 'warning'] as const;

export function effectiveRequirements(stored: PublishRequirements | undefined): EffectiveRequirements {
  return { ...DEFAULT_REQUIREMENTS, ...(stored ?? {}) };
}
