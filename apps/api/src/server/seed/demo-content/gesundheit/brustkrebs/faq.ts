import type { DocumentContent } from '@careleaf/schema';
import { callout, faq, li, onlyIn, p, sources, ul } from '../../blocks';
import type { DemoDocument, Refs } from '../../types';
import { BREAST_CANCER_QUALITY } from '.';

const FAQ_SOURCES = ['eso-esmo-abc5', 'esmo-mbc-2021', 's3-mammakarzinom', 's3-psychoonkologie', 'drks', 'who-ictrp'];

const faqDe = (r: Refs): DocumentContent => ({
  title: 'Metastasierter Brustkrebs: Häufige Fragen',
  summary: 'Kurze Antworten auf Fragen, die Frauen mit metastasiertem Brustkrebs oft stellen.',
  blocks: [
    // Urgent advice first, where nobody has to open a question to find it.
    callout(
      'c-notfall',
      'urgent',
      ['Rufen Sie sofort an bei:'],
      [
        ul('l-notfall', [
          li('Fieber ab 38 Grad während einer Chemotherapie'),
          li('Atemnot oder Schmerzen in der Brust'),
          li('Neuer starker Schwäche oder Taubheit in den Beinen'),
        ]),
      ],
    ),
    faq(
      'q-heilbar',
      ['Ist metastasierter Brustkrebs heilbar?'],
      [
        p(
          'a-heilbar',
          'Meist nicht. Aber er ist gut behandelbar. Viele Frauen leben damit viele Jahre. Das Ziel ist ein gutes Leben mit der Krankheit, trotz ',
          r.term('metastase', 'Metastasen'),
          '.',
          r.cite('eso-esmo-abc5'),
        ),
      ],
    ),
    faq(
      'q-dauer',
      ['Wie lange dauert die Behandlung?'],
      [
        p(
          'a-dauer',
          'Meist so lange, wie sie wirkt und Sie sie gut vertragen. Wirkt ein Mittel nicht mehr, wechselt man zum nächsten. Oft gibt es mehrere Möglichkeiten nacheinander.',
          r.cite('esmo-mbc-2021'),
        ),
      ],
    ),
    faq(
      'q-chemo',
      ['Brauche ich auf jeden Fall eine Chemotherapie?'],
      [
        p(
          'a-chemo',
          'Nein, nicht immer. Hat der Tumor Hormonrezeptoren, steht oft eine Hormontherapie am Anfang. Was für Sie passt, hängt vom Tumor und Ihren Beschwerden ab.',
          r.cite('s3-mammakarzinom'),
        ),
      ],
    ),
    faq(
      'q-fatigue',
      ['Was kann ich selbst gegen die ständige Müdigkeit tun?'],
      [
        p(
          'a-fatigue',
          'Diese Müdigkeit heißt ',
          r.term('fatigue', 'Fatigue'),
          '. Leichte Bewegung an den meisten Tagen hilft vielen. Planen Sie Pausen ein. Sagen Sie Ihrem Team Bescheid, denn auch Blutarmut kann müde machen.',
        ),
      ],
    ),
    faq(
      'q-studie',
      ['Kann ich an einer Studie teilnehmen?'],
      [
        p(
          'a-studie',
          'Vielleicht. Ob eine ',
          r.term('klinische-studie', 'klinische Studie'),
          ' zu Ihnen passt, hängt von Ihrem Tumor und Ihren Behandlungen ab. Fragen Sie Ihr Team. Studien stehen in öffentlichen Registern.',
          r.cite('drks', 'who-ictrp'),
        ),
      ],
    ),
    faq(
      'q-seele',
      ['Wer hilft mir, wenn mich die Krankheit seelisch belastet?'],
      [
        p(
          'a-seele',
          'Fachleute für ',
          r.term('psychoonkologie', 'Psychoonkologie'),
          ', Krebsberatungsstellen und Gruppen für Betroffene. Auch Ihre Angehörigen können dort Rat finden. Sie müssen das nicht allein tragen.',
          r.cite('s3-psychoonkologie'),
        ),
      ],
    ),
    faq(
      'q-kosten',
      ['Wer bezahlt die Behandlung?'],
      [
        onlyIn(
          'r-kosten',
          ['DE'],
          [p('a-kosten-de', 'Die gesetzliche Krankenkasse zahlt die empfohlenen Behandlungen. Für manche Leistungen gibt es Zuzahlungen.')],
          [
            p(
              'a-kosten-sonst',
              'Das ist in jedem Land anders. Fragen Sie Ihre Krankenversicherung oder Ihren örtlichen Gesundheitsdienst.',
            ),
          ],
        ),
      ],
    ),
    sources('s-faq', FAQ_SOURCES.map(r.citationId)),
  ],
});

