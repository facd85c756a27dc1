import { getTranslations } from 'next-intl/server';
import type { RegistryFlag, RegistryKind } from '@careleaf/schema/web/graphql';

/** Names of registry kinds and flags in the UI language. */
export async function registryLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin.registries' });
  const kinds: Record<RegistryKind, string> = {
    STATUTORY_INSURER: t('kinds.STATUTORY_INSURER'),
    DISEASE_MANAGEMENT_PROGRAMME: t('kinds.DISEASE_MANAGEMENT_PROGRAMME'),
    CLINICAL_TRIAL_REGISTRY: t('kinds.CLINICAL_TRIAL_REGISTRY'),
    CERTIFIED_CARE_CENTRE: t('kinds.CERTIFIED_CARE_CENTRE'),
    COUNSELLING_SERVICE: t('kinds.COUNSELLING_SERVICE'),
    HOTLINE: t('kinds.HOTLINE'),
    PATIENT_ORGANISATION: t('kinds.PATIENT_ORGANISATION'),
  };
  const flags: Record<RegistryFlag, string> = {
    EXPIRED: t('flagNames.EXPIRED'),
    NOT_YET_VALID: t('flagNames.NOT_YET_VALID'),
    VERIFICATION_OVERDUE: t('flagNames.VERIFICATION_OVERDUE'),
    NEVER_VERIFIED: t('flagNames.NEVER_VERIFIED'),
    ID_FORMAT_UNVERIFIED: t('flagNames.ID_FORMAT_UNVERIFIED'),
  };
  return { kind: (k: RegistryKind) => kinds[k] ?? k, flag: (f: RegistryFlag) => flags[f] ?? f };
}
