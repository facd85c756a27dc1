/** Plain values shared by the validators and the web app (no zod here, so the web bundle stays free of it). */

/** http(s), mailto, tel, or a site-relative path; never javascript: or data: */
export const SAFE_HREF = /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+|tel:\+?[0-9 ()-]+|\/[^\s<>"]*|#[A-Za-z][\w-]*)$/;

export const CALLOUT_VARIANTS = ['info', 'warning', 'seeDoctor'] as const;

export const REGISTRY_KINDS = [
  'statutoryInsurer',
  'diseaseManagementProgramme',
  'clinicalTrialRegistry',
  'certifiedCareCentre',
  'counsellingService',
  'hotline',
  'patientOrganisation',
] as const;
