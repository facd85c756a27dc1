import { walkBlocks } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { badInput, notFound } from '../../kernel/errors';
import { audit } from '../audit';
import { isUuid } from '../../kernel/uuids';
import { ownText, type PublishCheck, type PublishFinding } from '../content';
import { authorize, type Principal } from '../../kernel/policy';
import { tenantLocale } from '../tenancy';
import {
  type Concept,
  type Term,
  type TermStatus,
  conceptExists,
  deleteConcept,
  insertConcept,
  insertTerms,
  listConcepts,
  resetConcept,
} from './termbase.queries';
import { sourceLocaleOf, translatedSourceTexts } from './tracking.queries';

export type { Concept, Term, TermStatus } from './termbase.queries';

export interface ConceptInput {
  id?: string;
  note?: string;
  terms: { locale: string; term: string; status: string }[];
}

export interface TermFinding {
  kind: 'missing_term' | 'forbidden_term';
  conceptId: string;
  /** The term found: in the source (missing_term) or in the target (forbidden_term). */
  term: string;
  /** The approved terms of the target locale the translation should use. */
  expected: string[];
  message: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();

/**
 * Whether `text` uses `term`: case-insensitive, starting at a word start,
 * allowing up to three more letters for inflection ("Chemotherapie" matches
 * "Chemotherapien"), and ending at a word end.
 */
export function usesTerm(text: string, term: string): boolean {
  let re = patterns.get(term);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term.trim())}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'iu');
    if (patterns.size > 5000) patterns.clear();
    patterns.set(term, re);
  }
  return re.test(text);
}

/** Terms of a concept for a locale: its own, else those of its language ("de" terms serve "de-AT"). */
function termsIn(concept: Concept, locale: string, status: TermStatus): string[] {
  const own = concept.terms.filter((t) => t.locale === locale && t.status === status);
  if (own.length) return own.map((t) => t.term);
  const language = locale.split('-')[0];
  return concept.terms.filter((t) => t.locale === language && t.status === status).map((t) => t.term);
}

/** Terminology problems of one translated text against its source text. */
export function checkTerms(
  concepts: readonly Concept[],
  source: { locale: string; text: string },
  target: { locale: string; text: string },
): TermFinding[] {
  const out: TermFinding[] = [];
  for (const c of concepts) {
    const expected = termsIn(c, target.locale, 'approved');
    const used = termsIn(c, source.locale, 'approved').find((t) => usesTerm(source.text, t));
    if (used && expected.length && !expected.some((t) => usesTerm(target.text, t))) {
      out.push({
        kind: 'missing_term',
        conceptId: c.id,
        term: used,
        expected,
        message: `The source uses "${used}"; the approved ${target.locale} term is ${expected.map((e) => `"${e}"`).join(' or ')}.`,
      });
    }
    for (const bad of termsIn(c, target.locale, 'forbidden')) {
      if (usesTerm(target.text, bad)) {
        out.push({
          kind: 'forbidden_term',
          conceptId: c.id,
          term: bad,
          expected,
          message: `"${bad}" is not to be used in ${target.locale}${expected.length ? `; use ${expected.map((e) => `"${e}"`).join(' or ')}` : ''}.`,
        });
      }
    }
  }
  return out;
}

/** The tenant's termbase: concepts with approved and forbidden terms per locale. */
export class Termbase {
  async list(tx: TenantTx): Promise<Concept[]> {
    return listConcepts(tx);
  }

  /** Creates a concept, or replaces one's note and terms. */
  async save(tx: TenantTx, actor: Principal, input: ConceptInput): Promise<Concept> {
    authorize(actor, 'termbase.edit');
    const note = (input.note ?? '').trim();
    if (note.length > 2000) throw badInput('note', 'Keep the note under 2000 characters.', { reason: 'TOO_LONG', limit: 2000 });
    if (!input.terms.length) throw badInput('terms', 'A concept needs at least one term.', 'REQUIRED');
    const terms: Term[] = [];
    for (const [i, t] of input.terms.entries()) {
      const term = t.term.trim().replace(/\s+/g, ' ');
      if (!term || term.length > 200)
        throw badInput(`terms[${i}].term`, 'A term has 1 to 200 characters.', { reason: 'LENGTH_OUT_OF_RANGE', min: 1, max: 200 });
      if (t.status !== 'approved' && t.status !== 'forbidden')
        throw badInput(`terms[${i}].status`, 'Use approved or forbidden.', 'VALUE_NOT_ALLOWED');
      const { tag } = await tenantLocale(tx, t.locale, `terms[${i}].locale`);
      if (!terms.some((x) => x.locale === tag && x.term.toLowerCase() === term.toLowerCase()))
        terms.push({ locale: tag, term, status: t.status });
    }
    if (!terms.some((t) => t.status === 'approved'))
      throw badInput('terms', 'A concept needs at least one approved term.', 'APPROVED_TERM_MISSING');
    let id = input.id;
    if (id) {
      if (!isUuid(id) || !(await conceptExists(tx, id)))
        throw notFound(`No termbase concept with the id "${id}" exists here.`, 'CONCEPT_NOT_FOUND');
      await resetConcept(tx, id, note);
    } else {
      id = await insertConcept(tx, note);
    }
    await insertTerms(tx, id, terms);
    await audit(
      tx.em,
      tx.tenantId,
      { userId: actor.userId, label: actor.label },
      {
        action: input.id ? 'termbase.update' : 'termbase.create',
        subjectType: 'term_concept',
        subjectId: id,
        diff: { note, terms },
      },
    );
    return { id, note, terms };
  }

  async remove(tx: TenantTx, actor: Principal, id: string): Promise<void> {
    authorize(actor, 'termbase.edit');
    const deleted = isUuid(id) && (await deleteConcept(tx, id));
    if (!deleted) throw notFound(`No termbase concept with the id "${id}" exists here.`, 'CONCEPT_NOT_FOUND');
    await audit(
      tx.em,
      tx.tenantId,
      { userId: actor.userId, label: actor.label },
      {
        action: 'termbase.delete',
        subjectType: 'term_concept',
        subjectId: id,
      },
    );
  }

  /**
   * Publish warnings: in a translation, blocks that miss an approved term the
   * source uses, or use a forbidden one; in a source text, forbidden terms.
   */
  publishCheck(): PublishCheck {
    return async (tx, { revision }) => {
      const concepts = await this.list(tx);
      if (!concepts.length) return [];
      const sourceLocale = await sourceLocaleOf(tx, revision.documentId);
      const isSource = sourceLocale === revision.locale;
      const sources = isSource ? new Map<string, string>() : await translatedSourceTexts(tx, revision.documentId, revision.locale);
      const findings: PublishFinding[] = [];
      for (const block of walkBlocks(revision.content.blocks)) {
        const text = ownText(block);
        if (!text) continue;
        const found = isSource
          ? checkTerms(concepts, { locale: revision.locale, text: '' }, { locale: revision.locale, text })
          : sources.has(block.id)
            ? checkTerms(concepts, { locale: sourceLocale!, text: sources.get(block.id)! }, { locale: revision.locale, text })
            : [];
        for (const f of found)
          findings.push({ checkId: `terminology-${f.kind.replace('_', '-')}`, blockId: block.id, message: f.message, severity: 'warning' });
      }
      return findings;
    };
  }
}
