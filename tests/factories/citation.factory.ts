import type { Services } from '../../apps/api/src/server/services';
import type { CitationView } from '../../apps/api/src/modules/references/citation.service';
import type { CitationInputLike } from '../../apps/api/src/modules/references/citation.validate';
import { KIND_FIELDS, type CitationKind } from '../../apps/api/src/modules/references/citation.model';
import { testActor } from './tenant.factory';

/** One complete citation of each kind (invented sources, plausible shapes). */
export const CITATION_SAMPLES = {
  journalArticle: {
    kind: 'journalArticle',
    authors: [{ family: 'Meyer', given: 'Hanna' }],
    title: 'Aromatase inhibitors after menopause',
    journal: 'J Clin Oncol',
    year: 2020,
    volume: '38',
    issue: '4',
    pages: '112-20',
    pubmedId: '31999999',
    doi: '10.1200/JCO.19.01234',
  },
  guideline: {
    kind: 'guideline',
    issuingBody: 'Leitlinienprogramm Onkologie',
    title: 'Interdisziplinäre S3-Leitlinie Mammakarzinom',
    guidelineVersion: '4.4',
    registryNumber: 'AWMF 032-045OL',
    year: 2021,
    url: 'https://example.org/leitlinie',
  },
  book: { kind: 'book', authors: [{ family: 'Klein', given: 'Eva' }], title: 'Leben mit Krebs', publisher: 'Beispielverlag', year: 2018 },
  bookChapter: {
    kind: 'bookChapter',
    authors: [{ family: 'Sato', given: 'Yuki' }],
    chapterTitle: 'Fatigue',
    title: 'Handbook of supportive care',
    publisher: 'Example Press',
    year: 2022,
  },
  drugSafetyNotice: { kind: 'drugSafetyNotice', authority: 'EMA', title: 'Safety update on a medicine', date: '2024-02-29' },
  webPage: { kind: 'webPage', title: 'Living with lymphoedema', url: 'https://example.org/lymphoedema', accessedOn: '2026-11-01' },
} satisfies Record<string, CitationInputLike>;

let seq = 0;

/** A citation (a journal article unless `overrides.kind` says otherwise) with a unique DOI and PubMed id where its kind has them. */
export async function createCitation(
  services: Services,
  tenantId: string,
  overrides: Partial<CitationInputLike> = {},
): Promise<CitationView> {
  const n = ++seq;
  const kind = (overrides.kind ?? 'journalArticle') as CitationKind;
  const fields = KIND_FIELDS[kind];
  const has = (f: string) => [...fields.required, ...fields.optional].includes(f as never);
  const input = {
    ...CITATION_SAMPLES[kind],
    title: `Test source ${n}`,
    ...(has('doi') ? { doi: `10.5555/test.${n}.${Math.random().toString(36).slice(2, 8)}` } : {}),
    ...(has('pubmedId') ? { pubmedId: String(10_000_000 + Math.floor(Math.random() * 80_000_000)) } : {}),
    ...overrides,
  } as CitationInputLike;
  return services.db.withTenant(tenantId, (tx) => services.citations.create(tx, testActor, input));
}
