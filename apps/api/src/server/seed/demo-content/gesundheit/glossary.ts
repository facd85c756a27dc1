import type { GlossaryEntryInputLike } from '../../../../modules/references';

type Entries = GlossaryEntryInputLike[];
const entries = (de: [string, string, string[]?], en: [string, string, string[]?]): Entries => [
  { locale: 'de', term: de[0], definition: de[1], forms: de[2] ?? [] },
  { locale: 'en', term: en[0], definition: en[1], forms: en[2] ?? [] },
];

/** Terms of the breast-cancer article and FAQ, explained in plain words in German and English. */
export const BREAST_CANCER_GLOSSARY: Record<string, Entries> = {
  metastase: entries(
    [
      'Metastase',
      'Eine Metastase ist eine Absiedlung eines Tumors in einem anderen Organ. Krebszellen lösen sich vom ersten Tumor und wachsen an einer anderen Stelle weiter.',
      ['Metastasen'],
    ],
    [
      'Metastasis',
      'A metastasis is a tumour that has spread to another part of the body. Cancer cells break away from the first tumour and grow somewhere else.',
      ['metastases'],
    ],
  ),
  hormonrezeptor: entries(
    [
      'Hormonrezeptor',
      'Ein Hormonrezeptor ist eine Andockstelle an einer Zelle. Hormone wie Östrogen binden daran. Hat ein Tumor viele solche Stellen, wächst er unter dem Einfluss von Hormonen. Dann kann eine Hormontherapie wirken.',
      ['Hormonrezeptoren'],
    ],
    [
      'Hormone receptor',
      'A hormone receptor is a docking site on a cell. Hormones such as oestrogen bind to it. If a tumour has many of them, hormones help it grow. Then hormone therapy can work.',
      ['hormone receptors'],
    ],
  ),
  her2: entries(
    [
      'HER2',
      'HER2 ist ein Eiweiß auf der Oberfläche von Zellen, das Wachstum anregt. Tragen Krebszellen sehr viel davon, spricht man von HER2-positivem Brustkrebs. Die Abkürzung steht für den englischen Namen „Human Epidermal Growth Factor Receptor 2“.',
    ],
    [
      'HER2',
      'HER2 is a protein on the surface of cells that makes them grow. If cancer cells carry a lot of it, the cancer is called HER2-positive. The letters stand for human epidermal growth factor receptor 2.',
    ],
  ),
  tumorkonferenz: entries(
    [
      'Tumorkonferenz',
      'In einer Tumorkonferenz besprechen Ärztinnen und Ärzte verschiedener Fachrichtungen gemeinsam die Befunde. Danach empfehlen sie eine Behandlung.',
      ['Tumorkonferenzen'],
    ],
    [
      'Tumour board',
      'At a tumour board, doctors from different fields look at the test results together. Then they suggest a treatment.',
      ['tumour boards', 'tumor board'],
    ],
  ),
  aromatasehemmer: entries(
    [
      'Aromatasehemmer',
      'Aromatasehemmer sind Medikamente der Hormontherapie. Sie bremsen ein Enzym, mit dem der Körper Östrogen bildet. So sinkt die Menge an Östrogen.',
    ],
    [
      'Aromatase inhibitor',
      'Aromatase inhibitors are hormone therapy medicines. They block an enzyme the body uses to make oestrogen. This lowers the amount of oestrogen.',
      ['aromatase inhibitors'],
    ],
  ),
  zytostatika: entries(
    [
      'Zytostatikum',
      'Zytostatika sind die Medikamente einer Chemotherapie. Sie hemmen die Teilung von Zellen. Das trifft vor allem Zellen, die sich schnell teilen, wie Krebszellen.',
      ['Zytostatika'],
    ],
    [
      'Cytostatic drug',
      'Cytostatic drugs are the medicines used in chemotherapy. They stop cells from dividing. This mainly affects cells that divide fast, such as cancer cells.',
      ['cytostatic drugs', 'cytostatics'],
    ],
  ),
  fatigue: entries(
    [
      'Fatigue',
      'Fatigue ist eine starke, anhaltende Erschöpfung durch Krebs oder seine Behandlung. Schlaf allein hilft dagegen oft nicht.',
    ],
    [
      'Fatigue',
      'Fatigue is a strong tiredness that does not go away. It is caused by cancer or its treatment. Sleep alone often does not help.',
    ],
  ),
  lymphoedem: entries(
    [
      'Lymphödem',
      'Bei einem Lymphödem staut sich Flüssigkeit im Gewebe, zum Beispiel im Arm. Das kann nach einer Operation oder Bestrahlung von Lymphknoten passieren.',
      ['Lymphödeme'],
    ],
    [
      'Lymphoedema',
      'Lymphoedema is swelling caused by fluid that builds up in the tissue, for example in the arm. It can happen after surgery or radiotherapy to the lymph nodes.',
      ['lymphedema'],
    ],
  ),
  palliativversorgung: entries(
    [
      'Palliativversorgung',
      'Die Palliativversorgung lindert Beschwerden und stärkt die Lebensqualität bei einer Krankheit, die nicht heilbar ist. Sie kümmert sich um Körper, Seele und Alltag.',
    ],
    [
      'Palliative care',
      'Palliative care eases symptoms and supports quality of life when an illness cannot be cured. It looks after the body, the mind and daily life.',
    ],
  ),
  psychoonkologie: entries(
    [
      'Psychoonkologie',
      'Die Psychoonkologie hilft Menschen mit Krebs und ihren Angehörigen, mit den seelischen Folgen der Krankheit umzugehen. Dazu gehören Gespräche, Beratung und Therapie.',
    ],
    [
      'Psycho-oncology',
      'Psycho-oncology helps people with cancer and their families cope with the emotional side of the illness. It offers talks, counselling and therapy.',
      ['psychooncology'],
    ],
  ),
  bisphosphonate: entries(
    [
      'Bisphosphonat',
      'Bisphosphonate sind Medikamente, die den Abbau von Knochen bremsen. Sie stärken Knochen, in denen Metastasen sitzen.',
      ['Bisphosphonate'],
    ],
    [
      'Bisphosphonate',
      'Bisphosphonates are medicines that slow down bone loss. They make bones with metastases stronger.',
      ['bisphosphonates'],
    ],
  ),
  neuropathie: entries(
    [
      'Neuropathie',
      'Eine Neuropathie ist eine Schädigung von Nerven. Sie zeigt sich oft als Kribbeln, Taubheit oder Schmerz in Händen und Füßen.',
    ],
    ['Neuropathy', 'Neuropathy is damage to the nerves. It often causes tingling, numbness or pain in the hands and feet.'],
  ),
  'klinische-studie': entries(
    [
      'Klinische Studie',
      'In einer klinischen Studie wird eine Behandlung nach einem festen Plan mit Freiwilligen geprüft. Eine Ethikkommission muss der Studie vorher zustimmen.',
      ['klinischen Studien', 'klinische Studien'],
    ],
    [
      'Clinical trial',
      'In a clinical trial, a treatment is tested with volunteers according to a fixed plan. An ethics committee must approve the trial first.',
      ['clinical trials'],
    ],
  ),
};