const faqEn = (r: Refs): DocumentContent => ({
  title: 'Metastatic breast cancer: common questions',
  summary: 'Short answers to questions that people with metastatic breast cancer often ask.',
  blocks: [
    // Urgent advice first, where nobody has to open a question to find it.
    callout(
      'c-notfall',
      'urgent',
      ['Call at once if you have:'],
      [
        ul('l-notfall', [
          li('A temperature of 38 °C or higher during chemotherapy'),
          li('Shortness of breath or chest pain'),
          li('New, strong weakness or numbness in the legs'),
        ]),
      ],
    ),
    faq(
      'q-heilbar',
      ['Can metastatic breast cancer be cured?'],
      [
        p(
          'a-heilbar',
          'Most often not. But it can be treated well. Many women live with it for many years. The aim is a good life with the illness, despite the ',
          r.term('metastase', 'metastases'),
          '.',
          r.cite('eso-esmo-abc5'),
        ),
      ],
    ),
    faq(
      'q-dauer',
      ['How long does treatment last?'],
      [
        p(
          'a-dauer',
          'Mostly as long as it works and you cope well with it. If a drug stops working, you switch to the next one. There are often several options, one after the other.',
          r.cite('esmo-mbc-2021'),
        ),
      ],
    ),
    faq(
      'q-chemo',
      ['Will I have to have chemotherapy?'],
      [
        p(
          'a-chemo',
          'No, not always. If the tumour has hormone receptors, hormone therapy often comes first. What suits you depends on the tumour and your symptoms.',
          r.cite('s3-mammakarzinom'),
        ),
      ],
    ),
    faq(
      'q-fatigue',
      ['What can I do about feeling tired all the time?'],
      [
        p(
          'a-fatigue',
          'This tiredness is called ',
          r.term('fatigue', 'fatigue'),
          '. Light exercise on most days helps many people. Plan breaks. Tell your team, because a lack of blood can also make you tired.',
        ),
      ],
    ),
    faq(
      'q-studie',
      ['Can I take part in a trial?'],
      [
        p(
          'a-studie',
          'Maybe. Whether a ',
          r.term('klinische-studie', 'clinical trial'),
          ' suits you depends on your tumour and your treatments. Ask your team. Trials are listed in public registers.',
          r.cite('drks', 'who-ictrp'),
        ),
      ],
    ),
    faq(
      'q-seele',
      ['Who can help me when the illness weighs on my mind?'],
      [
        p(
          'a-seele',
          'Experts in ',
          r.term('psychoonkologie', 'psycho-oncology'),
          ', cancer advice centres and groups for people with cancer. Your family can get advice there too. You do not have to carry this alone.',
          r.cite('s3-psychoonkologie'),
        ),
      ],
    ),
    faq(
      'q-kosten',
      ['Who pays for the treatment?'],
      [
        onlyIn(
          'r-kosten',
          ['DE'],
          [p('a-kosten-de', 'Statutory health insurance pays for the recommended treatments. For some services you pay a small share.')],
          [p('a-kosten-sonst', 'This differs from country to country. Ask your health insurer or your local health service.')],
        ),
      ],
    ),
    sources('s-faq', FAQ_SOURCES.map(r.citationId)),
  ],
});

export const BREAST_CANCER_FAQ: DemoDocument = {
  kind: 'faq',
  topics: ['brustkrebs', 'krebs'],
  quality: BREAST_CANCER_QUALITY,
  locales: [
    { locale: 'de', slug: 'metastasierter-brustkrebs-fragen', content: faqDe },
    { locale: 'en', slug: 'metastatic-breast-cancer-questions', content: faqEn },
  ],
};
