import type { DocumentContent } from '@careleaf/schema';
import { callout, h2, li, ol, p, sources } from '../blocks';
import type { DemoDocument, Refs } from '../types';

const SOURCES = ['esh-2023', 'nice-ng136', 'hochdruckliga'];

const de = (r: Refs): DocumentContent => ({
  title: 'Bluthochdruck: Blutdruck richtig messen',
  summary: 'Wie Sie zu Hause verlässliche Werte bekommen und was die beiden Zahlen bedeuten.',
  blocks: [
    p(
      'p-intro',
      'Wer ',
      r.term('bluthochdruck', 'Bluthochdruck'),
      ' hat, sollte den Blutdruck auch zu Hause messen. So sehen Sie und Ihre Praxis, wie gut die Behandlung wirkt. Damit die Werte stimmen, kommt es auf ein paar Regeln an.',
      r.cite('esh-2023'),
    ),
    h2('h-regeln', 'So messen Sie richtig'),
    ol('l-regeln', [
      li('Meiden Sie eine halbe Stunde vorher Rauchen, Kaffee und Sport.'),
      li('Setzen Sie sich bequem hin und ruhen Sie fünf Minuten.'),
      li('Stellen Sie beide Füße auf den Boden. Schlagen Sie die Beine nicht übereinander.'),
      li('Legen Sie die Manschette am Oberarm an, auf Höhe des Herzens.'),
      li('Sprechen Sie während der Messung nicht.'),
      li('Messen Sie zweimal, mit einer Minute Pause. Schreiben Sie beide Werte auf.'),
      li('Messen Sie morgens und abends, vor einem Termin am besten eine Woche lang.'),
    ]),
    callout(
      'c-geraet',
      'info',
      ['Das richtige Gerät'],
      [p('p-geraet', 'Nehmen Sie ein geprüftes Gerät mit Manschette für den Oberarm. Die Manschette muss zu Ihrem Arm passen.')],
    ),
    h2('h-zahlen', 'Was die Zahlen bedeuten'),
    p(
      'p-zahlen',
      'Der obere Wert ist der ',
      r.term('systolisch', 'systolische Druck'),
      '. Er entsteht, wenn das Herz pumpt. Der untere Wert ist der ',
      r.term('diastolisch', 'diastolische Druck'),
      '. Er entsteht, wenn das Herz sich entspannt. Zu Hause gelten niedrigere Grenzen als in der Praxis. Ab 135 zu 85 mmHg gilt der Druck zu Hause als zu hoch.',
      r.cite('esh-2023', 'nice-ng136'),
    ),
    callout(
      'c-notfall',
      'urgent',
      ['Wann Sie sofort Hilfe brauchen'],
      [
        p(
          'p-notfall',
          'Sehr hohe Werte mit Schmerzen in der Brust, Atemnot, starken Kopfschmerzen, Sehstörungen oder Lähmungen können ein Notfall sein. Rufen Sie dann sofort den Notruf 112. Messen Sie sehr hohe Werte ohne Beschwerden, sprechen Sie noch am selben Tag mit Ihrer Praxis.',
        ),
      ],
    ),
    h2('h-quellen', 'Quellen'),
    sources('s-quellen', SOURCES.map(r.citationId)),
  ],
});

const en = (r: Refs): DocumentContent => ({
  title: 'High blood pressure: measuring it the right way',
  summary: 'How to get reliable readings at home and what the two numbers mean.',
  blocks: [
    p(
      'p-intro',
      'If you have ',
      r.term('bluthochdruck', 'high blood pressure'),
      ', you should also measure it at home. This shows you and your doctor how well the treatment works. A few simple rules make the readings right.',
      r.cite('esh-2023'),
    ),
    h2('h-regeln', 'How to measure'),
    ol('l-regeln', [
      li('Do not smoke, drink coffee or exercise for half an hour before.'),
      li('Sit down in comfort and rest for five minutes.'),
      li('Put both feet flat on the floor. Do not cross your legs.'),
      li('Put the cuff on your upper arm, at the height of your heart.'),
      li('Do not talk while you measure.'),
      li('Measure twice, with a one-minute break. Write down both readings.'),
      li('Measure in the morning and the evening, ideally for a week before a visit.'),
    ]),
    callout(
      'c-geraet',
      'info',
      ['The right device'],
      [p('p-geraet', 'Use a tested device with a cuff for the upper arm. The cuff must fit your arm.')],
    ),
    h2('h-zahlen', 'What the numbers mean'),
    p(
      'p-zahlen',
      'The top number is the ',
      r.term('systolisch', 'systolic pressure'),
      '. It comes from the heart pumping. The bottom number is the ',
      r.term('diastolisch', 'diastolic pressure'),
      '. It comes from the heart relaxing. At home, lower limits apply than at the doctor’s. At home, 135 over 85 mmHg or more counts as too high.',
      r.cite('esh-2023', 'nice-ng136'),
    ),
    callout(
      'c-notfall',
      'urgent',
      ['When you need help at once'],
      [
        p(
          'p-notfall',
          'Very high readings with chest pain, shortness of breath, a bad headache, problems seeing or paralysis can be an emergency. Then call 112 at once. If you get very high readings without any of these, talk to your doctor the same day.',
        ),
      ],
    ),
    h2('h-quellen', 'Sources'),
    sources('s-quellen', SOURCES.map(r.citationId)),
  ],
});

export const BLOOD_PRESSURE_ARTICLE: DemoDocument = {
  kind: 'article',
  topics: ['bluthochdruck', 'herz-kreislauf'],
  quality: {
    authors: [{ name: 'Dr. med. Anna Demo (fiktive Autorin)', qualification: 'Ärztin und Medizinjournalistin' }],
    reviewers: [
      { name: 'Medizinredaktion des Demo-Instituts', role: 'internal', qualification: 'Redaktion unter ärztlicher Leitung' },
      { name: 'Lesetest mit vier Betroffenen (Demo)', role: 'userTest', qualification: 'Menschen, die ihren Blutdruck zu Hause messen' },
    ],
    lastReviewed: '2026-08-31',
    reviewTrigger: 'scheduled',
    conflictsOfInterest: 'Keine.',
    funding: 'Finanziert aus Eigenmitteln des Demo-Instituts.',
  },
  locales: [
    { locale: 'de', slug: 'bluthochdruck-blutdruck-messen', content: de },
    { locale: 'en', slug: 'high-blood-pressure-measuring', content: en },
  ],
};