export const DIABETES_GLOSSARY: Record<string, Entries> = {
  hba1c: entries(
    [
      'HbA1c',
      'Der HbA1c ist ein Blutwert. Er zeigt, wie viel roter Blutfarbstoff mit Zucker verbunden ist. Daran sieht man den mittleren Blutzucker der letzten zwei bis drei Monate.',
      ['HbA1c-Wert'],
    ],
    [
      'HbA1c',
      'HbA1c is a blood test. It shows how much of the red blood pigment has sugar attached to it. This tells you your average blood sugar over the last two to three months.',
    ],
  ),
  blutzucker: entries(
    ['Blutzucker', 'Der Blutzucker ist die Menge an Zucker (Glukose) im Blut. Der Körper braucht ihn als Energie.'],
    ['Blood sugar', 'Blood sugar is the amount of sugar (glucose) in the blood. The body uses it for energy.', ['blood glucose']],
  ),
  unterzuckerung: entries(
    [
      'Unterzuckerung',
      'Bei einer Unterzuckerung ist zu wenig Zucker im Blut. Sie kann durch manche Diabetes-Medikamente entstehen. Typisch sind Zittern, Schwitzen und Heißhunger.',
      ['Hypoglykämie', 'Unterzuckerungen'],
    ],
    [
      'Hypoglycaemia',
      'Hypoglycaemia means there is too little sugar in the blood. Some diabetes medicines can cause it. Typical signs are shaking, sweating and sudden hunger.',
      ['low blood sugar', 'hypoglycemia'],
    ],
  ),
};

export const BLOOD_PRESSURE_GLOSSARY: Record<string, Entries> = {
  bluthochdruck: entries(
    [
      'Bluthochdruck',
      'Bei Bluthochdruck ist der Druck in den Blutgefäßen dauerhaft zu hoch. Das belastet Herz, Gehirn, Nieren und Gefäße, auch wenn man nichts spürt.',
      ['Hypertonie'],
    ],
    [
      'High blood pressure',
      'With high blood pressure, the pressure in the blood vessels is too high all the time. This strains the heart, brain, kidneys and vessels, even if you feel nothing.',
      ['hypertension'],
    ],
  ),
  systolisch: entries(
    [
      'Systolischer Blutdruck',
      'Der systolische Blutdruck ist der obere Wert. Er ist der Druck in den Gefäßen, wenn das Herz pumpt.',
      ['systolische Druck', 'systolischer Wert'],
    ],
    [
      'Systolic blood pressure',
      'Systolic blood pressure is the top number. It is the pressure in the vessels when the heart pumps.',
      ['systolic pressure'],
    ],
  ),
  diastolisch: entries(
    [
      'Diastolischer Blutdruck',
      'Der diastolische Blutdruck ist der untere Wert. Er ist der Druck in den Gefäßen, wenn das Herz sich entspannt.',
      ['diastolische Druck', 'diastolischer Wert'],
    ],
    [
      'Diastolic blood pressure',
      'Diastolic blood pressure is the bottom number. It is the pressure in the vessels when the heart relaxes between beats.',
      ['diastolic pressure'],
    ],
  ),
};
