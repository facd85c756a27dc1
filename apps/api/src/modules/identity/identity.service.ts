import { randomUUID } from 'node:crypto';
import type { Database } from '../../platform/db/database';
import { ROLES, type Role } from '../../platform/access';
import { badInput, conflict, notFound } from '../../platform/errors';
import { uniqueViolation } from '../../platform/db/pg-errors';
import { audit, type Actor } from '../audit/audit.service';
import { canonicalLocale } from '../tenancy/locale';
import type { TenancyService } from '../tenancy/tenant.service';
import { TenantLocale } from '../tenancy/tenant.entity';
import { checkPasswordStrength, generatePassword, hashPassword } from './password';
import { MembershipRow, User } from './user.entity';

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

function validEmail(email: string): string {
  const e = email.trim();
  if (!EMAIL.test(e) || e.length > 254) throw badInput('email', `"${email}" is not an e-mail address.`);
  return e;
}

export function validRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw badInput('role', `"${role}" is not a role. Use one of: ${ROLES.join(', ')}.`);
  }
  return role as Role;
}

/** Users (shared across tenants) and their memberships (per tenant). */
export class IdentityService {
  constructor(
    private readonly db: Database,
    private readonly tenancy: TenancyService,
  ) {}

  /** Operator action: a new user; without a password one is generated and returned once. */
  async createUser(input: { email: string; displayName: string; password?: string }): Promise<NewUser> {
    const email = validEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput('displayName', 'Give the user a name to show in the editor.');
    const password = input.password ?? generatePassword();
    checkPasswordStrength(password);
    const passwordHash = await hashPassword(password);
    const id = randomUUID();
    try {
      await this.db.asPlatform((em) => em.insert(User, { id, email, displayName, passwordHash }));
    } catch (e) {
      if (uniqueViolation(e, 'users_email_key')) throw conflict(`A user with the e-mail address ${email} already exists.`, 'email');
      throw e;
    }
    return { id, email, generatedPassword: input.password ? null : password };
  }

  async setPassword(email: string, password?: string): Promise<string | null> {
    const user = await this.userByEmail(email);
    const next = password ?? generatePassword();
    checkPasswordStrength(next);
    const passwordHash = await hashPassword(next);
    await this.db.asPlatform((em) => em.update(User, { id: user.id }, { passwordHash }));
    return password ? null : next;
  }

  async userByEmail(email: string): Promise<{ id: string; email: string }> {
    const e = validEmail(email);
    const rows: { id: string; email: string }[] = await this.db.asPlatform((em) =>
      em.query(`SELECT id, email FROM users WHERE lower(email) = lower($1)`, [e]),
    );
    if (!rows[0]) throw notFound(`No user has the e-mail address ${e}.`);
    return rows[0];
  }

  /** Adds the user to the tenant or changes their role; translators name the locales they may write. */
  async setMembership(tenantSlug: string, email: string, role: string, locales: string[], actor: Actor): Promise<MembershipView> {
    const validRoleName = validRole(role);
    const tags = locales.map((l, i) => canonicalLocale(l, `locales[${i}]`));
    if (validRoleName === 'translator' && tags.length === 0) {
      throw badInput('locales', 'A translator needs at least one locale they may translate into.');
    }
    if (validRoleName !== 'translator' && tags.length > 0) {
      throw badInput('locales', `Locales limit translators only; a ${validRoleName} works in every locale of the tenant.`);
    }
    const tenant = await this.tenancy.bySlug(tenantSlug);
    const user = await this.userByEmail(email);
    return this.db.withTenant(tenant.id, async ({ em, tenantId }) => {
      const known = (await em.find(TenantLocale, { where: { tenantId } })).map((l) => l.tag);
      const unknown = tags.find((t) => !known.includes(t));
      if (unknown) throw badInput('locales', `"${unknown}" is not a locale of this tenant (${known.join(', ')}).`);
      const before = await em.findOneBy(MembershipRow, { tenantId, userId: user.id });
      await em.upsert(MembershipRow, { tenantId, userId: user.id, role: validRoleName, locales: tags }, ['tenantId', 'userId']);
      await audit(em, tenantId, actor, {
        action: before ? 'membership.update' : 'membership.create',
        subjectType: 'user',
        subjectId: user.id,
        diff: { before: before ? { role: before.role, locales: before.locales } : null, after: { role: validRoleName, locales: tags } },
      });
      return { tenant: tenant.slug, email: user.email, role: validRoleName, locales: tags };
    });
  }

  async removeMembership(tenantSlug: string, email: string, actor: Actor): Promise<void> {
    const tenant = await this.tenancy.bySlug(tenantSlug);
    const user = await this.userByEmail(email);
    await this.db.withTenant(tenant.id, async ({ em, tenantId }) => {
      const result = await em.delete(MembershipRow, { tenantId, userId: user.id });
      if (!result.affected) throw notFound(`${user.email} is not a member of ${tenant.slug}.`);
      await audit(em, tenantId, actor, { action: 'membership.remove', subjectType: 'user', subjectId: user.id });
    });
  }

  async memberships(tenantSlug: string): Promise<MembershipView[]> {
    const tenant = await this.tenancy.bySlug(tenantSlug);
    return this.db.withTenant(tenant.id, async ({ em }) => {
      const rows: { email: string; role: Role; locales: string[] }[] = await em.query(
        `SELECT u.email, m.role, m.locales FROM memberships m JOIN users u ON u.id = m.user_id ORDER BY u.email`,
      );
      return rows.map((r) => ({ tenant: tenant.slug, ...r }));
    });
  }
}
