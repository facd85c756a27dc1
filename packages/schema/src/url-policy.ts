import { toUnicode } from 'punycode/';

/**
 * The one URL policy of Careleaf: content links, citation addresses, imported
 * links and the editor's "next" redirects all go through checkHref. Parsing is
 * WHATWG URL (what browsers do), so what passes here is what a reader's
 * browser will open; the checks refuse what looks like one place and goes to
 * another (protocol-relative paths, hidden or reordering characters,
 * credentials in front of a host, look-alike international host names).
 */

/** What a caller accepts: a site path, an in-page fragment, a web address, mailto: or tel:. */
export type HrefKind = 'path' | 'fragment' | 'web' | 'mailto' | 'tel';

export type HrefProblem =
  | 'empty'
  | 'too-long'
  | 'hidden-characters'
  | 'backslash'
  | 'protocol-relative'
  | 'not-allowed'
  | 'malformed'
  | 'credentials'
  | 'host'
  | 'mixed-script-host'
  | 'look-alike-host';

export type HrefVerdict = { ok: true; kind: HrefKind; display: string } | { ok: false; reason: HrefProblem; message: string };

/** Longer addresses are refused; browsers and logs cope badly beyond this. */
export const MAX_HREF = 2048;

export const ALL_HREF_KINDS: readonly HrefKind[] = ['path', 'fragment', 'web', 'mailto', 'tel'];

const MESSAGES: Record<HrefProblem, string> = {
  empty: 'must not be empty',
  'too-long': `must be at most ${MAX_HREF} characters`,
  'hidden-characters': 'must not contain spaces, control characters or invisible or direction-changing characters',
  backslash: 'must not contain a backslash',
  'protocol-relative': 'a path on this site starts with a single "/" (an address starting with "//" leads to another site)',
  'not-allowed': 'must be an http(s), mailto: or tel: address, or a path on this site',
  malformed: 'is not a valid address',
  credentials: 'must not contain a user name or password before the host',
  host: 'has no valid host name',
  'mixed-script-host': 'has a host name that mixes alphabets (e.g. Latin and Cyrillic), which is how look-alike addresses are made',
  'look-alike-host': 'has a host name written in letters that imitate Latin ones',
};

// C0/C1 controls, soft hyphen, bidi marks, embeddings, overrides and isolates, zero-width and other invisible formatting characters, every kind of space.
const HIDDEN_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0020],
  [0x007f, 0x00a0],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
];

function hasHidden(value: string): boolean {
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (HIDDEN_RANGES.some(([from, to]) => cp >= from && cp <= to)) return true;
  }
  return false;
}
const FRAGMENT = /^#[A-Za-z][\w-]*$/;
const TEL = /^tel:\+?[0-9()-]+$/;
const WEB = /^https?:\/\//i;
/** Letters of these scripts can be mistaken for Latin ones, so a host written only in them is refused under a Latin top-level domain. */
const LATIN_LOOKALIKES = /^[аеһіјӏорԛѕԝхусԁԍъьҽпгѵѡыαοικνρτυχεηѕ0-9-]+$/u;
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Bengali',
  'Thai',
  'Georgian',
  'Hangul',
  'Hiragana',
  'Katakana',
  'Han',
  'Bopomofo',
] as const;
const SCRIPT_RE = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
/** Script mixes that are normal in one language's host names (Unicode TS 39, "highly restrictive"). */
const ALLOWED_MIXES: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Hangul'],
  ['Latin', 'Han', 'Bopomofo'],
];

function percentDecoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function refuse(reason: HrefProblem): HrefVerdict {
  return { ok: false, reason, message: MESSAGES[reason] };
}

function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const ch of label) {
    if (!/\p{L}/u.test(ch)) continue;
    found.add(SCRIPT_RE.find(([, re]) => re.test(ch))?.[0] ?? 'Other');
  }
  return found;
}

/** A host name as the URL parser gives it (punycode for international names): refused if it mixes or imitates scripts. */
function hostProblem(asciiHost: string): HrefProblem | null {
  if (!asciiHost || asciiHost.length > 253) return 'host';
  if (asciiHost.startsWith('[')) return null; // an IPv6 literal
  let unicode: string;
  try {
    unicode = toUnicode(asciiHost);
  } catch {
    return 'host';
  }
  if (hasHidden(unicode)) return 'hidden-characters';
  const labels = unicode.split('.').filter(Boolean);
  if (!labels.length) return 'host';
  const tldScripts = scriptsOf(labels[labels.length - 1]!);
  const asciiTld = tldScripts.size === 0 || (tldScripts.size === 1 && tldScripts.has('Latin'));
  for (const label of labels) {
    const scripts = [...scriptsOf(label)];
    if (scripts.length > 1 && !ALLOWED_MIXES.some((mix) => scripts.every((s) => mix.includes(s)))) return 'mixed-script-host';
    if (asciiTld && (scripts[0] === 'Cyrillic' || scripts[0] === 'Greek') && LATIN_LOOKALIKES.test(label.toLowerCase())) {
      return 'look-alike-host';
    }
  }
  return null;
}

