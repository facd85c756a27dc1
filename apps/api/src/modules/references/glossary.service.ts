import { randomUUID } from 'node:crypto';
import type { TenantTx } from '../../kernel/db/database';
import { badInput, conflict, notFound } from '../../kernel/errors';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { audit, type Actor } from '../audit';
import { canonicalLocale, tenantLocales, type TenantLocales } from '../tenancy';
import * as q from './glossary.queries';
import { keyFromTerm, validateEntries, validKey, type GlossaryEntryData, type GlossaryEntryInputLike } from './glossary.validate';
import { isUuid } from '../../kernel/uuids';
import type { ReferenceUsage } from './usage';

export interface GlossaryTermView {
  id: string;
  key: string;
  version: number;
  /** Every locale's entry, in the tenant's locale order. */
  entries: GlossaryEntryData[];
  createdAt: Date;
  updatedAt: Date;
}

/** A term as a reader of one locale sees it: from that locale or the first fallback that has it. */
export interface LocalizedTerm {
  id: string;
  key: string;
  /** The locale the entry is written in. */
  locale: string;
  requestedLocale: string;
  /** True when the entry comes from a fallback locale (the page marks it with its own `lang`). */
  fallback: boolean;
  term: string;
  definition: string;
  forms: string[];
}

export interface CreateGlossaryTerm {
  key?: string | null;
  entries: GlossaryEntryInputLike[];
}

export interface UpdateGlossaryTerm {
  key?: string | null;
  /** Added or replaced, per locale. */
  entries?: GlossaryEntryInputLike[] | null;
  /** Locales whose entry is removed. */
  removeLocales?: string[] | null;
  expectedVersion?: number | null;
}

/** A tenant's glossary: concepts with a term and definition per locale. Readers see it without signing in. */
export class GlossaryService {
  constructor(private readonly usage: ReferenceUsage) {}

  async get(tx: TenantTx, id: string): Promise<GlossaryTermView> {
    const term = isUuid(id) ? await q.termById(tx, id) : null;
    if (!term) throw notFound(`No glossary term has the id "${id}" in this organisation.`, 'GLOSSARY_TERM_NOT_FOUND');
    const { tags } = await this.locales(tx);
    const entries = await q.entriesOf(tx, id);
    const order = (l: string) => (tags.includes(l) ? tags.indexOf(l) : tags.length);
    entries.sort((a, b) => order(a.locale) - order(b.locale) || a.locale.localeCompare(b.locale));
    return {
      id: term.id,
      key: term.key,
      version: term.version,
      entries,
      createdAt: term.createdAt,
      updatedAt: term.updatedAt,
    };
  }

  /** The whole glossary for readers of `locale` (a tenant locale), alphabetical in that locale. */
  async list(tx: TenantTx, locale: string): Promise<LocalizedTerm[]> {
    const chain = (await this.locales(tx)).chain(locale, 'locale');
    const terms = [...(await this.localized(tx, null, chain)).values()].filter((t): t is LocalizedTerm => t !== null);
    const collator = new Intl.Collator(chain[0], { sensitivity: 'base', numeric: true });
    return terms.sort((a, b) => collator.compare(a.term, b.term) || a.key.localeCompare(b.key));
  }

  /**
   * Terms (all, or those in `ids`) in the first locale of `chain` that has an
   * entry, in one query. A term that exists but has no entry anywhere in the
   * chain maps to null; ids of no term are absent.
   */
  async localized(tx: TenantTx, ids: readonly string[] | null, chain: readonly string[]): Promise<Map<string, LocalizedTerm | null>> {
    const wanted = ids?.filter(isUuid) ?? null;
    if ((wanted && !wanted.length) || !chain.length) return new Map();
    const rows = await q.localizedRows(tx, wanted, chain);
    const rank = (l: string) => chain.indexOf(l);
    const best = new Map<string, LocalizedTerm | null>();
    for (const r of rows) {
      const current = best.get(r.id);
      if (r.locale === null) {
        if (current === undefined) best.set(r.id, null);
        continue;
      }
      if (current && rank(current.locale) <= rank(r.locale)) continue;
      best.set(r.id, {
        id: r.id,
        key: r.key,
        locale: r.locale,
        requestedLocale: chain[0]!,
        fallback: r.locale !== chain[0],
        term: r.term,
        definition: r.definition,
        forms: r.forms,
      });
    }
    return best;
  }

  async create(tx: TenantTx, actor: Actor, input: CreateGlossaryTerm): Promise<GlossaryTermView> {
    if (!input.entries.length) throw badInput('entries', 'Give the term and its definition in at least one locale.', 'REQUIRED');
    const { tags } = await this.locales(tx);
    const entries = validateEntries(input.entries, tags);
    const id = randomUUID();
    await this.refuseTakenTerms(tx, entries, null);
    let key: string;
    if (input.key) {
      key = validKey(input.key);
      await this.refuseTakenKey(tx, key, null);
    } else {
      key = await this.freeKey(tx, keyFromTerm(entries[0]!.term) || `term-${id.slice(0, 8)}`);
    }
    await this.write(() => q.insertTerm(tx, id, key));
    await this.write(() => q.insertEntries(tx, id, entries));
    await audit(tx.em, tx.tenantId, actor, {
      action: 'glossary.create',
      subjectType: 'glossaryTerm',
      subjectId: id,
      diff: { after: { key, entries } },
    });
    return this.get(tx, id);
  }

