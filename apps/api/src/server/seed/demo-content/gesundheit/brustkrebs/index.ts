import type { DemoDocument } from '../../types';
import { brustkrebsAr } from './ar';
import { brustkrebsDe } from './de';
import { brustkrebsEn } from './en';

/** Who checked the breast-cancer texts. The people are fictional and say so: this is demo content. */
export const BREAST_CANCER_QUALITY: DemoDocument['quality'] = {
  authors: [{ name: 'Dr. med. Anna Demo (fiktive Autorin)', qualification: 'Ärztin und Medizinjournalistin' }],
  reviewers: [
    {
      name: 'Medizinredaktion des Demo-Instituts',
      role: 'internal',
      qualification: 'Redaktion unter ärztlicher Leitung (Fachärztin für Innere Medizin)',
    },
    {
      name: 'Dr. med. Maria Beispiel (fiktive Gutachterin)',
      role: 'externalExpert',
      qualification: 'Fachärztin für Frauenheilkunde und Geburtshilfe, Schwerpunkt gynäkologische Onkologie',
    },
    { name: 'Lesetest mit fünf Patientinnen (Demo)', role: 'userTest', qualification: 'Frauen mit eigener Erfahrung mit Brustkrebs' },
  ],
  lastReviewed: '2026-10-12',
  // Cancer treatment changes fast: a yearly review rather than the tenant's three-year cycle.
  nextReviewDue: '2027-10-12',
  reviewTrigger: 'scheduled',
  conflictsOfInterest: 'Keine. Alle Beteiligten haben erklärt, dass keine Interessenkonflikte bestehen.',
  funding: 'Finanziert aus Eigenmitteln des Demo-Instituts, ohne Geld von Herstellern von Arzneimitteln oder Medizinprodukten.',
  evidenceNotes:
    'Beruht auf der deutschen S3-Leitlinie zum Mammakarzinom und auf internationalen Leitlinien zum fortgeschrittenen Brustkrebs.',
};

export const BREAST_CANCER_ARTICLE: DemoDocument = {
  kind: 'article',
  topics: ['brustkrebs', 'krebs'],
  quality: BREAST_CANCER_QUALITY,
  locales: [
    { locale: 'de', slug: 'metastasierter-brustkrebs-behandlung', content: brustkrebsDe },
    { locale: 'en', slug: 'metastatic-breast-cancer-treatment', content: brustkrebsEn },
    { locale: 'ar', slug: 'metastatic-breast-cancer-treatment', content: brustkrebsAr },
  ],
};
