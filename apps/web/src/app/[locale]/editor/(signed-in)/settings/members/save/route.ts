import { getTranslations } from 'next-intl/server';
import type { Role } from '@careleaf/schema/web/graphql';
import { fieldErrors, refusal } from '../../../../../../../lib/editor/admin/respond';
import { splitList } from '../../../../../../../lib/editor/admin/settings-form';
import {
  AdminChangeRoleMutation,
  AdminInviteMutation,
  AdminRemoveMemberMutation,
  AdminResetTwoFactorMutation,
  AdminRevokeInvitationMutation,
} from '../../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';

const ROLES: readonly string[] = ['ADMIN', 'EDITOR', 'REVIEWER', 'TRANSLATOR', 'VIEWER'];
const role = (value: string): Role => (ROLES.includes(value) ? (value as Role) : 'VIEWER');

/** Invite, change a role, remove a member, withdraw an invitation: `action` says which. The API allows admins only. */
export const POST = formAction(async ({ locale, t, field, csrf, redirectTo }) => {
  const ta = await getTranslations({ locale, namespace: 'Editor.admin' });
  const back = `/${locale}/editor/settings/members`;
  const badForm = t('save.badForm');

  switch (field('action')) {
    case 'invite': {
      const email = field('email');
      if (!email) return redirectTo(back, fieldErrors([{ field: 'invite-email', text: ta('members.emailMissing') }], 'invite'));
      const r = await asEditor(
        AdminInviteMutation,
        { input: { email, role: role(field('role')), locales: splitList(field('locales')), locale: field('language') || locale } },
        csrf,
      );
      if (r.errors.length || !r.data) {
        const map = (f: string) =>
          f === 'email' ? 'invite-email' : f === 'role' ? 'invite-role' : f.startsWith('locales') ? 'invite-locales' : 'invite-email';
        return redirectTo(back, refusal(r.errors, map, 'invite', badForm, locale));
      }
      return redirectTo(back, { kind: 'status', text: 'invited', section: 'invite' });
    }
    case 'role': {
      const userId = field('user');
      const r = await asEditor(
        AdminChangeRoleMutation,
        { input: { userId, role: role(field('role')), locales: splitList(field('locales')) } },
        csrf,
      );
      if (r.errors.length || !r.data) {
        const map = (f: string) => (f.startsWith('locales') ? `locales-${userId}` : `role-${userId}`);
        const flash = refusal(r.errors, map, 'members', badForm, locale);
        // Refusals without a field (e.g. the last administrator) still belong to this member's role.
        return redirectTo(back, flash.field ? flash : { ...flash, field: `role-${userId}` });
      }
      return redirectTo(back, { kind: 'status', text: 'roleChanged', section: 'members' });
    }
    case 'remove': {
      const r = await asEditor(AdminRemoveMemberMutation, { input: { userId: field('user') } }, csrf);
      if (r.errors.length || !r.data)
        return redirectTo(
          back,
          refusal(r.errors, () => undefined, 'members', badForm, locale),
        );
      return redirectTo(back, { kind: 'status', text: 'memberRemoved', section: 'members' });
    }
    case 'resetTwoFactor': {
      const r = await asEditor(AdminResetTwoFactorMutation, { input: { userId: field('user') } }, csrf);
      if (r.errors.length || !r.data)
        return redirectTo(
          back,
          refusal(r.errors, () => undefined, 'members', badForm, locale),
        );
      const text = r.data.resetMemberTwoFactor.hadTwoFactor ? 'twoFactorReset' : 'twoFactorWasOff';
      return redirectTo(back, { kind: 'status', text, section: 'members' });
    }
    case 'revoke': {
      const r = await asEditor(AdminRevokeInvitationMutation, { input: { invitationId: field('invitation') } }, csrf);
      if (r.errors.length || !r.data)
        return redirectTo(
          back,
          refusal(r.errors, () => undefined, 'invitations', badForm, locale),
        );
      return redirectTo(back, { kind: 'status', text: 'invitationRevoked', section: 'invitations' });
    }
    default:
      return redirectTo(back, { kind: 'error', text: badForm, section: 'members' });
  }
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/settings/members`);
