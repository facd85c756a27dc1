import { OPTIONAL_MARKS, type Code, type Token } from './codes';
import type { SegmentModel, UnitModel } from './units';
import { attrs, escapeText, escapeTextKeeping, hex4 } from './xml';

/** The XLIFF 1.2 stand-in for a character XML cannot carry: a placeholder whose content is its code point (see docs/localization.md). */
export const CONTROL_CTYPE12 = 'x-cp';

export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export type XliffVersion = '2.0' | '1.2';

export interface ExportFile {
  documentId: string;
  title: string;
  units: UnitModel[];
}

/** How each mark travels (see the mapping table in docs/localization.md). */
const MARKS: Record<string, { type20: string; subType20?: string; ctype12: string }> = {
  strong: { type20: 'fmt', subType20: 'xlf:b', ctype12: 'bold' },
  emphasis: { type20: 'fmt', subType20: 'xlf:i', ctype12: 'italic' },
  link: { type20: 'link', ctype12: 'link' },
  abbr: { type20: 'other', subType20: 'careleaf:abbr', ctype12: 'x-abbr' },
  term: { type20: 'other', subType20: 'careleaf:term', ctype12: 'x-term' },
  lang: { type20: 'other', subType20: 'careleaf:lang', ctype12: 'x-lang' },
  cite: { type20: 'other', subType20: 'careleaf:cite', ctype12: 'x-cite' },
};

export const documentRef = (id: string) => `careleaf:document:${id}`;

function inline20(tokens: readonly Token[], codes: readonly Code[]): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  return tokens
    .map((t) => {
      if (t.k === 'text') return escapeTextKeeping(t.v, (c) => `<cp hex="${hex4(c)}"/>`);
      if (t.k === 'close') return '</pc>';
      const code = byId.get(t.id)!;
      const m = MARKS[code.mark.type]!;
      const disp = code.mark.type === 'link' ? (code.mark as { href: string }).href : undefined;
      const a = attrs({
        id: t.id,
        type: m.type20,
        subType: m.subType20,
        // Emphasis and language spans may be dropped in a translation; links, citations, abbreviations and terms not.
        canDelete: OPTIONAL_MARKS.has(code.mark.type) ? undefined : 'no',
        ...(t.k === 'open' ? { dispStart: disp } : { disp }),
      });
      return t.k === 'ph' ? `<ph${a}/>` : `<pc${a}>`;
    })
    .join('');
}

function inline12(tokens: readonly Token[], codes: readonly Code[]): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  let controls = 0;
  return tokens
    .map((t) => {
      if (t.k === 'text')
        return escapeTextKeeping(t.v, (c) => `<ph${attrs({ id: `cp${++controls}`, ctype: CONTROL_CTYPE12 })}>${hex4(c)}</ph>`);
      if (t.k === 'close') return '</g>';
      const ctype = MARKS[byId.get(t.id)!.mark.type]!.ctype12;
      return t.k === 'ph' ? `<x${attrs({ id: t.id, ctype })}/>` : `<g${attrs({ id: t.id, ctype })}>`;
    })
    .join('');
}

const STATE20: Record<UnitModel['status'], string> = {
  missing: 'initial',
  outdated: 'initial',
  draft: 'translated',
  needs_review: 'translated',
  approved: 'final',
};

const STATE12: Record<UnitModel['status'], string> = {
  missing: 'needs-translation',
  outdated: 'needs-translation',
  draft: 'translated',
  needs_review: 'translated',
  approved: 'final',
};

function notes20(unit: UnitModel): string {
  if (unit.status !== 'outdated') return '';
  const previous =
    unit.previousSource !== undefined ? `<note category="careleaf:previous-source">${escapeText(unit.previousSource)}</note>` : '';
  return `<notes><note category="careleaf:status">The source changed since this was translated: update the translation.</note>${previous}</notes>`;
}

function segment20(seg: SegmentModel, state: string): string {
  const target = seg.target ? `<target>${inline20(seg.target, [...seg.codes, ...seg.extra])}</target>` : '';
  return `<segment${attrs({ id: seg.id, state: seg.target ? state : 'initial' })}><source>${inline20(seg.source, seg.codes)}</source>${target}</segment>`;
}

/** XLIFF 2.0: one <file> per document, one <unit> per block, one <segment> per text field. */
export function writeXliff20(srcLang: string, trgLang: string, files: readonly ExportFile[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff${attrs({ xmlns: XLIFF20_NS, version: '2.0', srcLang, trgLang })}>`];
  for (const f of files) {
    out.push(`<file${attrs({ id: `d-${f.documentId}`, original: documentRef(f.documentId) })}>`);
    out.push(`<notes><note category="careleaf:title">${escapeText(f.title)}</note></notes>`);
    for (const u of f.units) {
      out.push(
        `<unit${attrs({ id: u.id, name: u.name, canResegment: 'no', 'xml:space': 'preserve' })}>${notes20(u)}${u.segments.map((s) => segment20(s, STATE20[u.status])).join('')}</unit>`,
      );
    }
    out.push('</file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

/** XLIFF 1.2: one <file> per document, one <group> per block, one <trans-unit> per text field. */
export function writeXliff12(srcLang: string, trgLang: string, files: readonly ExportFile[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff${attrs({ version: '1.2', xmlns: XLIFF12_NS })}>`];
  for (const f of files) {
    out.push(
      `<file${attrs({ original: documentRef(f.documentId), 'source-language': srcLang, 'target-language': trgLang, datatype: 'xml' })}>`,
    );
    out.push(`<header><note from="careleaf">${escapeText(f.title)}</note></header>`);
    out.push('<body>');
    for (const u of f.units) {
      const note =
        u.status === 'outdated'
          ? `<note from="careleaf">The source changed since this was translated: update the translation.${u.previousSource !== undefined ? ` Before: ${escapeText(u.previousSource)}` : ''}</note>`
          : '';
      const tus = u.segments.map((s) => {
        const target = s.target
          ? `<target${attrs({ state: STATE12[u.status] })}>${inline12(s.target, [...s.codes, ...s.extra])}</target>`
          : '';
        return `<trans-unit${attrs({ id: `${u.id}:${s.id}`, resname: s.id, 'xml:space': 'preserve' })}><source>${inline12(s.source, s.codes)}</source>${target}${note}</trans-unit>`;
      });
      out.push(`<group${attrs({ id: u.id, resname: u.name })}>${tus.join('')}</group>`);
    }
    out.push('</body>', '</file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}
