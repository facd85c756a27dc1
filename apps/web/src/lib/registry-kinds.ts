import type { RegistryKind } from '@careleaf/schema/web/graphql';

/** Every kind of registry the API knows, in the API's order. */
export const REGISTRY_KINDS = [
  'STATUTORY_INSURER',
  'DISEASE_MANAGEMENT_PROGRAMME',
  'CLINICAL_TRIAL_REGISTRY',
  'CERTIFIED_CARE_CENTRE',
  'COUNSELLING_SERVICE',
  'HOTLINE',
  'PATIENT_ORGANISATION',
] as const satisfies readonly RegistryKind[];

// Fails to compile when the API gains a kind this list does not have.
type Missing = Exclude<RegistryKind, (typeof REGISTRY_KINDS)[number]>;
const complete: Missing extends never ? true : never = true;
void complete;

/** A kind in a URL: "CLINICAL_TRIAL_REGISTRY" → "clinical-trial-registry". */
export function kindSlug(kind: RegistryKind): string {
  return kind.toLowerCase().replace(/_/g, '-');
}

/** The kind a URL segment names, or null when it names none. */
export function kindFromSlug(slug: string): RegistryKind | null {
  return REGISTRY_KINDS.find((k) => kindSlug(k) === slug) ?? null;
}

/** The kind of a registryEmbed block ("clinicalTrialRegistry") as the API's enum value. */
export function kindFromBlock(kind: string): RegistryKind | null {
  const upper = kind.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
  return REGISTRY_KINDS.find((k) => k === upper) ?? null;
}

/** Address of a registry's list page. */
export function registryPath(locale: string, kind: RegistryKind): string {
  return `/${locale}/registries/${kindSlug(kind)}`;
}
