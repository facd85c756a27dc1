/**
 * The identifiers a reference carries, read from its text and links without
 * asking any service: PubMed and PMC ids, DOIs, ISBNs (checksum checked), trial
 * registry ids and plain web addresses. See docs/adr/0028-reference-recognition.md.
 */

export interface ReferenceIdentifiers {
  pubmedId?: string;
  /** "PMC1234567" */
  pmcId?: string;
  doi?: string;
  /** As written, without an "ISBN" prefix; the checksum is valid. */
  isbn?: string;
  /** "NCT01234567", "DRKS00012345", "ISRCTN12345678", "EudraCT 2015-001234-56", "EU CT 2023-501234-12-00" */
  trialIds?: string[];
  /** The first web address that is not just a DOI, PubMed or PMC link. */
  url?: string;
  /** ISO date the reference says it was read ("accessed 3 March 2024", "[cited 2024 Mar 3]"). */
  accessedOn?: string;
}

/** The parts of the text that held an identifier; the rest is the reference's description. */
export interface IdentifierScan {
  ids: ReferenceIdentifiers;
  /** The text with identifiers, addresses and their labels taken out. */
  rest: string;
}

const MAX_TRIAL_IDS = 10;

const PUBMED =
  /\[\s*(?:PubMed|PMID)\s*:?\s*(\d{1,9})\s*\]|\b(?:PMID|PubMed(?:\s+ID)?)\s*:?\s*(\d{1,9})\b|(?:https?:\/\/)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov\/|ncbi\.nlm\.nih\.gov\/pubmed\/)(\d{1,9})\/?/gi;
const PMC =
  /(?:(?:https?:\/\/)?(?:www\.)?(?:ncbi\.nlm\.nih\.gov\/pmc\/articles\/|pmc\.ncbi\.nlm\.nih\.gov\/articles\/)|\bPMCID\s*:?\s*|\b)(PMC\d{4,9})\b\/?/gi;
const DOI = /(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|\bdoi\s*:?\s*)?\b(10\.\d{4,9}\/[^\s"<>]+)/gi;
const ISBN_LABELLED = /\bISBN(?:-1[03])?\s*:?\s*((?:97[89][\s-]?)?\d[\d\s-]{7,14}[\dXx])\b/g;
const ISBN_BARE = /\b(97[89][\s-]?\d{1,5}[\s-]\d{1,7}[\s-]\d{1,7}[\s-]\d)\b/g;
const TRIALS: { re: RegExp; id: (m: RegExpExecArray) => string }[] = [
  { re: /\bEU\s?CT(?:\s+(?:number|no\.?|nr\.?))?\s*:?\s*(20\d{2}-5\d{5}-\d{2}-\d{2})\b/gi, id: (m) => `EU CT ${m[1]}` },
  { re: /\b(20\d{2}-5\d{5}-\d{2}-\d{2})\b/g, id: (m) => `EU CT ${m[1]}` },
  { re: /\bEudraCT(?:\s+(?:number|no\.?|nr\.?))?\s*:?\s*(20\d{2}-\d{6}-\d{2})\b(?!-\d)/gi, id: (m) => `EudraCT ${m[1]}` },
  { re: /\b(20\d{2}-\d{6}-\d{2})\b(?!-\d)/g, id: (m) => `EudraCT ${m[1]}` },
  { re: /\b(NCT\d{8})\b/gi, id: (m) => m[1]!.toUpperCase() },
  { re: /\b(DRKS\d{8})\b/gi, id: (m) => m[1]!.toUpperCase() },
  { re: /\b(ISRCTN\d{8})\b/gi, id: (m) => m[1]!.toUpperCase() },
];
const URL = /\bhttps?:\/\/[^\s<>"]+/gi;
const IDENTIFIER_URL =
  /^https?:\/\/(?:www\.)?(?:(?:dx\.)?doi\.org\/|pubmed\.ncbi\.nlm\.nih\.gov\/|ncbi\.nlm\.nih\.gov\/(?:pubmed|pmc)\/|pmc\.ncbi\.nlm\.nih\.gov\/)/i;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, okt: 10, dez: 12,
}; // prettier-ignore

/** 1–12 for an English or German month name or its abbreviation ("Mar", "March", "März"); undefined otherwise. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? (w.length >= 3 ? MONTHS[w.slice(0, 3)] : undefined);
}

/** ISBN-10 or ISBN-13 digits (hyphens and spaces allowed) with a valid check digit. */
export function isIsbn(value: string): boolean {
  const d = value.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(d)) return [...d].reduce((sum, c, i) => sum + (c === 'X' ? 10 : Number(c)) * (10 - i), 0) % 11 === 0;
  if (/^97[89]\d{10}$/.test(d)) return [...d].reduce((sum, c, i) => sum + Number(c) * (i % 2 ? 3 : 1), 0) % 10 === 0;
  return false;
}

/** The ISBN's digits only (upper-case X), for matching "978-3-…" with "9783…". */
export const isbnDigits = (isbn: string): string => isbn.replace(/[^\dXx]/g, '').toUpperCase();

/** A DOI ends before trailing punctuation, but keeps a closing parenthesis it opened ("10.1016/S0140-6736(11)61629-2"). */
function trimDoi(raw: string): string {
  let doi = raw.replace(/[.,;:\]]+$/, '');
  while (doi.endsWith(')') && (doi.match(/\(/g) ?? []).length < (doi.match(/\)/g) ?? []).length)
    doi = doi.slice(0, -1).replace(/[.,;:]+$/, '');
  return doi;
}

const trimUrl = (u: string) => {
  let url = u.replace(/[.,;:\]]+$/, '');
  while (url.endsWith(')') && (url.match(/\(/g) ?? []).length < (url.match(/\)/g) ?? []).length) url = url.slice(0, -1);
  return url.replace(/[.,;:]+$/, '');
};

