import type { EditorImportXliffMutation } from '@careleaf/schema/web/graphql';

/** Reports of the editor's imports, as they travel to the page that shows them (see report-cookie.ts). */

export interface MarkdownReport {
  entries: { code: string; element: string; reason: string; line: number | null; blockId: string | null }[];
  /** Entries left out because the report was too long to carry. */
  omitted: number;
}

export interface XliffUnit {
  id: string;
  imported: boolean;
  /** The file's translation was already the current one: nothing recorded, the state kept. */
  unchanged?: true;
}

export interface XliffProblem {
  code: string;
  message: string;
  documentId: string | null;
  unitId: string | null;
  segmentId: string | null;
}

export interface XliffDocumentReport {
  id: string;
  imported: number;
  skipped: number;
  revisionId: string | null;
  units: XliffUnit[];
  unitsOmitted: number;
}

export interface XliffFileReport {
  name: string;
  accepted: boolean;
  version: string | null;
  /** Why the file never reached the checks (too large for the request, the API unreachable …). */
  error: string | null;
  documents: XliffDocumentReport[];
  problems: XliffProblem[];
  problemsOmitted: number;
}

export interface XliffReport {
  locale: string;
  files: XliffFileReport[];
}

type ApiReport = EditorImportXliffMutation['importXliff'];

/** One file's report, units grouped by document in file order. */
export function xliffFileReport(name: string, report: ApiReport): XliffFileReport {
  const documents = new Map<string, XliffDocumentReport>();
  const doc = (id: string) => {
    let d = documents.get(id);
    if (!d) {
      d = { id, imported: 0, skipped: 0, revisionId: null, units: [], unitsOmitted: 0 };
      documents.set(id, d);
    }
    return d;
  };
  for (const u of report.units) {
    const d = doc(u.documentId);
    const imported = u.result === 'imported';
    const unchanged = u.result === 'unchanged';
    d.units.push(unchanged ? { id: u.unitId, imported, unchanged } : { id: u.unitId, imported });
    if (imported) d.imported++;
    else if (!unchanged) d.skipped++;
  }
  for (const r of report.documents) doc(r.documentId).revisionId = r.revisionId ?? null;
  for (const p of report.problems) if (p.documentId) doc(p.documentId);
  return {
    name,
    accepted: report.accepted,
    version: report.version === 'V1_2' ? '1.2' : report.version === 'V2_0' ? '2.0' : null,
    error: null,
    documents: [...documents.values()],
    problems: report.problems.map((p) => ({
      code: p.code,
      message: p.message,
      documentId: p.documentId ?? null,
      unitId: p.unitId ?? null,
      segmentId: p.segmentId ?? null,
    })),
    problemsOmitted: 0,
  };
}

export function failedFile(name: string, error: string): XliffFileReport {
  return { name, accepted: false, version: null, error, documents: [], problems: [], problemsOmitted: 0 };
}

/**
 * One step of shortening an XLIFF report: halves its longest list of units,
 * or when no units are left, of problems (problems are what a translator must
 * act on). Counts stay. False when nothing is left to drop.
 */
export function shrinkXliffReport(report: XliffReport): boolean {
  const docs = report.files.flatMap((f) => f.documents).filter((d) => d.units.length > 0);
  const doc = docs.sort((a, b) => b.units.length - a.units.length)[0];
  if (doc) {
    const keep = Math.floor(doc.units.length / 2);
    doc.unitsOmitted += doc.units.length - keep;
    doc.units = doc.units.slice(0, keep);
    return true;
  }
  const file = report.files.filter((f) => f.problems.length > 0).sort((a, b) => b.problems.length - a.problems.length)[0];
  if (!file) return false;
  const keep = Math.floor(file.problems.length / 2);
  file.problemsOmitted += file.problems.length - keep;
  file.problems = file.problems.slice(0, keep);
  return true;
}

/** One step of shortening a Markdown import report. */
export function shrinkMarkdownReport(report: MarkdownReport): boolean {
  if (report.entries.length === 0) return false;
  const keep = Math.floor(report.entries.length / 2);
  report.omitted += report.entries.length - keep;
  report.entries = report.entries.slice(0, keep);
  return true;
}
