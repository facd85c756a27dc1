import { matchSource, type Token } from './codes';
import type { ParsedSegment } from './read';
import { tokensText, type SegmentModel } from './units';

export type Restored = { ok: true; segments: ParsedSegment[] } | { ok: false; message: string };

/** Text without white space, to recognise joined texts whatever a tool put between them. */
const squash = (tokens: readonly Token[]) => tokensText(tokens).replace(/\s+/g, '');

/**
 * Careleaf segments are texts of their own (a paragraph, a list item, a
 * cell), and units say canResegment="no"; some tools split or join segments
 * anyway. A split is undone when the pieces' sources (with the ignorables
 * between them) add up to the original source: the pieces' targets are
 * joined the same way. A join of two texts cannot be divided again, and
 * pieces that do not add up cannot be placed: both are answered with what the
 * translator should do. Segments that were left alone pass unchanged, so a
 * source edited since the export is still reported as SOURCE_CHANGED.
 */
export function restoreSegmentation(file: readonly ParsedSegment[], model: readonly SegmentModel[]): Restored {
  const known = new Set(model.map((m) => m.id));
  const segments = file.filter((s) => !s.ignorable);
  if (segments.some((s) => s.problem)) return { ok: true, segments };
  if (segments.every((s) => known.has(s.id))) {
    for (const seg of segments) {
      const joined = joinedAt(seg, model, segments);
      if (joined) return { ok: false, message: joined };
    }
    return { ok: true, segments };
  }
  const out: ParsedSegment[] = [];
  let next = 0;
  let i = 0;
  while (i < file.length) {
    const first = file[i]!;
    if (first.ignorable) {
      i++;
      continue;
    }
    const at = model.findIndex((m, k) => k >= next && m.id === first.id);
    const m = model[at >= 0 ? at : next];
    if (!m) return { ok: false, message: cannotPlace(first.id, null) };
    const source: Token[] = [];
    const target: Token[] = [];
    let pieces = 0;
    let translated = 0;
    let matched = false;
    let j = i;
    for (; j < file.length && !matched; j++) {
      const piece = file[j]!;
      if (j > i && !piece.ignorable && known.has(piece.id) && piece.id !== m.id) break;
      source.push(...piece.source);
      if (piece.ignorable) target.push(...(piece.target ?? piece.source));
      else {
        pieces++;
        if (piece.target) {
          target.push(...piece.target);
          translated++;
        }
      }
      matched = matchSource(source, m.source) !== null;
    }
    if (!matched) return { ok: false, message: joinedAt(first, model, segments) ?? cannotPlace(first.id, m) };
    if (translated && translated < pieces)
      return {
        ok: false,
        message: `Segment "${m.id}" was split into ${pieces} pieces in your tool and only ${translated} of them ${translated === 1 ? 'has' : 'have'} a target. Translate every piece (or none), then import again.`,
      };
    out.push({ id: m.id, source, target: translated ? target : null });
    next = model.indexOf(m) + 1;
    i = j;
  }
  return { ok: true, segments: out };
}

/** When `seg` holds its own text and the following ones (absent from the file), the message for a join; else null. */
function joinedAt(seg: ParsedSegment, model: readonly SegmentModel[], present: readonly ParsedSegment[]): string | null {
  const at = model.findIndex((m) => m.id === seg.id);
  if (at < 0 || matchSource(seg.source, model[at]!.source)) return null;
  const text = squash(seg.source);
  let acc = squash(model[at]!.source);
  let k = at;
  while (acc.length < text.length && k + 1 < model.length) acc += squash(model[++k]!.source);
  if (k === at || acc !== text) return null;
  const ids = model.slice(at, k + 1).map((m) => m.id);
  if (ids.slice(1).some((id) => present.some((p) => p.id === id))) return null;
  return `Segments ${ids.map((id) => `"${id}"`).join(' and ')} were joined into one in your translation tool. They are separate texts here (list items, table cells, a caption …), so one translation cannot be divided between them: split the segment again in your tool where the texts meet, or turn off joining segments for this file (its units are marked canResegment="no"), then import again.`;
}

function cannotPlace(pieceId: string, m: SegmentModel | null): string {
  const where = m ? `the source of segment "${m.id}" ("${tokensText(m.source).slice(0, 120)}")` : 'any source text of this unit';
  return `Segment "${pieceId}" was split or joined in your translation tool so that its pieces no longer add up to ${where}. Undo the change of segmentation in your tool (join the pieces back into one segment per text, keeping the source unchanged) and import again.`;
}
