import { decodeXmlBytes, validateDocumentContent, type Block } from '@careleaf/schema';
import type { TenantTx } from '../../../kernel/db/database';
import { blockHash, blocksById, type DocumentService } from '../../content';
import { isUuid } from '../../../kernel/uuids';
import { authorize, type Principal } from '../../../kernel/policy';
import { audit } from '../../audit';
import { canonicalLocale, tenantLocale } from '../../tenancy';
import type { StoredState, TranslationTracker } from '../tracking';
import { buildTarget, translationBase, type TranslationBase, type TranslationPatch } from '../translate';
import { matchSource, type Token } from './codes';
import { restoreSegmentation } from './resegment';
import { readXliff, XliffFormatProblem, type ParsedFile } from './read';
import { documentUnits, SUMMARY_UNIT, TITLE_UNIT, tokensText, translatedBlock, type UnitModel } from './units';
import type { XliffVersion } from './write';
import { parseXml, XmlProblem } from './xml';

export const MAX_XLIFF_BYTES = 50 * 1024 * 1024;

export type ProblemCode =
  | 'TOO_LARGE'
  | 'NOT_XML'
  | 'DOCTYPE_FORBIDDEN'
  | 'TOO_DEEP'
  | 'NOT_XLIFF'
  | 'UNSUPPORTED_VERSION'
  | 'WRONG_TARGET_LANGUAGE'
  | 'WRONG_SOURCE_LANGUAGE'
  | 'UNKNOWN_DOCUMENT'
  | 'UNKNOWN_UNIT'
  | 'DUPLICATE_UNIT'
  | 'UNKNOWN_SEGMENT'
  | 'SOURCE_CHANGED'
  | 'BROKEN_INLINE_CODES'
  | 'INCOMPLETE_UNIT'
  | 'RESEGMENTED'
  | 'INVALID_CONTENT';

export interface ImportProblem {
  code: ProblemCode;
  message: string;
  documentId: string | null;
  unitId: string | null;
  segmentId: string | null;
}

export interface ImportedUnit {
  documentId: string;
  unitId: string;
  /** imported; skipped (no target); unchanged (the target is the current translation, so nothing is recorded). */
  result: 'imported' | 'skipped' | 'unchanged';
}

export interface ImportReport {
  /** True when the file was valid and written; false when nothing was written. */
  accepted: boolean;
  version: XliffVersion | null;
  locale: string;
  problems: ImportProblem[];
  units: ImportedUnit[];
  documents: { documentId: string; revisionId: string | null; imported: number }[];
}

export interface ImportInput {
  /** The file: text, or its bytes (decoded by byte order mark or XML declaration, e.g. UTF-16 from Windows tools). */
  xml: string | Uint8Array;
  /** The locale the file is expected to translate into. */
  locale: string;
  /** What imported blocks become: drafts (default) or ready for review. */
  state?: Exclude<StoredState, 'approved'>;
}

interface PlannedDocument {
  base: TranslationBase;
  patch: TranslationPatch;
  blockIds: string[];
  /** Title and summary, when the file changed them (tracked like blocks, not counted as blocks). */
  metaIds: string[];
}

const DOCUMENT_REF = /^careleaf:document:([0-9a-f-]{36})$/i;

/**
 * Imports a translated XLIFF file. Everything is checked first — the XML,
 * the version, the languages, every document, unit and segment, the source
 * text against the current source, the inline codes, the resulting content —
 * and every problem is reported with its unit. Only a file without problems
 * is written, all of it in the caller's transaction, as new revisions.
 */
