import type { RegistryKind } from './registry.model';

/** Names of the registry kinds for readers; other locales fall back along the tenant's chain, then to English. */
const LABELS: Record<string, Record<RegistryKind, string>> = {
  de: {
    statutoryInsurer: 'Gesetzliche Krankenkassen',
    diseaseManagementProgramme: 'Strukturierte Behandlungsprogramme (DMP)',
    clinicalTrialRegistry: 'Register für klinische Studien',
    certifiedCareCentre: 'Zertifizierte Behandlungszentren',
    counsellingService: 'Beratung und Unterstützung',
    hotline: 'Telefonische Beratung',
    patientOrganisation: 'Patientenorganisationen und Selbsthilfe',
  },
  en: {
    statutoryInsurer: 'Statutory health insurers',
    diseaseManagementProgramme: 'Disease-management programmes',
    clinicalTrialRegistry: 'Clinical-trial registries',
    certifiedCareCentre: 'Certified care centres',
    counsellingService: 'Counselling and support',
    hotline: 'Helplines',
    patientOrganisation: 'Patient organisations and self-help groups',
  },
};

export function kindLabel(kind: RegistryKind, chain: string[]): { label: string; locale: string } {
  for (const tag of [...chain, 'en']) {
    const hit = LABELS[tag] ?? LABELS[tag.split('-')[0]!];
    if (hit) return { label: hit[kind], locale: LABELS[tag] ? tag : tag.split('-')[0]! };
  }
  return { label: kind, locale: 'en' };
}
