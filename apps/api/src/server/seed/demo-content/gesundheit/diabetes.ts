import type { DocumentContent } from '@careleaf/schema';
import { abbr, callout, h2, onlyIn, p, sources } from '../blocks';
import type { DemoDocument, Refs } from '../types';

const SOURCES = ['nvl-typ-2-diabetes', 'nice-ng28', 'gesundheitsinformation'];

const de = (r: Refs): DocumentContent => ({
  title: 'Typ-2-Diabetes: Was bedeutet der HbA1c-Wert?',
  summary: 'Was der Langzeit-Blutzuckerwert zeigt, wie er gemessen wird und warum Ihr Ziel zu Ihnen passen muss.',
  blocks: [
    p(
      'p-intro',
      'Der ',
      r.term('hba1c', 'HbA1c-Wert'),
      ' zeigt, wie hoch Ihr ',
      r.term('blutzucker', 'Blutzucker'),
      ' in den letzten zwei bis drei Monaten im Mittel war. Er heißt deshalb auch Langzeit-Blutzucker. Eine einzelne Messung zeigt dagegen nur den Moment.',
      r.cite('nvl-typ-2-diabetes'),
    ),
    h2('h-messung', 'Wie wird der Wert gemessen?'),
    p(
      'p-messung',
      'Dafür wird etwas Blut abgenommen. Sie müssen dafür nicht nüchtern sein. Das Ergebnis steht in Prozent oder in Millimol pro Mol.',
      r.cite('gesundheitsinformation'),
    ),
    h2('h-werte', 'Was sagen die Zahlen?'),
    p(
      'p-werte',
      'Bei Menschen ohne Diabetes liegt der Wert meist unter 5,7 Prozent. Ein Wert ab 6,5 Prozent spricht für Diabetes. Für die Diagnose braucht es aber zwei auffällige Messungen.',
      r.cite('nvl-typ-2-diabetes'),
    ),
    h2('h-ziel', 'Welcher Wert ist Ihr Ziel?'),
    p(
      'p-ziel',
      'Es gibt kein festes Ziel für alle. Sie legen es mit Ihrer Ärztin oder Ihrem Arzt fest. Dabei zählen Ihr Alter, andere Krankheiten und Ihre Wünsche. Ein sehr niedriger Wert ist nicht immer besser. Dann steigt das Risiko für eine ',
      r.term('unterzuckerung', 'Unterzuckerung'),
      '.',
      r.cite('nvl-typ-2-diabetes', 'nice-ng28'),
    ),
    callout(
      'c-kontrolle',
      'info',
      ['Wie oft wird gemessen?'],
      [p('p-kontrolle', 'Meist alle drei bis sechs Monate. Bringen Sie Ihren Diabetes-Pass zu den Terminen mit.')],
    ),
    callout(
      'c-unterzucker',
      'urgent',
      ['Anzeichen einer Unterzuckerung'],
      [
        p(
          'p-unterzucker',
          'Zittern, Schwitzen, Heißhunger oder Verwirrtheit können eine Unterzuckerung anzeigen. Essen Sie dann sofort Traubenzucker. Wird jemand bewusstlos, rufen Sie den Notruf 112.',
        ),
      ],
    ),
    callout(
      'c-praxis',
      'seeDoctor',
      ['Wann Sie Ihre Praxis fragen sollten'],
      [
        p(
          'p-praxis',
          'Sprechen Sie mit Ihrer Praxis, wenn Ihr HbA1c-Wert mehrmals über Ihrem Zielwert liegt, wenn Sie oft großen Durst haben oder oft Wasser lassen müssen.',
        ),
      ],
    ),
    onlyIn(
      'r-dmp',
      ['DE'],
      [
        p(
          'p-dmp',
          'Die gesetzlichen Krankenkassen bieten ein ',
          abbr('DMP', 'Disease-Management-Programm'),
          ' für Typ-2-Diabetes an. Dort werden Sie regelmäßig untersucht und geschult. Fragen Sie Ihre Hausarztpraxis danach.',
        ),
      ],
      [
        p(
          'p-dmp-sonst',
          'Fragen Sie Ihre Krankenversicherung oder Ihren örtlichen Gesundheitsdienst nach Schulungen für Menschen mit Diabetes.',
        ),
      ],
    ),
    h2('h-quellen', 'Quellen'),
    sources('s-quellen', SOURCES.map(r.citationId)),
  ],
});