  async update(tx: TenantTx, actor: Actor, id: string, input: UpdateGlossaryTerm): Promise<GlossaryTermView> {
    const before = await this.get(tx, id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== before.version) {
      throw conflict(
        `This glossary term was changed by someone else (now version ${before.version}, you edited version ${input.expectedVersion}). Reload it and apply your change again.`,
        'expectedVersion',
        'REVISION_CHANGED',
      );
    }
    const { tags } = await this.locales(tx);
    const key = input.key ? validKey(input.key) : before.key;
    const entries = validateEntries(input.entries ?? [], tags);
    const remove = (input.removeLocales ?? []).map((l, i) => canonicalLocale(l, `removeLocales[${i}]`));
    const both = remove.find((l) => entries.some((e) => e.locale === l));
    if (both)
      throw badInput('removeLocales', `The locale "${both}" is both given and removed; do one or the other.`, {
        reason: 'LOCALE_GIVEN_AND_REMOVED',
        locale: both,
      });
    const missing = remove.find((l) => !before.entries.some((e) => e.locale === l));
    if (missing)
      throw badInput('removeLocales', `This term has no entry in "${missing}" to remove.`, {
        reason: 'LOCALE_ENTRY_MISSING',
        locale: missing,
      });
    const remaining = before.entries.filter((e) => !remove.includes(e.locale) && !entries.some((n) => n.locale === e.locale));
    if (!remaining.length && !entries.length) {
      throw badInput('removeLocales', 'A term needs an entry in at least one locale; delete the term instead.', 'LAST_LOCALE_ENTRY');
    }
    await this.refuseTakenKey(tx, key, id);
    await this.refuseTakenTerms(tx, entries, id);

    const bumped = await q.bumpTerm(tx, id, key, before.version);
    if (!bumped)
      throw conflict(
        'This glossary term was changed while you were saving. Reload it and try again.',
        'expectedVersion',
        'REVISION_CHANGED',
      );
    for (const locale of remove) await q.deleteEntry(tx, id, locale);
    for (const e of entries) await this.write(() => q.upsertEntry(tx, id, e));
    const after = await this.get(tx, id);
    await audit(tx.em, tx.tenantId, actor, {
      action: 'glossary.update',
      subjectType: 'glossaryTerm',
      subjectId: id,
      diff: { before: { key: before.key, entries: before.entries }, after: { key: after.key, entries: after.entries } },
    });
    return after;
  }

  async delete(tx: TenantTx, actor: Actor, id: string): Promise<void> {
    const before = await this.get(tx, id);
    if (await this.usage.isTermInUse(tx, id)) {
      throw conflict(
        'This term is marked in at least one document. Remove the mark there first, then delete the term.',
        'id',
        'GLOSSARY_TERM_IN_USE',
      );
    }
    await q.deleteTerm(tx, id);
    await audit(tx.em, tx.tenantId, actor, {
      action: 'glossary.delete',
      subjectType: 'glossaryTerm',
      subjectId: id,
      diff: { before: { key: before.key, entries: before.entries } },
    });
  }

  /** The tenant's locales and their fallback chains. */
  locales(tx: TenantTx): Promise<TenantLocales> {
    return tenantLocales(tx);
  }

  /** `base`, or `base-2`, `base-3`… when taken: a derived key never blocks a new term. */
  private async freeKey(tx: TenantTx, base: string): Promise<string> {
    const stem = base.slice(0, 90).replace(/-+$/, '');
    const taken = new Set(await q.keysLike(tx, stem));
    let key = stem;
    for (let n = 2; taken.has(key); n++) key = `${stem}-${n}`;
    return key;
  }

  private async refuseTakenKey(tx: TenantTx, key: string, self: string | null): Promise<void> {
    const other = await q.termIdByKey(tx, key);
    if (other && other !== self)
      throw conflict(`Another glossary term already has the key "${key}"; choose another key.`, 'key', 'GLOSSARY_KEY_TAKEN');
  }

  /** A term is unique per locale (ignoring case), so a reader never meets two definitions of one word. */
  private async refuseTakenTerms(tx: TenantTx, entries: GlossaryEntryData[], self: string | null): Promise<void> {
    if (!entries.length) return;
    const taken = await q.sameTerms(tx, entries, self);
    const clash = taken[0];
    if (!clash) return;
    const i = entries.findIndex((e) => e.locale === clash.locale && e.term.toLowerCase() === clash.term.toLowerCase());
    throw conflict(
      `The glossary already explains "${clash.term}" in ${clash.locale} (term ${clash.term_id}). Edit that entry instead of adding a second one.`,
      `entries[${i}].term`,
      'GLOSSARY_TERM_EXISTS',
    );
  }

  private async write<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (uniqueViolation(e, 'glossary_terms_key_key'))
        throw conflict('Another glossary term already has this key.', 'key', 'GLOSSARY_KEY_TAKEN');
      if (uniqueViolation(e, 'glossary_entries_term_key'))
        throw conflict('Another glossary term already has this term in this locale.', 'entries', 'GLOSSARY_TERM_EXISTS');
      throw e;
    }
  }
}
