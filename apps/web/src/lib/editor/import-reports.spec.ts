import { shrinkMarkdownReport, shrinkXliffReport, xliffFileReport, type XliffReport } from './import-reports';
import { decodeReport, encodeReport, fitReport, MAX_ENCODED, reportCookies, reportFromCookies } from './report-cookie';

const DOC = '0b6f9d1e-4a57-4c1e-9d0a-3f1b2c4d5e6f';

describe('import reports after a redirect', () => {
  test('an XLIFF report groups units by document and counts imported and skipped ones', () => {
    const file = xliffFileReport('a.xlf', {
      accepted: true,
      version: 'V2_0',
      documents: [{ documentId: DOC, imported: 2, revisionId: 'r1' }],
      units: [
        { documentId: DOC, unitId: 'meta.title', result: 'imported' },
        { documentId: DOC, unitId: 'p-1', result: 'imported' },
        { documentId: DOC, unitId: 'p-2', result: 'skipped' },
      ],
      problems: [],
    });
    expect(file).toMatchObject({ name: 'a.xlf', accepted: true, version: '2.0', error: null });
    expect(file.documents).toEqual([
      {
        id: DOC,
        imported: 2,
        skipped: 1,
        revisionId: 'r1',
        units: [
          { id: 'meta.title', imported: true },
          { id: 'p-1', imported: true },
          { id: 'p-2', imported: false },
        ],
        unitsOmitted: 0,
      },
    ]);
  });

  test('a report travels in cookies and only the page load it was made for reads it back', () => {
    const data = { entries: [{ code: 'x', element: 'img', reason: 'Bild ohne Alternativtext', line: 3, blockId: null }], omitted: 0 };
    const encoded = encodeReport('abcdefgh1', 'markdown', data);
    expect(decodeReport(encoded, 'abcdefgh1', 'markdown')).toEqual(data);
    expect(decodeReport(encoded, 'abcdefgh2', 'markdown')).toBeNull();
    expect(decodeReport(encoded, 'abcdefgh1', 'xliff')).toBeNull();
    expect(decodeReport('not base64 deflate', 'abcdefgh1', 'markdown')).toBeNull();

    const cookies = reportCookies(encoded, true);
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^careleaf_editor_report0=[A-Za-z0-9_-]+; Path=\/; Max-Age=900; SameSite=Lax; HttpOnly; Secure$/);
    // The unused slot is cleared, so a longer earlier report cannot leave a tail behind.
    expect(cookies[1]).toMatch(/^careleaf_editor_report1=; Path=\/; Max-Age=0;/);
    const jar = new Map(cookies.map((c) => c.split(';')[0]!.split('=') as [string, string]));
    expect(reportFromCookies((n) => jar.get(n) || undefined, 'abcdefgh1', 'markdown')).toEqual(data);
    expect(reportFromCookies((n) => jar.get(n) || undefined, 'bad id!', 'markdown')).toBeNull();
  });

  test('a report too large for its cookies drops unit lists first, keeps the counts and says how much it left out', () => {
    // Random block ids do not compress: thousands of them cannot fit.
    const units = Array.from({ length: 4000 }, (_, i) => ({ id: `p-${(i * 2654435761).toString(36)}`, imported: true }));
    const report: XliffReport = {
      locale: 'en',
      files: [
        {
          name: 'big.xlf',
          accepted: true,
          version: '2.0',
          error: null,
          documents: [{ id: DOC, imported: 4000, skipped: 0, revisionId: 'r', units, unitsOmitted: 0 }],
          problems: [],
          problemsOmitted: 0,
        },
      ],
    };
    const encoded = fitReport('abcdefgh1', 'xliff', report, shrinkXliffReport);
    expect(encoded.length).toBeLessThanOrEqual(MAX_ENCODED);
    const back = decodeReport<XliffReport>(encoded, 'abcdefgh1', 'xliff')!;
    const doc = back.files[0]!.documents[0]!;
    expect(doc.imported).toBe(4000);
    expect(doc.units.length).toBeGreaterThan(0);
    expect(doc.units.length + doc.unitsOmitted).toBe(4000);
  });

  test('problems are shortened only when no unit list is left', () => {
    const report: XliffReport = {
      locale: 'en',
      files: [
        {
          name: 'f',
          accepted: false,
          version: null,
          error: null,
          documents: [{ id: DOC, imported: 0, skipped: 0, revisionId: null, units: [{ id: 'p-1', imported: true }], unitsOmitted: 0 }],
          problems: [1, 2, 3, 4].map((n) => ({
            code: 'SOURCE_CHANGED',
            message: `m${n}`,
            documentId: DOC,
            unitId: `p-${n}`,
            segmentId: null,
          })),
          problemsOmitted: 0,
        },
      ],
    };
    expect(shrinkXliffReport(report)).toBe(true);
    expect(report.files[0]!.documents[0]!.units).toEqual([]);
    expect(report.files[0]!.problems).toHaveLength(4);
    expect(shrinkXliffReport(report)).toBe(true);
    expect(report.files[0]!.problems.map((p) => p.message)).toEqual(['m1', 'm2']);
    expect(report.files[0]!.problemsOmitted).toBe(2);

    const markdown = { entries: [1, 2, 3].map((n) => ({ code: 'c', element: 'e', reason: `r${n}`, line: n, blockId: null })), omitted: 0 };
    expect(shrinkMarkdownReport(markdown)).toBe(true);
    expect(markdown).toMatchObject({ omitted: 2, entries: [{ reason: 'r1' }] });
  });
});
