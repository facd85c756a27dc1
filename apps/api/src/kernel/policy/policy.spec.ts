import { AppError } from '../errors';
import { ACTIONS, POLICY, authorize, can, roleMay, type Principal, type Role } from '.';

const member = (role: Role, locales: string[] = [], userId: string | null = 'u-1'): Principal => ({
  userId,
  label: `${role}@example.org`,
  role,
  locales,
});

function refusal(fn: () => void): { code: string; message: string } | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    throw e;
  }
}

describe('the policy table', () => {
  test('names every action once, each with at least one role, and admins may do everything', () => {
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
    for (const action of ACTIONS) {
      expect(POLICY[action].roles.length).toBeGreaterThan(0);
      expect(roleMay('admin', action)).toBe(true);
    }
  });

  test('viewers only read (and choose their own notification e-mails), not the citation or media libraries', () => {
    const viewer = ACTIONS.filter((a) => roleMay('viewer', a)).sort();
    expect(viewer).toEqual(['document.read', 'notification.own', 'registry.read', 'termbase.read']);
  });

  test('a translator edits and submits only in their own locales', () => {
    const translator = member('translator', ['en', 'fr']);
    for (const action of ['translation.edit', 'translation.submit'] as const) {
      expect(can(translator, action, { locale: 'en' })).toBe(true);
      expect(can(translator, action, { locale: 'de' })).toBe(false);
      expect(can(translator, action)).toBe(false);
    }
    expect(refusal(() => authorize(translator, 'translation.edit', { locale: 'de' }))).toEqual({
      code: 'FORBIDDEN',
      message: 'As a translator you may edit only in your locales (en, fr), not in de.',
    });
    expect(refusal(() => authorize(member('translator'), 'translation.submit', { locale: 'de' }))?.message).toMatch(
      /only in your locales \(none\)/,
    );
  });

  test('editors and admins edit every locale; the locale rule is for translators only', () => {
    for (const role of ['admin', 'editor'] as const) expect(can(member(role), 'translation.edit', { locale: 'de' })).toBe(true);
  });

  test('nobody approves a change they made themselves; someone else may', () => {
    for (const role of ['admin', 'reviewer'] as const) {
      expect(can(member(role), 'translation.approve', { locale: 'de', changedBySelf: true })).toBe(false);
      expect(can(member(role), 'translation.approve', { locale: 'de', changedBySelf: false })).toBe(true);
    }
    expect(refusal(() => authorize(member('reviewer'), 'translation.approve', { changedBySelf: true }))).toEqual({
      code: 'FORBIDDEN',
      message: 'You changed this version yourself, so someone else must approve it.',
    });
    // Sending back is not approval: the four-eyes rule does not apply.
    expect(can(member('reviewer'), 'translation.sendBack', { changedBySelf: true })).toBe(true);
  });

  test('a role outside the table is refused with the roles to ask instead', () => {
    expect(refusal(() => authorize(member('editor'), 'translation.approve'))).toEqual({
      code: 'FORBIDDEN',
      message: 'Your role (editor) may not approve. Ask someone with the role admin or reviewer.',
    });
    expect(refusal(() => authorize(member('viewer'), 'media.upload'))?.message).toBe(
      'Your role (viewer) may not upload images. Ask someone with the role admin or editor.',
    );
  });

  test('operator tooling (system) may do everything, in any locale, without the four-eyes rule', () => {
    const system: Principal = { userId: null, label: 'cli:ops', role: 'system', locales: [] };
    for (const action of ACTIONS) expect(can(system, action, { locale: 'de', changedBySelf: true })).toBe(true);
  });
});
