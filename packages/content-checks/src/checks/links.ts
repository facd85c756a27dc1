import type { DocumentContent } from '@careleaf/schema';
import { MESSAGES } from '../messages';
import type { CheckContext, Finding } from '../types';
import { blocksAt, inlineFields, inlinesAt, languageOf, plainText } from '../walk';

/**
 * Link texts that do not say where the link leads (WCAG 2.4.4), per language.
 * English ones are checked in every locale: they turn up on pages in any language.
 */
export const VAGUE_LINK_TEXTS: Record<string, string[]> = {
  en: [
    'click here',
    'click',
    'here',
    'more',
    'read more',
    'more info',
    'more information',
    'learn more',
    'find out more',
    'see more',
    'details',
    'more details',
    'link',
    'this link',
    'this page',
    'this',
    'page',
    'website',
    'continue',
    'go',
    'info',
    'download',
  ],
  de: [
    'hier',
    'hier klicken',
    'klicken sie hier',
    'klick hier',
    'mehr',
    'mehr lesen',
    'weiterlesen',
    'weiter',
    'mehr erfahren',
    'mehr dazu',
    'mehr informationen',
    'mehr infos',
    'mehr info',
    'details',
    'link',
    'dieser link',
    'diese seite',
    'seite',
    'webseite',
    'website',
    'info',
    'infos',
    'zum artikel',
    'zur seite',
    'download',
    'hier entlang',
    'siehe hier',
  ],
  fr: [
    'ici',
    'cliquez ici',
    'cliquer ici',
    'plus',
    'en savoir plus',
    'lire la suite',
    'suite',
    'lien',
    'ce lien',
    'cette page',
    'détails',
    "plus d'informations",
  ],
  es: [
    'aquí',
    'haga clic aquí',
    'haz clic aquí',
    'pulse aquí',
    'más',
    'leer más',
    'más información',
    'ver más',
    'enlace',
    'este enlace',
    'esta página',
    'detalles',
  ],
  it: [
    'qui',
    'clicca qui',
    'fai clic qui',
    'di più',
    'leggi di più',
    'leggi tutto',
    'altro',
    'scopri di più',
    'maggiori informazioni',
    'link',
    'questo link',
    'questa pagina',
    'dettagli',
  ],
  nl: ['hier', 'klik hier', 'meer', 'lees meer', 'meer informatie', 'meer info', 'verder', 'link', 'deze link', 'deze pagina', 'details'],
};

/** Lower case, no surrounding punctuation or arrows, single spaces: "» Mehr …" → "mehr". */
export function normaliseLinkText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}

const URL_TEXT = /^(https?:\/\/|www\.)\S+$/i;

export function linkChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const vague = new Set([...(VAGUE_LINK_TEXTS.en ?? []), ...(VAGUE_LINK_TEXTS[languageOf(ctx.locale)] ?? [])]);
  const findings: Finding[] = [];
  for (const at of blocksAt(content.blocks)) {
    for (const field of inlineFields(at)) {
      for (const { node, path } of inlinesAt(field.nodes, field.path)) {
        if (node.type !== 'link') continue;
        const text = plainText(node.children).trim();
        const base = { blockId: field.blockId, path };
        if (!text) findings.push({ ...base, checkId: 'link-empty', severity: 'error', message: m.linkEmpty() });
        else if (vague.has(normaliseLinkText(text)))
          findings.push({ ...base, checkId: 'link-vague', severity: 'warning', message: m.linkVague(text) });
        else if (URL_TEXT.test(text)) findings.push({ ...base, checkId: 'link-url-text', severity: 'warning', message: m.linkUrlText() });
      }
    }
  }
  return findings;
}
