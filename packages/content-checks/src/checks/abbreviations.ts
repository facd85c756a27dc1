import type { DocumentContent } from '@careleaf/schema';
import { MESSAGES } from '../messages';
import type { CheckContext, Finding } from '../types';
import { blocksAt, inlineFields, inlinesAt, plainText } from '../walk';

/**
 * An abbreviation is an upper-case token of 2–6 letters (optionally with up to
 * two digits, as in "HER2"; a plural "s" is allowed: "DMPs"). Its first use
 * must be explained (WCAG 3.1.4) by one of:
 * - an `abbr` mark with the expansion (Careleaf's way),
 * - a glossary `term` mark (the glossary explains it),
 * - the full form written next to it in brackets, either way round:
 *   "Disease-Management-Programm (DMP)" or "DMP (Disease-Management-Programm)"
 *   (WCAG technique G97).
 * Roman numerals ("Stadium IV") are not abbreviations.
 */
const TOKEN = /(?<![\p{L}\p{N}])\p{Lu}{2,6}\d{0,2}(?=s?(?![\p{L}\p{N}]))/gu;
const ROMAN = /^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

export function abbreviationTokens(text: string): { token: string; index: number }[] {
  return [...text.matchAll(TOKEN)].filter((m) => !ROMAN.test(m[0])).map((m) => ({ token: m[0], index: m.index }));
}

/** "Langform (ABK)" or "ABK (Langform)": the expansion is written next to the token. */
function expandedInBrackets(text: string, index: number, token: string): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + token.length).replace(/^s/, '');
  if (before.endsWith('(') && after.startsWith(')') && /\p{L}{2,}[^(]*\($/u.test(before)) return true;
  return /^\s*\([^()]*\p{L}{3,}[^()]*\)/u.test(after);
}

export function abbreviationChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const explained = new Set<string>();
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const at of blocksAt(content.blocks)) {
    for (const field of inlineFields(at)) {
      for (const { node, path, ancestors } of inlinesAt(field.nodes, field.path)) {
        if (node.type === 'abbr' || node.type === 'term') {
          for (const { token } of abbreviationTokens(plainText(node.children))) explained.add(token);
          continue;
        }
        if (node.type !== 'text' || ancestors.some((a) => a.type === 'abbr' || a.type === 'term')) continue;
        for (const { token, index } of abbreviationTokens(node.text)) {
          if (explained.has(token) || reported.has(token)) continue;
          if (expandedInBrackets(node.text, index, token)) {
            explained.add(token);
            continue;
          }
          reported.add(token);
          findings.push({
            checkId: 'abbreviation-unexpanded',
            severity: 'warning',
            blockId: field.blockId,
            path,
            message: m.abbreviationUnexpanded(token),
          });
        }
      }
    }
  }
  return findings;
}
