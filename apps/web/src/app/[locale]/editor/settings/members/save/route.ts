import { getTranslations } from 'next-intl/server';
import type { Role } from '@careleaf/schema/web/graphql';
import { fieldErrors, refusal } from '../../../../../../lib/editor/admin/respond';
import { splitList } from '../../../../../../lib/editor/admin/settings-form';
import {
  AdminChangeRoleMutation,
  AdminInviteMutation,
  AdminRemoveMemberMutation,
  AdminRevokeInvitationMutation,
} from '../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import { foreignPost, fromThisSite } from '../../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../../lib/editor/respond';
import type { LocaleRouteContext } from '../../../../../../lib/route-context';

const ROLES: readonly string[] = ['ADMIN', 'EDITOR', 'REVIEWER', 'TRANSLATOR', 'VIEWER'];
const role = (value: string): Role => (ROLES.includes(value) ? (value as Role) : 'VIEWER');

/** Invite, change a role, remove a member, withdraw an invitation: `action` says which. The API allows admins only. */
export async function POST(request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const ta = await getTranslations({ locale, namespace: 'Editor.admin' });
  const form = await request.formData();
  const back = `/${locale}/editor/settings/members`;
  const csrf = field(form, 'csrf');
  const badForm = t('save.badForm');

  switch (field(form, 'action')) {
    case 'invite': {
      const email = field(form, 'email');
      if (!email)
        return redirectWithFlash(request, back, fieldErrors([{ field: 'invite-email', text: ta('members.emailMissing') }], 'invite'));
      const r = await asEditor(
        AdminInviteMutation,
        { input: { email, role: role(field(form, 'role')), locales: splitList(field(form, 'locales')) } },
        csrf,
      );
      if (r.errors.length || !r.data) {
        const map = (f: string) =>
          f === 'email' ? 'invite-email' : f === 'role' ? 'invite-role' : f.startsWith('locales') ? 'invite-locales' : 'invite-email';
        return redirectWithFlash(request, back, refusal(r.errors, map, 'invite', badForm));
      }
      return redirectWithFlash(request, back, { kind: 'status', text: 'invited', section: 'invite' });
    }
    case 'role': {
      const userId = field(form, 'user');
      const r = await asEditor(
        AdminChangeRoleMutation,
        { input: { userId, role: role(field(form, 'role')), locales: splitList(field(form, 'locales')) } },
        csrf,
      );
      if (r.errors.length || !r.data) {
        const map = (f: string) => (f.startsWith('locales') ? `locales-${userId}` : `role-${userId}`);
        const flash = refusal(r.errors, map, 'members', badForm);
        // Refusals without a field (e.g. the last administrator) still belong to this member's role.
        return redirectWithFlash(request, back, flash.field ? flash : { ...flash, field: `role-${userId}` });
      }
      return redirectWithFlash(request, back, { kind: 'status', text: 'roleChanged', section: 'members' });
    }
    case 'remove': {
      const r = await asEditor(AdminRemoveMemberMutation, { input: { userId: field(form, 'user') } }, csrf);
      if (r.errors.length || !r.data)
        return redirectWithFlash(
          request,
          back,
          refusal(r.errors, () => undefined, 'members', badForm),
        );
      return redirectWithFlash(request, back, { kind: 'status', text: 'memberRemoved', section: 'members' });
    }
    case 'revoke': {
      const r = await asEditor(AdminRevokeInvitationMutation, { input: { invitationId: field(form, 'invitation') } }, csrf);
      if (r.errors.length || !r.data)
        return redirectWithFlash(
          request,
          back,
          refusal(r.errors, () => undefined, 'invitations', badForm),
        );
      return redirectWithFlash(request, back, { kind: 'status', text: 'invitationRevoked', section: 'invitations' });
    }
    default:
      return redirectWithFlash(request, back, { kind: 'error', text: badForm, section: 'members' });
  }
}

export async function GET(_request: Request, { params }: LocaleRouteContext) {
  return redirectTo(`/${(await params).locale}/editor/settings/members`);
}
