import { walkBlocks } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { badInput, notFound } from '../../kernel/errors';
import { audit } from '../audit';
import { isUuid } from '../../kernel/uuids';
import { ownText, type PublishCheck, type PublishFinding } from '../content';
import { authorize, type Principal } from '../../kernel/policy';
import { tenantLocale } from '../tenancy';

export type TermStatus = 'approved' | 'forbidden';

export interface Term {
  locale: string;
  term: string;
  status: TermStatus;
}

export interface Concept {
  id: string;
  note: string;
  terms: Term[];
}

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
    const rows: { id: string; note: string; terms: Term[] | null }[] = await tx.em.query(
      `SELECT c.id, c.note,
              (SELECT json_agg(json_build_object('locale', t.locale, 'term', t.term, 'status', t.status) ORDER BY t.locale, t.status, t.term)
                 FROM terms t WHERE t.tenant_id = c.tenant_id AND t.concept_id = c.id) AS terms
         FROM term_concepts c WHERE c.tenant_id = $1 ORDER BY c.created_at, c.id`,
      [tx.tenantId],
    );
    return rows.map((r) => ({ id: r.id, note: r.note, terms: r.terms ?? [] }));
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
      const found = isUuid(id) ? await tx.em.query(`SELECT 1 FROM term_concepts WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id]) : [];
      if (!found.length) throw notFound(`No termbase concept with the id "${id}" exists here.`, 'CONCEPT_NOT_FOUND');
      await tx.em.query(`UPDATE term_concepts SET note = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id, note]);
      await tx.em.query(`DELETE FROM terms WHERE tenant_id = $1 AND concept_id = $2`, [tx.tenantId, id]);
    } else {
      [{ id }] = await tx.em.query(`INSERT INTO term_concepts (tenant_id, note) VALUES ($1, $2) RETURNING id`, [tx.tenantId, note]);
    }
    await tx.em.query(
      `INSERT INTO terms (tenant_id, concept_id, locale, term, status)
       SELECT $1, $2, t.locale, t.term, t.status FROM jsonb_to_recordset($3::jsonb) AS t(locale text, term text, status text)`,
      [tx.tenantId, id, JSON.stringify(terms)],
    );
    await audit(
      tx.em,
      tx.tenantId,
      { userId: actor.userId, label: actor.label },
      {
        action: input.id ? 'termbase.update' : 'termbase.create',
        subjectType: 'term_concept',
        subjectId: id!,
        diff: { note, terms },
      },
    );
    return { id: id!, note, terms };
  }

  async remove(tx: TenantTx, actor: Principal, id: string): Promise<void> {
    authorize(actor, 'termbase.edit');
    // DELETE through TypeORM answers [rows, affected], never an empty array: count the rows, not the answer.
    const [deleted]: [{ id: string }[], number] = isUuid(id)
      ? await tx.em.query(`DELETE FROM term_concepts WHERE tenant_id = $1 AND id = $2 RETURNING id`, [tx.tenantId, id])
      : [[], 0];
    if (!deleted.length) throw notFound(`No termbase concept with the id "${id}" exists here.`, 'CONCEPT_NOT_FOUND');
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
      const [doc]: { source_locale: string }[] = await tx.em.query(`SELECT source_locale FROM documents WHERE tenant_id = $1 AND id = $2`, [
        tx.tenantId,
        revision.documentId,
      ]);
      const isSource = doc?.source_locale === revision.locale;
      const sources = new Map<string, string>();
      if (!isSource) {
        const rows: { block_id: string; text: string }[] = await tx.em.query(
          `SELECT s.block_id, s.text FROM source_blocks s JOIN translation_blocks t
              ON t.tenant_id = s.tenant_id AND t.document_id = s.document_id AND t.block_id = s.block_id AND t.locale = $3
            WHERE s.tenant_id = $1 AND s.document_id = $2`,
          [tx.tenantId, revision.documentId, revision.locale],
        );
        for (const r of rows) sources.set(r.block_id, r.text);
      }
      const findings: PublishFinding[] = [];
      for (const block of walkBlocks(revision.content.blocks)) {
        const text = ownText(block);
        if (!text) continue;
        const found = isSource
          ? checkTerms(concepts, { locale: revision.locale, text: '' }, { locale: revision.locale, text })
          : sources.has(block.id)
            ? checkTerms(concepts, { locale: doc!.source_locale, text: sources.get(block.id)! }, { locale: revision.locale, text })
            : [];
        for (const f of found)
          findings.push({ checkId: `terminology-${f.kind.replace('_', '-')}`, blockId: block.id, message: f.message, severity: 'warning' });
      }
      return findings;
    };
  }
}