/**
 * Checks one address against the policy. `allow` names the kinds the caller
 * accepts (content links: all; citations: web only; a redirect after sign-in:
 * path only). `display` is the address as editors should be shown it.
 */
export function checkHref(raw: string, allow: readonly HrefKind[] = ALL_HREF_KINDS): HrefVerdict {
  if (typeof raw !== 'string' || raw === '') return refuse('empty');
  if (raw.length > MAX_HREF) return refuse('too-long');
  if (raw.includes('\\')) return refuse('backslash');
  // tel: numbers are often written with spaces; nothing else may contain one
  const tel = /^tel:/i.test(raw);
  if (hasHidden(tel ? raw.replace(/ /g, '') : raw)) return refuse('hidden-characters');
  if (/[<>"`{}|^]/.test(raw)) return refuse('malformed');
  // encoded, the same characters still reach the reader (browsers show %E2%80%AE decoded)
  if (hasHidden(percentDecoded(raw).replace(/ /g, ''))) return refuse('hidden-characters');

  if (raw.startsWith('#')) {
    if (!allow.includes('fragment')) return refuse('not-allowed');
    return FRAGMENT.test(raw) ? { ok: true, kind: 'fragment', display: raw } : refuse('malformed');
  }
  if (raw.startsWith('/')) {
    if (!allow.includes('path')) return refuse('not-allowed');
    // some servers decode before redirecting, so "/%2F/evil.example" is refused as well
    if (/^\/[/\\]/.test(raw) || /^\/[/\\]/.test(percentDecoded(raw))) return refuse('protocol-relative');
    const base = 'https://site.invalid';
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      return refuse('malformed');
    }
    if (url.origin !== base) return refuse('protocol-relative');
    return { ok: true, kind: 'path', display: url.pathname + url.search + url.hash };
  }
  if (tel) {
    if (!allow.includes('tel')) return refuse('not-allowed');
    return TEL.test(raw.replace(/ /g, '')) ? { ok: true, kind: 'tel', display: raw } : refuse('malformed');
  }
  if (/^mailto:/i.test(raw)) {
    if (!allow.includes('mailto')) return refuse('not-allowed');
    const address = raw.slice('mailto:'.length).split('?')[0]!;
    const at = address.lastIndexOf('@');
    if (at < 1) return refuse('malformed');
    let host: string;
    try {
      host = new URL(`https://${address.slice(at + 1)}`).hostname;
    } catch {
      return refuse('host');
    }
    const problem = hostProblem(host);
    return problem ? refuse(problem) : { ok: true, kind: 'mailto', display: `mailto:${address.slice(0, at)}@${host}` };
  }
  if (!WEB.test(raw)) return refuse(/^https?:/i.test(raw) ? 'malformed' : 'not-allowed');
  if (!allow.includes('web')) return refuse('not-allowed');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('malformed');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('not-allowed');
  // "https://trusted.example@evil.example/" opens evil.example
  const authority = raw.slice(raw.indexOf('//') + 2).split(/[/?#]/)[0]!;
  if (url.username || url.password || authority.includes('@')) return refuse('credentials');
  const problem = hostProblem(url.hostname);
  // WHATWG serialisation writes an international host in punycode: editors see what the browser will open
  return problem ? refuse(problem) : { ok: true, kind: 'web', display: url.href };
}

/** The stable error reason clients get for a refused address, e.g. URL_PROTOCOL_RELATIVE. */
export function hrefReasonCode(problem: HrefProblem): string {
  return `URL_${problem.toUpperCase().replace(/-/g, '_')}`;
}

/**
 * The address as editors should see it: an international host in punycode
 * (so "аррӏе.com" cannot pass for "apple.com"), everything else as written,
 * so showing and saving again changes nothing else.
 */
export function displayHref(raw: string): string {
  const verdict = checkHref(raw);
  if (!verdict.ok || verdict.kind !== 'web') return raw;
  const start = raw.indexOf('//') + 2;
  const authority = raw.slice(start).split(/[/?#]/)[0]!;
  // eslint-disable-next-line no-control-regex -- plain ASCII test
  if (/^[\x00-\x7f]*$/.test(authority)) return raw;
  return raw.slice(0, start) + new URL(raw).host + raw.slice(start + authority.length);
}

/** A "next" or "returnTo" parameter: a path on this site, or the fallback. */
export function safeRedirectPath(raw: string | null | undefined, fallback: string): string {
  if (!raw) return fallback;
  const verdict = checkHref(raw, ['path']);
  return verdict.ok ? verdict.display : fallback;
}