export async function importXliff(
  tx: TenantTx,
  deps: { documents: DocumentService; tracker: TranslationTracker },
  actor: Principal,
  input: ImportInput,
): Promise<ImportReport> {
  const { tag: locale } = await tenantLocale(tx, input.locale);
  authorize(actor, 'translation.edit', { locale });
  const report: ImportReport = { accepted: false, version: null, locale, problems: [], units: [], documents: [] };
  const problem = (
    code: ProblemCode,
    message: string,
    where: { documentId?: string | null; unitId?: string | null; segmentId?: string | null } = {},
  ) =>
    report.problems.push({
      code,
      message,
      documentId: where.documentId ?? null,
      unitId: where.unitId ?? null,
      segmentId: where.segmentId ?? null,
    });

  if ((typeof input.xml === 'string' ? Buffer.byteLength(input.xml, 'utf8') : input.xml.byteLength) > MAX_XLIFF_BYTES) {
    problem('TOO_LARGE', `The file is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB: split it into several files.`);
    return report;
  }
  // A byte order mark left at the start of a text (a UTF-8 file read as text) is not part of the XML.
  const xml = typeof input.xml === 'string' ? input.xml.replace(/^\uFEFF/, '') : decodeXmlBytes(input.xml);
  let files: ParsedFile[];
  try {
    const parsed = readXliff(parseXml(xml));
    report.version = parsed.version;
    files = parsed.files;
  } catch (e) {
    if (e instanceof XmlProblem || e instanceof XliffFormatProblem) {
      problem(e.code, e.message);
      return report;
    }
    throw e;
  }
  if (!files.length) problem('NOT_XLIFF', 'The file contains no <file> element, so there is nothing to import.');

  const planned: PlannedDocument[] = [];
  const seenDocuments = new Set<string>();
  for (const file of files) {
    const plan = await planFile(tx, deps, file, locale, problem, report);
    if (!plan) continue;
    if (seenDocuments.has(plan.base.document.id)) {
      problem('DUPLICATE_UNIT', 'The file contains this document twice.', { documentId: plan.base.document.id });
      continue;
    }
    seenDocuments.add(plan.base.document.id);
    planned.push(plan);
  }
  if (report.problems.length) {
    report.units = [];
    return report;
  }

  // Valid: write every document, all or nothing (the caller's transaction).
  for (const plan of planned) {
    const { base, patch } = plan;
    if (!plan.blockIds.length && patch.title === undefined && patch.summary === undefined) {
      report.documents.push({ documentId: base.document.id, revisionId: null, imported: 0 });
      continue;
    }
    const statuses = await deps.tracker.statuses(tx, base.document.id, locale);
    const translated = new Set(statuses.filter((s) => s.status !== 'missing').map((s) => s.blockId));
    const revision = await deps.documents.save(tx, actor, {
      documentId: base.document.id,
      locale,
      baseVersion: base.target?.row.version ?? 0,
      content: buildTarget(base.source.content, base.target?.content ?? null, translated, patch),
      message: `XLIFF import: ${plan.blockIds.length} block${plan.blockIds.length === 1 ? '' : 's'}`,
    });
    await deps.tracker.markBlocks(tx, base.document.id, locale, [...plan.metaIds, ...plan.blockIds], input.state ?? 'draft', actor.userId);
    await audit(
      tx.em,
      tx.tenantId,
      { userId: actor.userId, label: actor.label },
      {
        action: 'translation.import',
        subjectType: 'document',
        subjectId: base.document.id,
        diff: { locale, format: `xliff-${report.version ?? '2.0'}`, revisionId: revision.id, blocks: plan.blockIds.length },
      },
    );
    report.documents.push({ documentId: base.document.id, revisionId: revision.id, imported: plan.blockIds.length });
  }
  report.accepted = true;
  return report;
}

