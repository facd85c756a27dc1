import { toWorkflowStatus } from '../content';
import type { ProgressRow } from './progress';
import type { SideBySide, SideBySideBlock } from './side-by-side';
import type { Concept, TermFinding } from './termbase';
import type { BlockStatus, OverallState, StoredState } from './tracking';
import type { ExportResult } from './xliff/export';
import type { ImportReport } from './xliff/import';
import type { XliffVersion } from './xliff/write';
import {
  TermIssueKindEnum,
  TermStatusEnum,
  TranslationBlockStatusEnum,
  TranslationStateEnum,
  TranslationWriteStateEnum,
  XliffVersionEnum,
  type TermConceptType,
  type TermIssueType,
  type TranslationBlockType,
  type TranslationProgressRowType,
  type TranslationViewType,
  type XliffFileType,
  type XliffImportReportType,
} from './localization.types';

// Presenters between the service's values and the GraphQL types. The enums
// carry the same strings as the values; these tables let the compiler check
// that every value has its enum member (and every enum member its value).

const BLOCK_STATUS: Record<BlockStatus, TranslationBlockStatusEnum> = {
  missing: TranslationBlockStatusEnum.MISSING,
  draft: TranslationBlockStatusEnum.DRAFT,
  needs_review: TranslationBlockStatusEnum.NEEDS_REVIEW,
  approved: TranslationBlockStatusEnum.APPROVED,
  outdated: TranslationBlockStatusEnum.OUTDATED,
};

const BLOCK_STATUS_OF: Record<TranslationBlockStatusEnum, BlockStatus> = {
  [TranslationBlockStatusEnum.MISSING]: 'missing',
  [TranslationBlockStatusEnum.DRAFT]: 'draft',
  [TranslationBlockStatusEnum.NEEDS_REVIEW]: 'needs_review',
  [TranslationBlockStatusEnum.APPROVED]: 'approved',
  [TranslationBlockStatusEnum.OUTDATED]: 'outdated',
};

const STATE: Record<OverallState, TranslationStateEnum> = {
  not_started: TranslationStateEnum.NOT_STARTED,
  in_progress: TranslationStateEnum.IN_PROGRESS,
  outdated: TranslationStateEnum.OUTDATED,
  needs_review: TranslationStateEnum.NEEDS_REVIEW,
  approved: TranslationStateEnum.APPROVED,
};

const WRITE_STATE_OF: Record<TranslationWriteStateEnum, Exclude<StoredState, 'approved'>> = {
  [TranslationWriteStateEnum.DRAFT]: 'draft',
  [TranslationWriteStateEnum.NEEDS_REVIEW]: 'needs_review',
};

const XLIFF_VERSION: Record<XliffVersion, XliffVersionEnum> = { '2.0': XliffVersionEnum.V2_0, '1.2': XliffVersionEnum.V1_2 };
const XLIFF_VERSION_OF: Record<XliffVersionEnum, XliffVersion> = { [XliffVersionEnum.V2_0]: '2.0', [XliffVersionEnum.V1_2]: '1.2' };

const TERM_ISSUE: Record<TermFinding['kind'], TermIssueKindEnum> = {
  missing_term: TermIssueKindEnum.MISSING_TERM,
  forbidden_term: TermIssueKindEnum.FORBIDDEN_TERM,
};

const TERM_STATUS: Record<Concept['terms'][number]['status'], TermStatusEnum> = {
  approved: TermStatusEnum.APPROVED,
  forbidden: TermStatusEnum.FORBIDDEN,
};

export const blockStatusOf = (s: TranslationBlockStatusEnum | undefined): BlockStatus | undefined => (s ? BLOCK_STATUS_OF[s] : undefined);
export const writeStateOf = (s: TranslationWriteStateEnum | undefined) => (s ? WRITE_STATE_OF[s] : undefined);
export const xliffVersionOf = (v: XliffVersionEnum | undefined): XliffVersion | undefined => (v ? XLIFF_VERSION_OF[v] : undefined);

const toTermIssue = (f: TermFinding): TermIssueType => ({ ...f, kind: TERM_ISSUE[f.kind] });

const toTranslationBlock = (b: SideBySideBlock): TranslationBlockType => ({
  ...b,
  status: BLOCK_STATUS[b.status],
  terminology: b.terminology.map(toTermIssue),
});

export const toTranslationView = (v: SideBySide): TranslationViewType => ({
  ...v,
  blocks: v.blocks.map(toTranslationBlock),
  state: STATE[v.state],
});

export const toProgressRow = (r: ProgressRow): TranslationProgressRowType => ({
  ...r,
  workflowStatus: r.workflowStatus ? toWorkflowStatus(r.workflowStatus) : null,
  state: STATE[r.state],
});

export const toXliffFile = (r: ExportResult): XliffFileType => ({ ...r, version: XLIFF_VERSION[r.version] });

export const toXliffImportReport = (r: ImportReport): XliffImportReportType => ({
  ...r,
  version: r.version ? XLIFF_VERSION[r.version] : null,
});

export const toTermConcept = (c: Concept): TermConceptType => ({
  ...c,
  terms: c.terms.map((t) => ({ ...t, status: TERM_STATUS[t.status] })),
});
