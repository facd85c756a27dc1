import { pick } from './prng.ts';

// Word pools in the register of patient information; sentences are random but read like text.
const WORDS: Record<string, string[]> = {
  de: 'Behandlung Therapie Nebenwirkungen Ärztin Arzt Untersuchung Krankenkasse Chemotherapie Hormontherapie Operation Bestrahlung Beratung Studie Krebs Brust Lymphknoten Medikament Schmerzen Müdigkeit Ernährung Bewegung Familie Entscheidung Nutzen Risiko Behandlungsplan Nachsorge Kontrolle Wirkung Dosis Tablette Infusion Woche Monat Jahr häufig selten meist manchmal wichtig möglich sinnvoll gemeinsam ausführlich persönlich wirkt hilft lindert verringert verlängert schützt erklärt bespricht entscheidet fragt die der das eine einen mit bei nach vor während für gegen ohne und oder aber auch oft sehr'.split(
    ' ',
  ),
  en: 'treatment therapy side effects doctor examination insurance chemotherapy hormone therapy surgery radiotherapy counselling study cancer breast lymph nodes medicine pain tiredness nutrition exercise family decision benefit risk plan follow-up check effect dose tablet infusion week month year often rarely usually sometimes important possible useful together detailed personal works helps relieves reduces extends protects explains discusses decides asks the a an with for after before during against without and or but also often very'.split(
    ' ',
  ),
  ar: 'العلاج الدواء الطبيب الفحص التأمين الكيميائي الهرموني الجراحة الإشعاع الاستشارة الدراسة السرطان الثدي الألم التعب التغذية الحركة العائلة القرار الفائدة الخطر الخطة المتابعة الأثر الجرعة أسبوع شهر سنة غالبا أحيانا مهم ممكن مفيد معا يساعد يخفف يقلل يشرح يناقش في من على مع بعد قبل و أو لكن أيضا'.split(
    ' ',
  ),
};

export function sentence(rand: () => number, locale: string, words = 8 + Math.floor(rand() * 10)): string {
  const pool = WORDS[locale] ?? WORDS.en!;
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rand, pool));
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

export function paragraphText(rand: () => number, locale: string, sentences = 3 + Math.floor(rand() * 3)): string {
  return Array.from({ length: sentences }, () => sentence(rand, locale)).join(' ');
}

/**
 * Words for the search scenario: the German nouns of the vocabulary (capitalised,
 * none a stop word), each in nearly every German translation, so every query is
 * a "common word" search that matches most of a tenant's documents.
 */
export const SEARCH_WORDS_DE: readonly string[] = WORDS.de!.filter((w) => /^[A-ZÄÖÜ]/.test(w));
