import { REGISTRY_KINDS as BLOCK_KINDS } from '@careleaf/schema';
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
