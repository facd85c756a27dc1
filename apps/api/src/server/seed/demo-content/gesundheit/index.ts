import type { DemoTenantContent } from '../types';
import { BLOOD_PRESSURE_ARTICLE } from './blutdruck';
import { BREAST_CANCER_ARTICLE } from './brustkrebs';
import { BREAST_CANCER_FAQ } from './brustkrebs/faq';
import { BLOOD_PRESSURE_CITATIONS, BREAST_CANCER_CITATIONS, DIABETES_CITATIONS } from './citations';
import { DIABETES_ARTICLE } from './diabetes';
import { BLOOD_PRESSURE_GLOSSARY, BREAST_CANCER_GLOSSARY, DIABETES_GLOSSARY } from './glossary';

/** The German demo institute: the full breast-cancer article with its FAQ, and two shorter articles. */
export const GESUNDHEIT_CONTENT: DemoTenantContent = {
  tenantSlug: 'gesundheit',
  citations: { ...BREAST_CANCER_CITATIONS, ...DIABETES_CITATIONS, ...BLOOD_PRESSURE_CITATIONS },
  glossary: { ...BREAST_CANCER_GLOSSARY, ...DIABETES_GLOSSARY, ...BLOOD_PRESSURE_GLOSSARY },
  documents: [BREAST_CANCER_ARTICLE, BREAST_CANCER_FAQ, DIABETES_ARTICLE, BLOOD_PRESSURE_ARTICLE],
};
