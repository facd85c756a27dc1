import { walkBlocks, type Block, type DocumentContent, type Inline } from '@careleaf/schema';
import { blocksById, ownContent, textFields, withTextFields } from '../../content';
import { SUMMARY_ID, TITLE_ID, type BlockStatusRow, type BlockStatus } from '../tracking';
import { alignToSource, decodeTokens, encodeInline, type Code, type Token } from './codes';

/**
 * One XLIFF unit per block (plus one for the title and one for the summary),
 * one segment per text field of the block: "content", "alt", "caption",
 * "items.0", "cells.1.2", … An abbreviation's expansion is translatable too:
 * it gets a plain segment "<field>.abbr<code id>".
 */
export interface SegmentModel {
  id: string;
  plain: boolean;
  source: Token[];
  codes: Code[];
  /** Marks only the current translation has (ids after the source's): kept when the target keeps them. */
  extra: Code[];
  /** The current translation, if any. */
  target: Token[] | null;
}

export interface UnitModel {
  id: string;
  /** null for the title and summary units. */
  blockId: string | null;
  /** Block type, or "title" / "summary". */
  name: string;
  status: BlockStatus;
  segments: SegmentModel[];
  /** Outdated units: the source text the translation was made from. */
  previousSource?: string;
}

export const TITLE_UNIT = TITLE_ID;
export const SUMMARY_UNIT = SUMMARY_ID;
const ABBR = /^(.+)\.abbr(\d+)$/;

function plainSegment(id: string, text: string, target: string | null): SegmentModel {
  return {
    id,
    plain: true,
    source: text ? [{ k: 'text', v: text }] : [],
    codes: [],
    extra: [],
    target: target ? [{ k: 'text', v: target }] : null,
  };
}

/**
 * The segments of one block, with the translation's text. Code ids are unique
 * within the unit: the source's codes first, then marks only the translation
 * has (numbered after all of them).
 */
export function blockSegments(source: Block, target: Block | null): SegmentModel[] {
  const out: SegmentModel[] = [];
  const targetFields = new Map((target ? textFields(target) : []).map((f) => [f.path, f]));
  const fields = textFields(source);
  let numbered = 0;
  const encoded = fields.map((field) => {
    if (field.plain) return null;
    const enc = encodeInline(field.value, '', numbered);
    numbered += enc.codes.length;
    return enc;
  });
  fields.forEach((field, i) => {
    const t = targetFields.get(field.path);
    const enc = encoded[i];
    if (field.plain || !enc) {
      out.push(plainSegment(field.path, field.value as string, t && t.plain ? t.value : null));
      return;
    }
    const aligned = t && !t.plain ? alignToSource(t.value, enc.codes, numbered) : null;
    numbered += aligned?.extra.length ?? 0;
    out.push({
      id: field.path,
      plain: false,
      source: enc.tokens,
      codes: enc.codes,
      extra: aligned?.extra ?? [],
      target: aligned?.tokens ?? null,
    });
    for (const code of enc.codes) {
      if (code.mark.type !== 'abbr') continue;
      const targetTitle = aligned?.codes.find((c) => c.id === code.id)?.mark as { title?: string } | undefined;
      out.push(plainSegment(`${field.path}.abbr${code.id}`, code.mark.title, targetTitle?.title ?? null));
    }
  });
  return out;
}

/** Units for a document's translation into one locale, in reading order. */
export function documentUnits(
  source: DocumentContent,
  target: DocumentContent | null,
  statuses: readonly BlockStatusRow[],
  only?: ReadonlySet<BlockStatus>,
): UnitModel[] {
  const status = new Map(statuses.map((s) => [s.blockId, s]));
  const targets = target ? blocksById(target.blocks) : new Map<string, Block>();
  const units: UnitModel[] = [];
  // Title and summary are tracked like blocks (their records have the unit ids); the target goes out unless missing.
  const metaStatus = (id: string): BlockStatus => status.get(id)?.status ?? 'missing';
  const meta = (id: string, field: 'title' | 'summary') => {
    const s = metaStatus(id);
    if (only && !only.has(s)) return;
    const translated = s === 'missing' ? null : target?.[field] || null;
    units.push({ id, blockId: null, name: field, status: s, segments: [plainSegment(field, source[field], translated)] });
  };
  meta(TITLE_UNIT, 'title');
  if (source.summary.trim()) meta(SUMMARY_UNIT, 'summary');
  for (const block of walkBlocks(source.blocks)) {
    const s = status.get(block.id);
    if (!s?.translatable) continue;
    if (only && !only.has(s.status)) continue;
    const t = s.status === 'missing' ? null : (targets.get(block.id) ?? null);
    units.push({
      id: block.id,
      blockId: block.id,
      name: block.type,
      status: s.status,
      segments: blockSegments(block, t?.type === block.type ? t : null),
    });
  }
  return units;
}

/**
 * A translated unit's segments turned into the block's translated own
 * content; the first problem wins. `fileIds` (per segment, document code id →
 * the file's) lets targets use the ids a tool gave the codes.
 */
export function translatedBlock(
  base: Block,
  unit: UnitModel,
  targets: ReadonlyMap<string, Token[]>,
  fileIds: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(),
): { ok: true; own: Record<string, unknown> } | { ok: false; segmentId: string; message: string } {
  const titles = new Map<string, Map<string, string>>();
  for (const seg of unit.segments) {
    const m = ABBR.exec(seg.id);
    if (m) {
      const text = tokensText(targets.get(seg.id)!).trim();
      if (!text) return { ok: false, segmentId: seg.id, message: 'the expansion of an abbreviation must not be empty' };
      titles.set(m[1]!, (titles.get(m[1]!) ?? new Map()).set(m[2]!, text));
    }
  }
  const values = new Map<string, Inline[] | string>();
  for (const seg of unit.segments) {
    if (ABBR.test(seg.id)) continue;
    const tokens = targets.get(seg.id)!;
    if (seg.plain) {
      if (tokens.some((t) => t.k !== 'text')) return { ok: false, segmentId: seg.id, message: 'this text takes no inline codes' };
      values.set(seg.id, tokensText(tokens));
      continue;
    }
    const own = titles.get(seg.id);
    const ids = fileIds.get(seg.id);
    const codes = seg.codes.map((c) => ({
      ...(c.mark.type === 'abbr' && own?.has(c.id) ? { ...c, mark: { ...c.mark, title: own.get(c.id)! } } : c),
      id: ids?.get(c.id) ?? c.id,
    }));
    const decoded = decodeTokens(tokens, codes, seg.extra);
    if (!decoded.ok) return { ok: false, segmentId: seg.id, message: decoded.message };
    values.set(seg.id, decoded.nodes);
  }
  return { ok: true, own: ownContent(withTextFields(base, values)) };
}

export const tokensText = (tokens: readonly Token[]) => tokens.map((t) => (t.k === 'text' ? t.v : '')).join('');
