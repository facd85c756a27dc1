import { getTranslations } from 'next-intl/server';
import { withDraft } from '../../../../../../lib/editor/admin/form-memory';
import { refusal } from '../../../../../../lib/editor/admin/respond';
import { entryControlFor, readEntryForm } from '../../../../../../lib/editor/admin/registry-form';
import {
  RegistryCreateMutation,
  RegistryDeleteMutation,
  RegistryEntryQuery,
  RegistryUpdateMutation,
  RegistryVerifyMutation,
} from '../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../lib/editor/form-action';
import { getTenant } from '../../../../../../lib/site';

/** Save (create or update), delete and mark-as-checked of registry entries: `action` says which. The API allows admins and editors. */
export const POST = formAction(async ({ locale, t, form, field, csrf, redirectTo }) => {
  const ta = await getTranslations({ locale, namespace: 'Editor.admin' });
  const list = `/${locale}/editor/registries`;
  const id = field('id');
  const badForm = t('save.badForm');

  switch (field('action')) {
    case 'verify': {
      const r = await asEditor(
        RegistryVerifyMutation,
        { input: { id, idFormatVerified: undefined, source: undefined, verifiedOn: undefined } },
        csrf,
      );
      if (r.errors.length || !r.data)
        return redirectTo(
          list,
          refusal(r.errors, () => undefined, 'list', badForm, locale),
        );
      return redirectTo(list, { kind: 'status', text: 'entryVerified', section: 'list' });
    }
    case 'delete': {
      const r = await asEditor(RegistryDeleteMutation, { input: { id } }, csrf);
      if (r.errors.length || !r.data)
        return redirectTo(
          list,
          refusal(r.errors, () => undefined, 'list', badForm, locale),
        );
      return redirectTo(list, { kind: 'status', text: 'entryDeleted', section: 'list' });
    }
    case 'save': {
      const tenant = await getTenant();
      const locales = tenant?.locales.map((l) => l.tag) ?? [];
      const regionCodes = tenant?.regions.map((r) => r.code) ?? [];
      const back = id ? `${list}/${id}` : `${list}/new`;
      // An update replaces the whole entry: keep what the form does not show.
      const stored = id ? (await asEditor(RegistryEntryQuery, { id, locale: undefined })).data?.registryEntryForEditors : null;
      if (id && !stored) return redirectTo(list, { kind: 'error', text: ta('registries.notFound'), section: 'list' });
      const entry = readEntryForm(form, locales, {
        lastVerifiedOn: stored?.lastVerifiedOn,
        sample: stored?.sample,
        idFormatVerified: stored?.trialRegistry?.idFormatVerified,
        idFormatSource: stored?.idFormatSource,
        whoPrimaryRegistry: stored?.trialRegistry?.whoPrimaryRegistry,
      });
      const fieldId = (f: string) => entryControlFor(f, locales, regionCodes);
      if (id) {
        const baseVersion = Number(field('version'));
        const r = await asEditor(RegistryUpdateMutation, { input: { id, baseVersion, entry } }, csrf);
        if (r.errors.length || !r.data) {
          const conflict = r.errors[0]?.extensions?.code === 'CONFLICT';
          return redirectTo(
            back,
            conflict
              ? { kind: 'error', text: ta('registries.conflict'), section: 'entry' }
              : await withDraft(refusal(r.errors, fieldId, 'entry', badForm, locale), form),
          );
        }
        return redirectTo(list, { kind: 'status', text: 'entrySaved', section: 'list' });
      }
      const r = await asEditor(RegistryCreateMutation, { input: { entry } }, csrf);
      if (r.errors.length || !r.data) return redirectTo(back, await withDraft(refusal(r.errors, fieldId, 'entry', badForm, locale), form));
      return redirectTo(list, { kind: 'status', text: 'entryCreated', section: 'list' });
    }
    default:
      return redirectTo(list, { kind: 'error', text: badForm, section: 'list' });
  }
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/registries`);