function decode(s: string): string {
  try {
    return decodeURIComponent(s); // "doi.org/10.1000%2Fabc"
  } catch {
    return s;
  }
}

/** "accessed 3 March 2024", "[cited 2024 Mar 3]", "Zugriff am 03.03.2024", "abgerufen am 3. März 2024" → ISO date. */
const ACCESSED =
  /[[(]?\s*(?:(?:last\s+)?accessed(?:\s+on)?|cited|retrieved(?:\s+on)?|zugriff(?:\s+am)?|abgerufen(?:\s+am)?|zugegriffen(?:\s+am)?)\s*:?\s*([^\])]{6,30}?)\s*(?:[\])]|(?=[.;]\s|[.;]?\s*$))/i;

function isoFromWords(text: string): string | undefined {
  const t = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})\s+([A-Za-zä]+)\.?\s+(\d{1,2})$/.exec(t); // 2024 Mar 3
  let y: number | undefined, mo: number | undefined, d: number | undefined;
  if (m) [y, mo, d] = [Number(m[1]), monthNumber(m[2]!), Number(m[3])];
  else if ((m = /^(\d{1,2})\.?\s+([A-Za-zä]+)\.?\s+(\d{4})$/.exec(t))) [y, mo, d] = [Number(m[3]), monthNumber(m[2]!), Number(m[1])];
  else if ((m = /^([A-Za-zä]+)\.?\s+(\d{1,2})\s+(\d{4})$/.exec(t))) [y, mo, d] = [Number(m[3]), monthNumber(m[1]!), Number(m[2])];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t))) [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!y || !mo || !d) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCDate() === d && date.getUTCMonth() === mo - 1 ? date.toISOString().slice(0, 10) : undefined;
}

/**
 * Finds the identifiers in a reference's text and in the addresses of its links. Each found
 * identifier is cut out of `rest` together with its label, so what stays is the description
 * (authors, title, journal …) for the style parser.
 */
export function scanIdentifiers(text: string, hrefs: readonly string[] = []): IdentifierScan {
  const ids: ReferenceIdentifiers = {};
  let rest = ` ${text} `;
  const textUrls = [...text.matchAll(URL)].map((m) => m[0]);
  const cut = (re: RegExp, take: (m: RegExpExecArray) => void) => {
    // Links first (a DOI link beats a DOI-looking run of the text), then the addresses cut out of the text, then the text.
    for (const source of [...hrefs.map(decode), ...textUrls.map(decode), null]) {
      const s = source ?? rest;
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) take(m);
    }
    rest = rest.replace(re, ' ');
  };
  const urls = [...hrefs, ...textUrls];

  rest = rest.replace(/\[\s*(?:updated|aktualisiert)[^\]]*?;\s*(?=cited|zugriff)/i, '['); // "[updated 2023 Nov 21; cited 2024 Mar 1]"
  const accessed = ACCESSED.exec(rest);
  if (accessed) {
    const iso = isoFromWords(accessed[1]!);
    if (iso) {
      ids.accessedOn = iso;
      rest = rest.replace(accessed[0], ' ');
    }
  }
  rest = rest.replace(URL, (u) => (IDENTIFIER_URL.test(u) ? u : ' ')); // plain addresses: kept in `url`, not in the description
  cut(PUBMED, (m) => (ids.pubmedId ??= (m[1] ?? m[2] ?? m[3])!.replace(/^0+/, '')));
  cut(PMC, (m) => (ids.pmcId ??= m[1]!.toUpperCase()));
  cut(DOI, (m) => (ids.doi ??= trimDoi(m[1]!)));
  rest = rest.replace(/\b(?:doi|PMCID|PMID)\s*:?\s*(?=[\s.;,]|$)/gi, ' ');
  for (const re of [ISBN_LABELLED, ISBN_BARE]) {
    cut(re, (m) => {
      const candidate = m[1]!.trim();
      if (!ids.isbn && isIsbn(candidate)) ids.isbn = candidate;
    });
  }
  rest = rest.replace(/\bISBN(?:-1[03])?\s*:?\s*(?=[\s.;,]|$)/gi, ' ');
  const trials: string[] = [];
  for (const { re, id } of TRIALS) {
    cut(re, (m) => {
      const found = id(m);
      if (!trials.includes(found) && trials.length < MAX_TRIAL_IDS) trials.push(found);
    });
  }
  if (trials.length) ids.trialIds = trials;
  rest = rest.replace(
    /\b(?:EudraCT|EU\s?CT|ClinicalTrials\.gov|DRKS|ISRCTN)(?:\s+(?:number|no\.?|nr\.?|identifier|ID))?\s*:?\s*(?=[\s.;,]|$)/gi,
    ' ',
  );

  const url = urls.map((u) => trimUrl(decode(u))).find((u) => /^https?:\/\/[^\s<>"]+$/i.test(u) && !IDENTIFIER_URL.test(u));
  if (url) ids.url = url;
  rest = rest
    .replace(/\b(?:available (?:from|at|online)|verfügbar unter|online (?:unter|verfügbar)|online)\s*:?\s*(?=[\s.;,]|$)/gi, ' ')
    .replace(/\[\s*(?:internet|online)\s*\]/gi, ' ')
    .replace(/\b(?:epub|e-?pub) ahead of print\.?/gi, ' ')
    .replace(/\(\s*[.,;:]*\s*\)|\[\s*[.,;:]*\s*\]/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/([.,;:])(?:\s+[.,;:])+/g, '$1') // what is left around a removed identifier (". ;"), not "Brown, A. B., Green"
    .replace(/([.;:])[.;:]+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.,;:\s]+|[,;:\s]+$/g, '');
  return { ids, rest };
}