const en = (r: Refs): DocumentContent => ({
  title: 'Type 2 diabetes: what does the HbA1c value mean?',
  summary: 'What the long-term blood sugar value shows, how it is measured and why your target must suit you.',
  blocks: [
    p(
      'p-intro',
      'The ',
      r.term('hba1c', 'HbA1c'),
      ' value shows your average ',
      r.term('blutzucker', 'blood sugar'),
      ' over the last two to three months. So it is also called long-term blood sugar. A single finger-prick test only shows the moment.',
      r.cite('nvl-typ-2-diabetes'),
    ),
    h2('h-messung', 'How is it measured?'),
    p(
      'p-messung',
      'A small blood sample is taken. You do not need to fast for it. The result is given as a percentage or in millimoles per mole.',
      r.cite('gesundheitsinformation'),
    ),
    h2('h-werte', 'What do the numbers mean?'),
    p(
      'p-werte',
      'In people without diabetes the value is most often below 5.7 percent. A value of 6.5 percent or more points to diabetes. But two high results are needed for the diagnosis.',
      r.cite('nvl-typ-2-diabetes'),
    ),
    h2('h-ziel', 'What is your target?'),
    p(
      'p-ziel',
      'There is no fixed target for everyone. You agree on it with your doctor. Your age, other illnesses and your wishes all count. A very low value is not always better. Then the risk of ',
      r.term('unterzuckerung', 'low blood sugar'),
      ' goes up.',
      r.cite('nvl-typ-2-diabetes', 'nice-ng28'),
    ),
    callout(
      'c-kontrolle',
      'info',
      ['How often is it checked?'],
      [p('p-kontrolle', 'Most often every three to six months. Bring your diabetes record book to your visits.')],
    ),
    callout(
      'c-unterzucker',
      'urgent',
      ['Signs of low blood sugar'],
      [
        p(
          'p-unterzucker',
          'Shaking, sweating, sudden hunger or confusion can be signs of low blood sugar. Then eat glucose tablets at once. If someone passes out, call 112.',
        ),
      ],
    ),
    callout(
      'c-praxis',
      'seeDoctor',
      ['When to ask your practice'],
      [
        p(
          'p-praxis',
          'Talk to your practice if your HbA1c value is above your target several times, if you are often very thirsty or need to pass water often.',
        ),
      ],
    ),
    onlyIn(
      'r-dmp',
      ['DE'],
      [
        p(
          'p-dmp',
          'Statutory health insurers offer a ',
          abbr('DMP', 'disease management programme'),
          ' for type 2 diabetes. You get regular check-ups and training. Ask your family doctor about it.',
        ),
      ],
      [p('p-dmp-sonst', 'Ask your health insurer or your local health service about training for people with diabetes.')],
    ),
    h2('h-quellen', 'Sources'),
    sources('s-quellen', SOURCES.map(r.citationId)),
  ],
});

export const DIABETES_ARTICLE: DemoDocument = {
  kind: 'article',
  topics: ['diabetes'],
  quality: {
    authors: [{ name: 'Dr. med. Anna Demo (fiktive Autorin)', qualification: 'Ärztin und Medizinjournalistin' }],
    reviewers: [
      { name: 'Medizinredaktion des Demo-Instituts', role: 'internal', qualification: 'Redaktion unter ärztlicher Leitung' },
      {
        name: 'Dr. med. Jonas Muster (fiktiver Gutachter)',
        role: 'externalExpert',
        qualification: 'Facharzt für Innere Medizin und Diabetologie',
      },
    ],
    lastReviewed: '2026-09-21',
    reviewTrigger: 'scheduled',
    conflictsOfInterest: 'Keine.',
    funding: 'Finanziert aus Eigenmitteln des Demo-Instituts.',
  },
  locales: [
    { locale: 'de', slug: 'typ-2-diabetes-hba1c', content: de },
    { locale: 'en', slug: 'type-2-diabetes-hba1c', content: en },
  ],
};
