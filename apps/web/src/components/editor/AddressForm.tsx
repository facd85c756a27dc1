import { getTranslations } from 'next-intl/server';
import type { Flash } from '../../lib/editor/flash';
import { recallDraft } from '../../lib/editor/admin/form-memory';
import { SLUG_SUGGESTION } from '../../lib/editor/slug-refusal';
import { SlugField } from './SlugField';

interface AddressFormProps {
  action: string;
  csrf: string;
  lang: string;
  version: number;
  slug: string;
  published: boolean;
  flash: Flash | null;
  uiLocale: string;
}

/**
 * The address (slug) of this language version, in a form of its own so a refused address never
 * touches the content form. A published address stays (links to it must not break): it is shown,
 * with how to change it.
 */
export async function AddressForm({ action, csrf, lang, version, slug, published, flash, uiLocale }: AddressFormProps) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const draft = flash?.field === 'doc-slug' ? await recallDraft(flash) : null;
  return (
    <section aria-labelledby="address-heading">
      <h2 id="address-heading">{t('address.title')}</h2>
      {published ? (
        <p>{t('address.published', { slug })}</p>
      ) : (
        <form method="post" action={action} className="editor-form">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="baseVersion" value={version} />
          <SlugField
            id="doc-slug"
            flash={flash}
            value={draft?.value('slug', slug) ?? slug}
            suggestion={draft?.value(SLUG_SUGGESTION, '') ?? ''}
            label={t('import.slug')}
            hint={t('address.hint')}
            suggestionText={(s) => t('import.suggestion', { slug: s })}
            acceptText={(s) => t('address.useSuggestion', { slug: s })}
          />
          <button className="button" type="submit">
            {t('address.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
