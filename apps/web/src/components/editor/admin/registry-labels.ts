import { getTranslations } from 'next-intl/server';
import type { RegistryFlag, RegistryKind } from '@careleaf/schema/web/graphql';

/**
 * Names of registry kinds and flags in the UI language: the one label source
 * for registry kinds (an entry's kind, the kind filter, the directory a
 * registryEmbed block shows), one catalog key per kind with the singular and
 * the plural.
 */
export async function registryLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin.registries' });
  const kindNames = (count: number) =>
    ({
      STATUTORY_INSURER: t('kinds.STATUTORY_INSURER', { count }),
      DISEASE_MANAGEMENT_PROGRAMME: t('kinds.DISEASE_MANAGEMENT_PROGRAMME', { count }),
      CLINICAL_TRIAL_REGISTRY: t('kinds.CLINICAL_TRIAL_REGISTRY', { count }),
      CERTIFIED_CARE_CENTRE: t('kinds.CERTIFIED_CARE_CENTRE', { count }),
      COUNSELLING_SERVICE: t('kinds.COUNSELLING_SERVICE', { count }),
      HOTLINE: t('kinds.HOTLINE', { count }),
      PATIENT_ORGANISATION: t('kinds.PATIENT_ORGANISATION', { count }),
    }) satisfies Record<RegistryKind, string>;
  const one = kindNames(1);
  const many = kindNames(2);
  const flags: Record<RegistryFlag, string> = {
    EXPIRED: t('flagNames.EXPIRED'),
    NOT_YET_VALID: t('flagNames.NOT_YET_VALID'),
    VERIFICATION_OVERDUE: t('flagNames.VERIFICATION_OVERDUE'),
    NEVER_VERIFIED: t('flagNames.NEVER_VERIFIED'),
    ID_FORMAT_UNVERIFIED: t('flagNames.ID_FORMAT_UNVERIFIED'),
  };
  return {
    /** One entry's kind ("Hotline"). */
    kind: (k: RegistryKind) => one[k] ?? k,
    /** The directory of a kind ("Hotlines"). */
    directory: (k: RegistryKind) => many[k] ?? k,
    flag: (f: RegistryFlag) => flags[f] ?? f,
  };
}
