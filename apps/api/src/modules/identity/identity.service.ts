import { randomUUID } from 'node:crypto';
import type { Database, TenantTx } from '../../kernel/db/database';
import { ROLES, type Role } from '../../kernel/policy';
import { badInput, conflict, notFound } from '../../kernel/errors';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { audit, type Actor } from '../audit';
import { canonicalLocale, type TenancyService, tenantLocales } from '../tenancy';
import { checkPasswordStrength, generatePassword, hashPassword } from './password';
import { validUuid } from '../../kernel/ids';
import { revokeSessions } from './session.service';
import type { MembershipRow } from './user.entity';
import * as q from './member.queries';
import type { MemberView } from './member.queries';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export interface NewUser {
  id: string;
  email: string;
  /** Set when the service generated the password: show it once, it is not stored. */
  generatedPassword: string | null;
}

export interface MembershipView {
  tenant: string;
  email: string;
  role: Role;
  locales: string[];
}

export type { MemberView };

export interface MemberPage {
  members: MemberView[];
  totalCount: number;
  hasNextPage: boolean;
  /** Cursor of the last member on this page. */
  endCursor: string | null;
}

export function validEmail(email: string, field = 'email'): string {
  const e = email.trim();
  if (!EMAIL.test(e) || e.length > 254)
    throw badInput(field, `"${email}" is not an e-mail address. Write it like name@example.org.`, 'EMAIL_INVALID');
  return e;
}

export function validRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw badInput('role', `"${role}" is not a role. Use one of: ${ROLES.join(', ')}.`, { reason: 'ROLE_UNKNOWN', role: String(role) });
  }
  return role as Role;
}

/** Role and translator locales, checked without the database. */
export function validMembershipSpec(role: string, locales: string[]): { role: Role; locales: string[] } {
  const validRoleName = validRole(role);
  const tags = locales.map((l, i) => canonicalLocale(l, `locales[${i}]`));
  if (validRoleName === 'translator' && tags.length === 0) {
    throw badInput('locales', 'A translator needs at least one locale they may translate into.', 'TRANSLATOR_NEEDS_LOCALE');
  }
  if (validRoleName !== 'translator' && tags.length > 0) {
    throw badInput(
      'locales',
      `Locales limit translators only; a ${validRoleName} works in every locale of the tenant. Leave the locales empty.`,
      'LOCALES_ONLY_FOR_TRANSLATORS',
    );
  }
  if (new Set(tags).size !== tags.length) throw badInput('locales', 'A locale is listed twice.', 'LISTED_TWICE');
  return { role: validRoleName, locales: tags };
}

/** Checks that every locale belongs to the tenant of `tx`. */
export async function checkTenantLocales(tx: TenantTx, tags: string[]): Promise<void> {
  if (!tags.length) return;
  const known = (await tenantLocales(tx)).tags;
  const unknown = tags.find((t) => !known.includes(t));
  if (unknown)
    throw badInput('locales', `"${unknown}" is not a locale of this tenant (${known.join(', ')}).`, {
      reason: 'LOCALE_NOT_OF_TENANT',
      locale: unknown,
    });
}

/** Opaque position of a member in the e-mail order of `listMembers`. */
export const memberCursor = (m: MemberView) => Buffer.from(JSON.stringify([m.email.toLowerCase(), m.userId])).toString('base64url');

function parseCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return [value[0], validUuid(value[1], 'after', 'a member')];
    }
  } catch {
    // reported below
  }
  throw badInput('after', 'This cursor is not one this list handed out. Start again from the first page.', 'CURSOR_INVALID');
}

/**
 * Users (shared across tenants) and their memberships (per tenant). The
 * methods on a TenantTx hold the rules and serve GraphQL; the ones taking a
 * tenant slug open that transaction for the operator CLI and the seed.
 */
export class IdentityService {
  constructor(
    private readonly db: Database,
    private readonly tenancy: TenancyService,
  ) {}

  /** Operator action: a new user; without a password one is generated and returned once. */
  async createUser(input: { email: string; displayName: string; password?: string }): Promise<NewUser> {
    const email = validEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput('displayName', 'Give the user a name to show in the editor.', 'DISPLAY_NAME_MISSING');
    const password = input.password ?? generatePassword();
    checkPasswordStrength(password, 'password', [email, displayName]);
    const passwordHash = await hashPassword(password);
    const id = randomUUID();
    try {
      await this.db.asPlatform((em) => q.insertUser(em, { id, email, displayName, passwordHash }));
    } catch (e) {
      if (uniqueViolation(e, 'users_email_key'))
        throw conflict(`A user with the e-mail address ${email} already exists.`, 'email', 'EMAIL_TAKEN');
      throw e;
    }
    return { id, email, generatedPassword: input.password ? null : password };
  }

  /** Operator action: a new password (generated when none is given); every session of the user ends. */
  async setPassword(email: string, password?: string): Promise<string | null> {
    const user = await this.userByEmail(email);
    const next = password ?? generatePassword();
    checkPasswordStrength(next, 'password', [user.email]);
    const passwordHash = await hashPassword(next);
    await this.db.asPlatform(async (em) => {
      await q.updatePasswordHash(em, user.id, passwordHash);
      await revokeSessions(em, user.id, null);
    });
    return password ? null : next;
  }

