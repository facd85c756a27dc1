import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../kernel/db/database';
import { conflict, notFound } from '../../kernel/errors';
import { deleteJobsMentioning } from '../../kernel/jobs';
import type { Role } from '../../kernel/policy';
import { audit, type Actor } from '../audit';
import { FORMER_MEMBER, scrubJson, USER_REFERENCES } from './erasure-plan';
import * as q from './erasure.queries';
import { validEmail } from './identity.service';
import { forgetAccountCounts } from './sign-in-limits';

/** Audit entries rewritten per round trip: any length of log needs little memory. */
const AUDIT_BATCH = 500;

export interface ErasurePreview {
  email: string;
  tenants: { slug: string; role: Role; lastAdmin: boolean }[];
}

export interface ErasureReport {
  /** What the person's audit entries name as actor and subject from now on. */
  pseudonym: string;
  tenants: { slug: string; role: Role }[];
  auditEntriesPseudonymised: number;
  /** Rows deleted or kept without the person, by table. */
  rows: Record<string, number>;
}

/**
 * Erasure of a person on request (GDPR Art. 17): their account and everything
 * that identifies them goes, in one transaction; what they wrote for an
 * organisation stays, shown as by a FORMER_MEMBER; audit entries stay,
 * pseudonymised with a random `erased-user:…` id the same in all of them (so
 * an auditor still sees that one person did these things, never who). The id
 * is random, not derived from the person: nothing left can be matched back to
 * them. Operator-only (`careleaf user delete`): a person may belong to several
 * organisations, so no tenant admin decides this for all of them.
 */
export class ErasureService {
  constructor(private readonly db: Database) {}

  /** Who would be erased, and the tenants they would leave without an admin. */
  async preview(email: string): Promise<ErasurePreview> {
    return this.db.asPlatform(async (em) => {
      const person = await this.person(em, email);
      const tenants = await q.personMemberships(em, person.id);
      return { email: person.email, tenants: tenants.map(({ slug, role, lastAdmin }) => ({ slug, role, lastAdmin })) };
    });
  }

  /** Erases the person; refuses when they are the last admin of a tenant unless `force`. */
  async erase(email: string, actor: Actor, opts: { force?: boolean } = {}): Promise<ErasureReport> {
    return this.db.asPlatform(async (em) => {
      const person = await this.person(em, email);
      const memberships = await q.personMemberships(em, person.id);
      const orphaned = memberships.filter((m) => m.lastAdmin).map((m) => m.slug);
      if (orphaned.length && !opts.force) {
        throw conflict(
          `${person.email} is the last admin of ${orphaned.join(', ')}. Make another member admin there first ` +
            `(careleaf member set <tenant> <email> --role admin), or erase with --force and leave ${orphaned.length === 1 ? 'it' : 'them'} without an admin.`,
          'email',
          'LAST_ADMIN',
        );
      }
      const pseudonym = `erased-user:${randomBytes(8).toString('hex')}`;
      const auditEntriesPseudonymised = await this.pseudonymiseAudit(em, person, pseudonym);
      const rows: Record<string, number> = {};
      const count = (key: string, n: number) => (rows[key] = (rows[key] ?? 0) + n);
      await this.scrubOthersDigests(
        em,
        person,
        memberships.map((m) => m.tenantId),
      );
      for (const ref of USER_REFERENCES) {
        if (ref.outcome !== 'audit') count(ref.table, await q.applyReference(em, ref, person));
      }
      count('invitations', await q.deleteInvitationsTo(em, person.email));
      count('sign_in_limits', await forgetAccountCounts(em, person.email));
      count('pgboss.job', await deleteJobsMentioning(em, [person.email, person.id]));
      await q.deleteUser(em, person.id);
      count('users', 1);
      for (const m of memberships) {
        await audit(em, m.tenantId, actor, { action: 'user.erase', subjectType: 'user', subjectId: pseudonym, diff: { role: m.role } });
      }
      return { pseudonym, tenants: memberships.map(({ slug, role }) => ({ slug, role })), auditEntriesPseudonymised, rows };
    });
  }

  private async person(em: EntityManager, email: string): Promise<q.ErasedPerson> {
    const e = validEmail(email);
    const person = await q.lockPerson(em, e);
    if (!person) throw notFound(`No user has the e-mail address ${e}.`, 'USER_NOT_FOUND');
    return person;
  }

  /** Actor, subject and details of every entry naming the person: the pseudonym instead, personal details dropped. */
  private async pseudonymiseAudit(em: EntityManager, person: q.ErasedPerson, pseudonym: string): Promise<number> {
    let after: [string, string] | null = null;
    let total = 0;
    for (;;) {
      const batch = await q.auditRowsOf(em, person, after, AUDIT_BATCH);
      for (const r of batch) {
        const byThem = r.actor_user_id === person.id || r.actor_label.toLowerCase() === person.email.toLowerCase();
        const aboutThem = r.subject_id === person.id || r.subject_id.toLowerCase() === person.email.toLowerCase();
        await q.rewriteAuditRow(em, {
          tenantId: r.tenant_id,
          id: r.id,
          actorLabel: byThem ? pseudonym : (scrubJson(r.actor_label, person, pseudonym) as string),
          subjectId: aboutThem ? pseudonym : r.subject_id,
          diff: scrubJson(r.diff, person, pseudonym),
        });
      }
      total += batch.length;
      if (batch.length < AUDIT_BATCH) return total;
      const last = batch.at(-1)!;
      after = [last.tenant_id, last.id];
    }
  }

  /** Pending digests of other members keep their shape (the mail still renders) and say FORMER_MEMBER where they named the person. */
  private async scrubOthersDigests(em: EntityManager, person: q.ErasedPerson, tenantIds: string[]): Promise<void> {
    if (!tenantIds.length) return;
    for (const item of await q.digestItemsMentioning(em, person, tenantIds)) {
      const payload = scrubJson(item.payload, person, FORMER_MEMBER, new Set());
      if (payload !== item.payload) await q.rewriteDigestItem(em, item.tenant_id, item.id, payload);
    }
  }
}
