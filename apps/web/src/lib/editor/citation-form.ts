/** The new-source form → createCitation's input. Only filled fields are sent; the API says which ones a kind needs. */

export const CITATION_KINDS = ['JOURNAL_ARTICLE', 'GUIDELINE', 'BOOK', 'WEB_PAGE', 'DRUG_SAFETY_NOTICE'] as const;

const TEXT_FIELDS = ['journal', 'issuingBody', 'publisher', 'authority', 'date', 'url', 'accessedOn', 'doi', 'pubmedId'] as const;

export interface CitationFormInput {
  kind: (typeof CITATION_KINDS)[number];
  title: string;
  authors?: { family: string; given?: string }[];
  year?: number;
  journal?: string;
  issuingBody?: string;
  publisher?: string;
  authority?: string;
  date?: string;
  url?: string;
  accessedOn?: string;
  doi?: string;
  pubmedId?: string;
}

export type CitationFormResult =
  { value: CitationFormInput } | { error: 'kindInvalid' | 'titleMissing' | 'yearInvalid'; field: 'kind' | 'title' | 'year' };

/** `get(name)` reads field `citation-<name>`. Authors: one per line, "Family, Given" (an organisation: just its name). */
export function citationInput(get: (name: string) => string): CitationFormResult {
  const kind = get('kind');
  if (!(CITATION_KINDS as readonly string[]).includes(kind)) return { error: 'kindInvalid', field: 'kind' };
  const title = get('title');
  if (!title) return { error: 'titleMissing', field: 'title' };
  const value: CitationFormInput = { kind: kind as CitationFormInput['kind'], title };
  const authors = get('authors')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [family = '', ...given] = line.split(',');
      const rest = given.join(',').trim();
      return rest ? { family: family.trim(), given: rest } : { family: family.trim() };
    });
  if (authors.length) value.authors = authors;
  const year = get('year');
  if (year) {
    if (!/^\d{4}$/.test(year)) return { error: 'yearInvalid', field: 'year' };
    value.year = Number(year);
  }
  for (const name of TEXT_FIELDS) {
    const v = get(name);
    if (v) value[name] = v;
  }
  return { value };
}