  async userByEmail(email: string): Promise<{ id: string; email: string }> {
    const e = validEmail(email);
    const user = await this.db.asPlatform((em) => q.userByEmail(em, e));
    if (!user) throw notFound(`No user has the e-mail address ${e}.`, 'USER_NOT_FOUND');
    return user;
  }

  /** Operator action: adds the user to the tenant or changes their role; translators name the locales they may write. */
  async setMembership(tenantSlug: string, email: string, role: string, locales: string[], actor: Actor): Promise<MembershipView> {
    validMembershipSpec(role, locales);
    const tenant = await this.tenancy.bySlug(tenantSlug);
    const user = await this.userByEmail(email);
    return this.db.withTenant(tenant.id, async (tx) => {
      const m = await this.putMembership(tx, user.id, role, locales, actor);
      return { tenant: tenant.slug, email: user.email, role: m.role, locales: m.locales };
    });
  }

  /** Operator action: takes a user out of a tenant. */
  async removeMembership(tenantSlug: string, email: string, actor: Actor): Promise<void> {
    const tenant = await this.tenancy.bySlug(tenantSlug);
    const user = await this.userByEmail(email);
    await this.db.withTenant(tenant.id, async (tx) => {
      const member = await this.member(tx, user.id).catch(() => null);
      if (!member) throw notFound(`${user.email} is not a member of ${tenant.slug}.`, 'MEMBER_NOT_FOUND');
      await this.removeMember(tx, user.id, actor);
    });
  }

  async memberships(tenantSlug: string): Promise<MembershipView[]> {
    const tenant = await this.tenancy.bySlug(tenantSlug);
    return this.db.withTenant(tenant.id, async ({ em }) => {
      const rows = await q.membershipList(em);
      return rows.map((r) => ({ tenant: tenant.slug, ...r }));
    });
  }

  /** One member of the tenant of `tx`; NOT_FOUND for anyone else (including members of other tenants). */
  async member({ em }: TenantTx, userId: string): Promise<MemberView> {
    const id = validUuid(userId, 'userId', 'a member');
    const member = await q.memberById(em, id);
    if (!member) throw notFound('This person is not a member of this tenant. Reload the member list.', 'MEMBER_NOT_FOUND');
    return member;
  }

  /** A page of the tenant's members, ordered by e-mail address. */
  async listMembers({ em }: TenantTx, page: { first: number; after?: string | null }): Promise<MemberPage> {
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > 100) {
      throw badInput('first', 'Ask for between 1 and 100 members at a time.', { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: 100 });
    }
    const after = page.after ? parseCursor(page.after) : null;
    const rows = await q.memberPage(em, after, page.first + 1);
    const totalCount = await q.memberCount(em);
    const members = rows.slice(0, page.first);
    return {
      members,
      totalCount,
      hasNextPage: rows.length > page.first,
      endCursor: members.length ? memberCursor(members.at(-1)!) : null,
    };
  }

  /**
   * Gives `userId` the role (and translator locales) in the tenant of `tx`,
   * adding the membership if needed. The last admin cannot be demoted.
   */
  async putMembership(tx: TenantTx, userId: string, role: string, locales: string[], actor: Actor): Promise<MembershipRow> {
    const spec = validMembershipSpec(role, locales);
    await checkTenantLocales(tx, spec.locales);
    const { em, tenantId } = tx;
    const before = await q.membership(tx, userId);
    if (before?.role === 'admin' && spec.role !== 'admin') await this.keepOneAdmin(tx, userId, 'demote');
    await q.upsertMembership(tx, userId, spec);
    await audit(em, tenantId, actor, {
      action: before ? 'membership.update' : 'membership.create',
      subjectType: 'user',
      subjectId: userId,
      diff: { before: before ? { role: before.role, locales: before.locales } : null, after: spec },
    });
    return (await q.membership(tx, userId))!;
  }

  /** Changes the role of an existing member of the tenant of `tx`. */
  async changeMemberRole(tx: TenantTx, userId: string, role: string, locales: string[], actor: Actor): Promise<MemberView> {
    validMembershipSpec(role, locales);
    const member = await this.member(tx, userId);
    await this.putMembership(tx, member.userId, role, locales, actor);
    return this.member(tx, member.userId);
  }

  /** Takes a member out of the tenant of `tx`. The last admin cannot be removed. */
  async removeMember(tx: TenantTx, userId: string, actor: Actor): Promise<MemberView> {
    const member = await this.member(tx, userId);
    if (member.role === 'admin') await this.keepOneAdmin(tx, member.userId, 'remove');
    await q.deleteMembership(tx, member.userId);
    await audit(tx.em, tx.tenantId, actor, {
      action: 'membership.remove',
      subjectType: 'user',
      subjectId: member.userId,
      diff: { before: { role: member.role, locales: member.locales } },
    });
    return member;
  }

  /** Locks the tenant's admin rows, so two admins cannot demote each other at the same moment. */
  private async keepOneAdmin({ em }: TenantTx, userId: string, what: 'demote' | 'remove'): Promise<void> {
    const admins = await q.lockAdmins(em);
    if (admins.length <= 1 && admins.every((a) => a === userId)) {
      throw conflict(
        `This is the tenant's last admin, who cannot be ${what === 'demote' ? 'given another role' : 'removed'}. Make another member admin first.`,
        'userId',
        'LAST_ADMIN',
      );
    }
  }
}
