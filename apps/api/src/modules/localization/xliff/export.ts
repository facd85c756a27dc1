import { walkBlocks, type Block } from '@careleaf/schema';
import type { TenantTx } from '../../../kernel/db/database';
import { badInput } from '../../../kernel/errors';
import { type DocumentService, ownText } from '../../content';
import { authorize, type Principal } from '../../../kernel/policy';
import { tenantLocale } from '../../tenancy';
import { META_IDS, metaField, type BlockStatus, type TranslationTracker } from '../tracking';
import { pendingDocumentIds, revisionContents, tenantDefaultLocale } from '../tracking.queries';
import { translationBase } from '../translate';
import { documentUnits } from './units';
import { writeXliff12, writeXliff20, type ExportFile, type XliffVersion } from './write';

export interface ExportInput {
  locale: string;
  /** Documents to export; omitted: every document with missing or outdated blocks in `locale`. */
  documentIds?: string[];
  /** Only the units that need work (missing or outdated blocks; title and summary of a new translation). */
  pendingOnly?: boolean;
  version?: XliffVersion;
  /** For the batch without documentIds: documents written in this locale (default: the tenant's default locale). */
  sourceLocale?: string;
}

export interface ExportResult {
  xml: string;
  filename: string;
  version: XliffVersion;
  sourceLocale: string;
  locale: string;
  documents: number;
  units: number;
}

const MAX_DOCUMENTS = 500;
const PENDING = new Set<BlockStatus>(['missing', 'outdated']);

/** Exports translations as XLIFF: one document, a list, or every document that needs work in a locale. */
export async function exportXliff(
  tx: TenantTx,
  deps: { documents: DocumentService; tracker: TranslationTracker },
  actor: Principal,
  input: ExportInput,
): Promise<ExportResult> {
  const { tag: locale } = await tenantLocale(tx, input.locale);
  // Reading a translation to work on it is for those who may write it.
  authorize(actor, 'translation.edit', { locale });
  const version = input.version ?? '2.0';
  let ids = input.documentIds;
  let pendingOnly = input.pendingOnly ?? false;
  let sourceLocale: string | null = null;
  if (!ids) {
    sourceLocale = input.sourceLocale ? (await tenantLocale(tx, input.sourceLocale, 'sourceLocale')).tag : await tenantDefaultLocale(tx);
    if (sourceLocale === locale)
      throw badInput('locale', `${locale} is the source language of these documents; choose another.`, {
        reason: 'SOURCE_LOCALE_CHOSEN',
        locale,
      });
    ids = await pendingDocumentIds(tx, sourceLocale, locale, MAX_DOCUMENTS + 1);
    pendingOnly = input.pendingOnly ?? true;
  }
  if (ids.length > MAX_DOCUMENTS)
    throw badInput('documentIds', `Export at most ${MAX_DOCUMENTS} documents at a time.`, { reason: 'TOO_MANY', limit: MAX_DOCUMENTS });
  if (new Set(ids).size !== ids.length) throw badInput('documentIds', 'A document is listed twice.', 'LISTED_TWICE');

  const files: ExportFile[] = [];
  for (const id of ids) {
    const base = await translationBase(tx, deps.documents, deps.tracker, id, locale);
    sourceLocale ??= base.document.sourceLocale;
    if (base.document.sourceLocale !== sourceLocale) {
      throw badInput(
        'documentIds',
        `One XLIFF file has one source language: these documents are written in ${sourceLocale} and ${base.document.sourceLocale}. Export them separately.`,
        'SOURCE_LOCALES_DIFFER',
      );
    }
    const statuses = await deps.tracker.statuses(tx, id, locale);
    const units = documentUnits(base.source.content, base.target?.content ?? null, statuses, pendingOnly ? PENDING : undefined);
    await addPreviousSources(tx, units, statuses);
    if (units.length) files.push({ documentId: id, title: base.source.content.title, units });
  }
  if (!sourceLocale) sourceLocale = input.sourceLocale ?? locale;
  const xml = version === '2.0' ? writeXliff20(sourceLocale, locale, files) : writeXliff12(sourceLocale, locale, files);
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    xml,
    filename: `${files.length === 1 ? files[0]!.documentId.slice(0, 8) : 'batch'}-${sourceLocale}-${locale}-${stamp}.${version === '2.0' ? 'xlf' : 'xliff'}`,
    version,
    sourceLocale,
    locale,
    documents: files.length,
    units: files.reduce((n, f) => n + f.units.length, 0),
  };
}

/** Outdated units carry the source text they were translated from, as a note for the translator. */
async function addPreviousSources(
  tx: TenantTx,
  units: ReturnType<typeof documentUnits>,
  statuses: Awaited<ReturnType<TranslationTracker['statuses']>>,
): Promise<void> {
  const wanted = statuses.filter((s) => s.status === 'outdated' && s.sourceRevisionId);
  if (!wanted.length) return;
  const revs = await revisionContents(tx, [...new Set(wanted.map((s) => s.sourceRevisionId!))]);
  const blocks = new Map<string, Map<string, Block>>(
    revs.map((r) => [r.id, new Map([...walkBlocks(r.content.blocks)].map((b) => [b.id, b]))]),
  );
  const contents = new Map(revs.map((r) => [r.id, r.content]));
  for (const s of wanted) {
    const unit = units.find((u) => u.id === s.blockId);
    if (!unit) continue;
    if (META_IDS.includes(s.blockId)) {
      const old = contents.get(s.sourceRevisionId!)?.[metaField(s.blockId)];
      if (old !== undefined) unit.previousSource = old;
      continue;
    }
    const old = blocks.get(s.sourceRevisionId!)?.get(s.blockId);
    if (old) unit.previousSource = ownText(old);
  }
}
