import { REGISTRY_KINDS as BLOCK_KINDS } from '@careleaf/schema';
import { createTranslator } from 'next-intl';
import { CATALOGS, loadMessages } from '../i18n/catalogs';
import { kindFromBlock, kindFromSlug, kindSlug, REGISTRY_KINDS, registryPath } from './registry-kinds';

test('kinds appear in addresses as lower-case hyphenated words, and come back from them', () => {
  expect(kindSlug('DISEASE_MANAGEMENT_PROGRAMME')).toBe('disease-management-programme');
  expect(registryPath('de', 'CLINICAL_TRIAL_REGISTRY')).toBe('/de/registries/clinical-trial-registry');
  for (const kind of REGISTRY_KINDS) expect(kindFromSlug(kindSlug(kind))).toBe(kind);
  expect(kindFromSlug('CLINICAL_TRIAL_REGISTRY')).toBeNull();
  expect(kindFromSlug('pharmacy')).toBeNull();
});

test('every kind a registryEmbed block can name maps to the API’s kind', () => {
  expect(kindFromBlock('clinicalTrialRegistry')).toBe('CLINICAL_TRIAL_REGISTRY');
  expect(BLOCK_KINDS.map(kindFromBlock)).toEqual(BLOCK_KINDS.map(() => expect.any(String)));
  expect(new Set(BLOCK_KINDS.map(kindFromBlock)).size).toBe(REGISTRY_KINDS.length);
  expect(kindFromBlock('somethingElse')).toBeNull();
});

test.each(Object.keys(CATALOGS))('the %s catalog names each registry kind once, as one entry and as a directory', (catalog) => {
  const messages = loadMessages(catalog);
  expect(Object.keys(messages.Editor.admin.registries.kinds).sort()).toEqual([...REGISTRY_KINDS].sort());
  // The block editor's directory names come from the same keys; there is no second list to drift.
  expect(Object.keys(messages.Editor.embed)).not.toContain('kinds');
  const t = createTranslator({ locale: catalog, messages, namespace: 'Editor.admin.registries' });
  expect(t('kinds.HOTLINE', { count: 1 })).not.toBe('');
  expect(t('kinds.COUNSELLING_SERVICE', { count: 1 })).not.toBe(t('kinds.COUNSELLING_SERVICE', { count: 2 }));
});
