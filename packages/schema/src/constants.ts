/** Plain values shared by the validators and the web app (no zod here, so the web bundle stays free of it). */

/** http(s), mailto, tel, or a site-relative path; never javascript: or data: */
export const SAFE_HREF = /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+|tel:\+?[0-9 ()-]+|\/[^\s<>"]*|#[A-Za-z][\w-]*)$/;

/**
 * Callout kinds, modelled on the NHS care cards (information, non-urgent
 * "see a doctor", urgent "see a doctor today"; the emergency level is its own
 * block kind), plus a caution. Listed from least to most urgent.
 */
export const CALLOUT_VARIANTS = ['info', 'warning', 'seeDoctor', 'urgent'] as const;
export type CalloutVariant = (typeof CALLOUT_VARIANTS)[number];

export const REGISTRY_KINDS = [
  'statutoryInsurer',
  'diseaseManagementProgramme',
  'clinicalTrialRegistry',
  'certifiedCareCentre',
  'counsellingService',
  'hotline',
  'patientOrganisation',
] as const;