/** Checks one <file> against the current document; returns what to write, or null after reporting why not. */
async function planFile(
  tx: TenantTx,
  deps: { documents: DocumentService; tracker: TranslationTracker },
  file: ParsedFile,
  locale: string,
  problem: (
    code: ProblemCode,
    message: string,
    where?: { documentId?: string | null; unitId?: string | null; segmentId?: string | null },
  ) => void,
  report: ImportReport,
): Promise<PlannedDocument | null> {
  const ref = DOCUMENT_REF.exec(file.original ?? '') ?? /^d-([0-9a-f-]{36})$/i.exec(file.id);
  const documentId = ref?.[1] ?? null;
  if (!documentId || !isUuid(documentId)) {
    problem('UNKNOWN_DOCUMENT', `The <file> "${file.id}" does not name a document of this site (original="careleaf:document:<id>").`);
    return null;
  }
  const target = langOf(file.trgLang);
  if (target !== locale) {
    problem('WRONG_TARGET_LANGUAGE', `The file translates into "${file.trgLang ?? '(none)'}", but you are importing into ${locale}.`, {
      documentId,
    });
    return null;
  }
  let base: TranslationBase;
  try {
    base = await translationBase(tx, deps.documents, deps.tracker, documentId, locale);
  } catch (e) {
    if ((e as { code?: string }).code !== 'NOT_FOUND') throw e;
    problem('UNKNOWN_DOCUMENT', `No document with the id "${documentId}" exists here.`, { documentId });
    return null;
  }
  if (langOf(file.srcLang) !== base.document.sourceLocale) {
    problem(
      'WRONG_SOURCE_LANGUAGE',
      `The file's source language is "${file.srcLang ?? '(none)'}", but this document is written in ${base.document.sourceLocale}.`,
      { documentId },
    );
    return null;
  }
  const statuses = await deps.tracker.statuses(tx, documentId, locale);
  const expected = new Map(documentUnits(base.source.content, base.target?.content ?? null, statuses).map((u) => [u.id, u]));
  const sourceBlocks = blocksById(base.source.content.blocks);
  const translated = new Set(statuses.filter((s) => s.status !== 'missing').map((s) => s.blockId));
  const current: CurrentTranslation = {
    title: base.target?.content.title ?? null,
    summary: base.target?.content.summary ?? null,
    blocks: base.target ? blocksById(base.target.content.blocks) : new Map(),
    translated,
  };
  const patch: TranslationPatch = { blocks: new Map() };
  const blockIds: string[] = [];
  const metaIds: string[] = [];
  const seen = new Set<string>();
  const before = report.problems.length;

  for (const unit of file.units) {
    const at = { documentId, unitId: unit.id || null };
    if (unit.problem) {
      problem('BROKEN_INLINE_CODES', unit.problem, at);
      continue;
    }
    const model = expected.get(unit.id);
    if (!model) {
      problem('UNKNOWN_UNIT', `The unit "${unit.id}" is not a translatable block of this document (any more).`, at);
      continue;
    }
    if (seen.has(unit.id)) {
      problem('DUPLICATE_UNIT', `The unit "${unit.id}" appears twice.`, at);
      continue;
    }
    seen.add(unit.id);
    const restored = restoreSegmentation(unit.segments, model.segments);
    if (!restored.ok) {
      problem('RESEGMENTED', restored.message, at);
      continue;
    }
    const targets = new Map<string, Token[]>();
    const fileIds = new Map<string, Map<string, string>>();
    let ok = true;
    for (const seg of restored.segments) {
      const where = { ...at, segmentId: seg.id };
      const m = model.segments.find((s) => s.id === seg.id);
      const ids = m && !seg.problem ? matchSource(seg.source, m.source) : null;
      if (seg.problem) {
        problem('BROKEN_INLINE_CODES', `Segment "${seg.id}": ${seg.problem}.`, where);
        ok = false;
      } else if (!m) {
        problem('UNKNOWN_SEGMENT', `The unit "${unit.id}" has no segment "${seg.id}" (any more).`, where);
        ok = false;
      } else if (!ids) {
        problem(
          'SOURCE_CHANGED',
          `The source text of "${unit.id}" changed since the file was exported (it now reads "${tokensText(m.source).slice(0, 120)}"). Export again and translate the new text.`,
          where,
        );
        ok = false;
      } else if (seg.target) {
        targets.set(seg.id, seg.target);
        fileIds.set(seg.id, ids);
      }
    }
    if (!ok) continue;
    if (targets.size === 0) {
      report.units.push({ documentId, unitId: unit.id, result: 'skipped' });
      continue;
    }
    const missing = model.segments.filter((s) => !targets.has(s.id));
    if (missing.length) {
      problem(
        'INCOMPLETE_UNIT',
        `The unit "${unit.id}" is translated only in part: ${missing.map((s) => `"${s.id}"`).join(', ')} ${missing.length > 1 ? 'have' : 'has'} no target. Translate every segment of a unit, or none.`,
        at,
      );
      continue;
    }
    const result = applyUnit(model, targets, fileIds, sourceBlocks, current, patch, blockIds, metaIds, (segmentId, message) =>
      problem('BROKEN_INLINE_CODES', `Segment "${segmentId}": ${message}.`, { ...at, segmentId }),
    );
    if (result) report.units.push({ documentId, unitId: unit.id, result });
  }
  if (report.problems.length > before) return null;

  // The schema has the last word (e.g. a link left without text), still before anything is written.
  const content = buildTarget(base.source.content, base.target?.content ?? null, translated, patch);
  const valid = validateDocumentContent(content);
  if (!valid.ok) {
    for (const issue of valid.issues) {
      problem('INVALID_CONTENT', `${issue.message} (at ${issue.path}).`, { documentId, unitId: issue.blockId ?? TITLE_UNIT });
    }
    return null;
  }
  return { base, patch, blockIds, metaIds };
}

/** The translation as it is before the import: what an unchanged unit is compared with. */
interface CurrentTranslation {
  title: string | null;
  summary: string | null;
  blocks: Map<string, Block>;
  translated: ReadonlySet<string>;
}

/**
 * Lays one translated unit over the patch. A unit whose target is the
 * current translation is "unchanged" and left out of the patch: re-importing
 * the file just exported must not turn approved or outdated blocks into
 * drafts, nor write a revision.
 */
function applyUnit(
  model: UnitModel,
  targets: Map<string, Token[]>,
  fileIds: ReadonlyMap<string, ReadonlyMap<string, string>>,
  sourceBlocks: Map<string, Block>,
  current: CurrentTranslation,
  patch: TranslationPatch,
  blockIds: string[],
  metaIds: string[],
  fail: (segmentId: string, message: string) => void,
): ImportedUnit['result'] | null {
  if (model.id === TITLE_UNIT || model.id === SUMMARY_UNIT) {
    const field = model.id === TITLE_UNIT ? 'title' : 'summary';
    const text = tokensText(targets.get(field)!).trim();
    if (current.translated.has(model.id) && text === current[field]) return 'unchanged';
    patch[field] = text;
    metaIds.push(model.id);
    return 'imported';
  }
  // Every text field of the unit is translated, so the rest (heading level, link targets, …) comes from the current source.
  const blockId = model.blockId!;
  const result = translatedBlock(sourceBlocks.get(blockId)!, model, targets, fileIds);
  if (!result.ok) {
    fail(result.segmentId, result.message);
    return null;
  }
  const before = current.blocks.get(blockId);
  if (current.translated.has(blockId) && before && blockHash({ ...result.own, id: blockId } as Block) === blockHash(before))
    return 'unchanged';
  patch.blocks.set(blockId, result.own);
  blockIds.push(blockId);
  return 'imported';
}

function langOf(tag: string | null): string | null {
  if (!tag) return null;
  try {
    return canonicalLocale(tag, 'trgLang');
  } catch {
    return tag;
  }
}
