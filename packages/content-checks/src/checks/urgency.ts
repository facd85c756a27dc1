import type { Block, DocumentContent } from '@careleaf/schema';
import { CALLOUT_KIND, MESSAGES } from '../messages';
import type { CheckContext, Finding } from '../types';
import { blocksAt, inlineFields, plainText } from '../walk';

/**
 * Wording that sends the reader to emergency care (calling an ambulance, the
 * emergency department), in the languages the demo tenants publish in and a
 * few neighbours. Numbers alone are not enough ("112 mmHg"): they count only
 * after a verb of calling or before one.
 */
export const EMERGENCY_WORDING: readonly RegExp[] = [
  /\b(?:call|ring|dial|phone)\s+(?:(?:the\s+)?emergency\s+(?:number|services)|an\s+ambulance|112|999|911|000|144)\b/i,
  /\bemergency\s+department\b/i,
  /(?:^|[^\p{L}])A\s?&\s?E(?:[^\p{L}]|$)/u,
  /(?:^|[^\p{L}])(?:Notruf\p{L}*|Notarzt|Notärztin|Rettungsdienst\p{L}*|Rettungswagen|Notaufnahme)(?:[^\p{L}]|$)/iu,
  /(?:wählen|rufen)\s+Sie\s+(?:sofort\s+|umgehend\s+)?(?:die\s+)?(?:112|144|110)\b/i,
  /\b(?:112|144)\s+(?:wählen|anrufen)/i,
  /\bappel(?:ez|er)\s+(?:le\s+)?(?:15|112)\b|\bSAMU\b/i,
  /\b(?:llame|llamar)\s+al\s+(?:112|061)\b/i,
  /الإسعاف|الطوارئ/u,
];

const textOf = (block: Block): string =>
  [...blocksAt([block])]
    .flatMap((at) => inlineFields(at))
    .map((f) => plainText(f.nodes))
    .join(' ');

const isUrgent = (block: Block) => block.type === 'emergency' || (block.type === 'callout' && block.variant === 'urgent');

/**
 * Urgent advice must look urgent and be seen without opening anything (the
 * NHS care-card levels): emergency wording in a callout of a calmer kind is a
 * warning, and so is an emergency notice or urgent callout inside a question,
 * which stays closed until the reader opens it.
 */
export function urgencyChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const findings: Finding[] = [];
  for (const at of blocksAt(content.blocks)) {
    const { block } = at;
    if (block.type === 'callout' && block.variant !== 'urgent' && EMERGENCY_WORDING.some((re) => re.test(textOf(block)))) {
      const kind = CALLOUT_KIND[ctx.uiLocale][block.variant];
      findings.push({ checkId: 'urgency-wording', severity: 'warning', blockId: block.id, path: at.path, message: m.urgencyWording(kind) });
    }
    if (block.type === 'faq') {
      for (const inner of blocksAt(block.blocks, `${at.path}.blocks`)) {
        if (!isUrgent(inner.block)) continue;
        findings.push({
          checkId: 'urgency-hidden',
          severity: 'warning',
          blockId: inner.block.id,
          path: inner.path,
          message: m.urgencyHidden(),
        });
      }
    }
  }
  return findings;
}
