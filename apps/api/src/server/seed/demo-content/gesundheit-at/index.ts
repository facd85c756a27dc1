import type { DocumentContent } from '@careleaf/schema';
import { abbr, h2, li, p, sources, ul } from '../blocks';
import type { DemoTenantContent, Refs } from '../types';

const ACCESSED = '2026-10-12';
const SOURCES = ['sozialversicherung', 'gesundheit-gv'];
const TITLE = 'Vorsorgeuntersuchung: Was wird untersucht?';
const SUMMARY = 'Wer die kostenlose Vorsorgeuntersuchung machen kann, was dabei geschieht und was Sie mitbringen.';

/** The article in standard German, the source of the Austrian variant. */
const de = (r: Refs): DocumentContent => ({
  title: TITLE,
  summary: SUMMARY,
  blocks: [
    p(
      'p-intro',
      'Die ',
      r.term('vorsorgeuntersuchung', 'Vorsorgeuntersuchung'),
      ' ist ein Gesundheits-Check für Erwachsene. Alle Menschen ab 18 Jahren mit Wohnsitz in Österreich können sie einmal im Jahr machen. Sie ist kostenlos. Sie soll Risiken und Krankheiten früh finden, bevor sie Probleme machen.',
      r.cite('sozialversicherung'),
    ),
    h2('h-ablauf', 'Was wird gemacht?'),
    ul('l-ablauf', [
      li('Ein Gespräch über Ihre Gesundheit und Ihren Alltag'),
      li('Die Ärztin oder der Arzt misst zum Beispiel Blutdruck und Gewicht.'),
      li('Ein Test des Bluts, zum Beispiel auf Zucker und ', r.term('cholesterin', 'Cholesterin')),
      li('Ab 50 Jahren ein Test auf Blut im Stuhl. Er soll Darmkrebs früh finden.'),
    ]),
    h2('h-mitbringen', 'Was Sie mitbringen'),
    p(
      'p-mitbringen',
      'Nehmen Sie Ihre ',
      r.term('e-card', 'e-card'),
      ' mit in die Praxis. Die Kosten übernimmt Ihre Krankenkasse.',
      r.cite('sozialversicherung'),
    ),
    h2('h-danach', 'Nach der Untersuchung'),
    p(
      'p-danach',
      'Sie besprechen die Ergebnisse mit Ihrer Ärztin oder Ihrem Arzt. Sie bekommen Tipps für einen gesunden Alltag. Wenn nötig, folgen weitere Untersuchungen.',
      r.cite('gesundheit-gv'),
    ),
    h2('h-quellen', 'Quellen'),
    sources('s-quellen', SOURCES.map(r.citationId)),
  ],
});

/**
 * The Austrian variant holds only what differs from the standard German text
 * (Austrian words for the doctor's practice and the insurer); per-block
 * locale fallback (de-AT → de) supplies the rest once it is built.
 */
const deAt = (r: Refs): DocumentContent => ({
  title: TITLE,
  summary: SUMMARY,
  blocks: [
    p(
      'p-mitbringen',
      'Nehmen Sie Ihre ',
      r.term('e-card', 'e-card'),
      ' mit in die Ordination. Die Kosten übernimmt die Sozialversicherung, zum Beispiel die ',
      abbr('ÖGK', 'Österreichische Gesundheitskasse'),
      '.',
      r.cite('sozialversicherung', 'oegk'),
    ),
  ],
});

/** The Austrian partner: one short article with a regional variant. */
export const GESUNDHEIT_AT_CONTENT: DemoTenantContent = {
  tenantSlug: 'gesundheit-at',
  citations: {
    sozialversicherung: {
      kind: 'webPage',
      title: 'Österreichische Sozialversicherung',
      organisation: 'Dachverband der Sozialversicherungsträger',
      url: 'https://www.sozialversicherung.at',
      accessedOn: ACCESSED,
    },
    'gesundheit-gv': {
      kind: 'webPage',
      title: 'Gesundheitsportal Österreich',
      url: 'https://www.gesundheit.gv.at',
      accessedOn: ACCESSED,
    },
    oegk: {
      kind: 'webPage',
      title: 'Österreichische Gesundheitskasse',
      url: 'https://www.gesundheitskasse.at',
      accessedOn: ACCESSED,
    },
  },
  glossary: {
    vorsorgeuntersuchung: [
      {
        locale: 'de',
        term: 'Vorsorgeuntersuchung',
        definition:
          'Die Vorsorgeuntersuchung ist ein kostenloser Gesundheits-Check für Erwachsene in Österreich. Sie soll Risiken früh erkennen.',
        forms: ['Gesundenuntersuchung'],
      },
      {
        locale: 'en',
        term: 'Preventive check-up',
        definition: 'The preventive check-up is a free health check for adults in Austria. It aims to find risks early.',
      },
    ],
    'e-card': [
      {
        locale: 'de',
        term: 'e-card',
        definition: 'Die e-card ist die Karte der österreichischen Sozialversicherung. Sie zeigen sie bei Arztbesuchen vor.',
      },
      { locale: 'en', term: 'e-card', definition: 'The e-card is the Austrian social insurance card. You show it when you see a doctor.' },
    ],
    cholesterin: [
      {
        locale: 'de',
        term: 'Cholesterin',
        definition: 'Cholesterin ist ein Fett im Blut. Zu viel davon kann die Blutgefäße schädigen.',
      },
      { locale: 'en', term: 'Cholesterol', definition: 'Cholesterol is a fat in the blood. Too much of it can harm the blood vessels.' },
    ],
  },
  documents: [
    {
      kind: 'article',
      topics: ['vorsorge'],
      quality: {
        authors: [{ name: 'Mag. Lena Muster (fiktive Autorin)', qualification: 'Gesundheitswissenschaftlerin' }],
        reviewers: [
          {
            name: 'Redaktion Patienteninformation Österreich (Demo)',
            role: 'internal',
            qualification: 'Redaktion unter ärztlicher Leitung',
          },
        ],
        lastReviewed: '2026-09-07',
        reviewTrigger: 'scheduled',
        conflictsOfInterest: 'Keine.',
        funding: 'Finanziert aus Eigenmitteln der Demo-Organisation.',
      },
      locales: [
        { locale: 'de', slug: 'vorsorgeuntersuchung', content: de },
        { locale: 'de-AT', slug: 'vorsorgeuntersuchung', content: deAt },
      ],
    },
  ],
};
