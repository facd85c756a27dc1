import { getTranslations } from 'next-intl/server';
import type { RegistryEntryQuery } from '@careleaf/schema/web/graphql';
import type { Flash } from '../../../lib/editor/flash';
import { recallDraft } from '../../../lib/editor/admin/form-memory';
import { entryFieldId, entryTextId, REGISTRY_KINDS } from '../../../lib/editor/admin/registry-form';
import { AdminFieldError, adminFieldProps } from './AdminMessage';
import { registryLabels } from './registry-labels';

type Entry = RegistryEntryQuery['registryEntryForEditors'];

/**
 * Create or edit a registry entry: kind, texts per tenant language, regions,
 * identifiers, validity, contact and the kind-specific fields. Posts to
 * registries/submit; the API's problems come back on each control.
 */
export async function RegistryEntryForm({
  locale,
  csrf,
  entry,
  locales,
  regions,
  flash,
}: {
  locale: string;
  csrf: string;
  entry: Entry | null;
  locales: readonly string[];
  regions: readonly { code: string; name: string }[];
  flash: Flash | null;
}) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin.registries' });
  const labels = await registryLabels(locale);
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  // After a refusal: what was typed, else the stored entry.
  const draft = await recallDraft(flash);
  const v = (id: string, stored: string | null | undefined) => (draft ? draft.value(id, '') : (stored ?? ''));
  const textOf = (l: string) => entry?.texts.find((x) => x.locale === l);
  const input = (
    name: Parameters<typeof entryFieldId>[0],
    label: string,
    value: string | null | undefined,
    opts: { type?: string; hint?: string; multiline?: boolean } = {},
  ) => {
    const id = entryFieldId(name);
    const hintId = opts.hint ? `${id}-hint` : undefined;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {opts.multiline ? (
          <textarea id={id} name={id} rows={3} defaultValue={v(id, value)} {...adminFieldProps(flash, id, hintId)} />
        ) : (
          <input
            id={id}
            name={id}
            type={opts.type ?? 'text'}
            defaultValue={v(id, value)}
            autoComplete="off"
            {...adminFieldProps(flash, id, hintId)}
          />
        )}
        {opts.hint ? (
          <p className="hint" id={hintId}>
            {opts.hint}
          </p>
        ) : null}
        <AdminFieldError flash={flash} id={id} />
      </div>
    );
  };
  // noValidate: the API's messages (shown on each field) say more than the browser's bubbles.
  return (
    <form method="post" action={`/${locale}/editor/registries/submit`} className="editor-form" noValidate>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="action" value="save" />
      {entry ? (
        <>
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
        </>
      ) : null}
      <div className="field">
        <label htmlFor={entryFieldId('kind')}>{t('kind')}</label>
        <select
          id={entryFieldId('kind')}
          name={entryFieldId('kind')}
          defaultValue={v(entryFieldId('kind'), entry?.kind ?? 'COUNSELLING_SERVICE')}
          {...adminFieldProps(flash, entryFieldId('kind'))}
        >
          {REGISTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {labels.kind(k)}
            </option>
          ))}
        </select>
        <AdminFieldError flash={flash} id={entryFieldId('kind')} />
      </div>
      <p className="hint" id="entry-texts-hint">
        {t('textsHint')}
      </p>
      {locales.map((l) => (
        <fieldset key={l}>
          <legend>{t('textsLegend', { language: `${languageName.of(l) ?? l} (${l})` })}</legend>
          <div className="field">
            <label htmlFor={entryTextId(l, 'name')}>{t('entryName')}</label>
            <input
              id={entryTextId(l, 'name')}
              name={entryTextId(l, 'name')}
              lang={l}
              defaultValue={v(entryTextId(l, 'name'), textOf(l)?.name)}
              autoComplete="off"
              {...adminFieldProps(flash, entryTextId(l, 'name'), 'entry-texts-hint')}
            />
            <AdminFieldError flash={flash} id={entryTextId(l, 'name')} />
          </div>
          <div className="field">
            <label htmlFor={entryTextId(l, 'description')}>{t('entryDescription')}</label>
            <textarea
              id={entryTextId(l, 'description')}
              name={entryTextId(l, 'description')}
              lang={l}
              rows={3}
              defaultValue={v(entryTextId(l, 'description'), textOf(l)?.description)}
              {...adminFieldProps(flash, entryTextId(l, 'description'))}
            />
            <AdminFieldError flash={flash} id={entryTextId(l, 'description')} />
          </div>
        </fieldset>
      ))}
      <fieldset aria-describedby="entry-regions-hint">
        <legend>{t('regionsLegend')}</legend>
        <p className="hint" id="entry-regions-hint">
          {t('regionsHint')}
        </p>
        {regions.map((r) => {
          const id = `entry-region-${r.code.toLowerCase()}`;
          return (
            <div className="field checkbox" key={r.code}>
              <input
                type="checkbox"
                id={id}
                name="regions"
                value={r.code}
                defaultChecked={draft ? draft.all('regions').includes(r.code) : (entry?.regions.includes(r.code) ?? false)}
                {...adminFieldProps(flash, id)}
              />
              <label htmlFor={id}>
                {r.name} ({r.code})
              </label>
              <AdminFieldError flash={flash} id={id} />
            </div>
          );
        })}
      </fieldset>
      {input('identifiers', t('identifiers'), entry?.identifiers.map((i) => `${i.scheme}: ${i.value}`).join('\n'), {
        multiline: true,
        hint: t('identifiersHint'),
      })}
      {input('key', t('key'), entry?.key, { hint: t('keyHint') })}
      <fieldset aria-describedby="entry-validity-hint">
        <legend>{t('validityLegend')}</legend>
        <p className="hint" id="entry-validity-hint">
          {t('validityHint')}
        </p>
        {input('validFrom', t('validFrom'), entry?.validFrom, { type: 'date' })}
        {input('validUntil', t('validUntil'), entry?.validUntil, { type: 'date' })}
      </fieldset>
      <fieldset>
        <legend>{t('contactLegend')}</legend>
        {input('website', t('website'), entry?.website, { type: 'url' })}
        {input('email', t('email'), entry?.email, { type: 'email' })}
        {input('phone', t('phone'), entry?.phone, { type: 'tel' })}
        {input('address', t('address'), entry?.address, { multiline: true })}
      </fieldset>
      {input('source', t('source'), entry?.source, { hint: t('sourceHint') })}
      {input('tags', t('tags'), entry?.tags.join(', '), { hint: t('tagsHint') })}
      {input('condition', t('condition'), entry?.condition, { hint: t('conditionHint') })}
      {input('legalBasis', t('legalBasis'), entry?.legalBasis)}
      <fieldset>
        <legend>{t('trialLegend')}</legend>
        {input('idFormat', t('idFormat'), entry?.trialRegistry?.idFormat, { hint: t('idFormatHint') })}
        {input('idExample', t('idExample'), entry?.trialRegistry?.idExample)}
      </fieldset>
      <fieldset>
        <legend>{t('careLegend')}</legend>
        {input('certification', t('certification'), entry?.careCentre?.certification)}
        {input('certifier', t('certifier'), entry?.careCentre?.certifier)}
      </fieldset>
      <div className="block-actions">
        <button className="button" type="submit">
          {entry ? t('save') : t('create')}
        </button>
        <a href={`/${locale}/editor/registries`}>{t('back')}</a>
      </div>
    </form>
  );
}
