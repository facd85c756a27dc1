import { FORMULAS, readability, textStats, type TextStats } from './readability';
import { syllableCounter } from './syllables';
import { sentences, words } from './text';

// Each sample is short enough to count by hand. The comments give the counts
// per sentence as "word(syllables)" and the arithmetic of the formula; the
// tests check both the counts the library finds and the resulting score.

describe('English: Flesch Reading Ease and Flesch–Kincaid grade', () => {
  // S1: Breast(1) cancer(2) treatment(2) depends(2) on(1) the(1) stage(1) of(1) the(1) disease(2)  → 10 words, 14 syllables
  // S2: Your(1) doctor(2) will(1) explain(2) the(1) options(2)                                    →  6 words,  9 syllables
  // S3: Ask(1) questions(2) whenever(3) something(2) is(1) unclear(2)                              →  6 words, 11 syllables
  // W = 22, S = 3, Syl = 34; ASL = 22/3 = 7.3333, ASW = 34/22 = 1.5455
  // FRE  = 206.835 − 1.015 × 7.3333 − 84.6 × 1.5455 = 206.835 − 7.4433 − 130.7455 = 68.6462
  // FKGL = 0.39 × 7.3333 + 11.8 × 1.5455 − 15.59      = 2.8600 + 18.2364 − 15.59    = 5.5064
  const text =
    'Breast cancer treatment depends on the stage of the disease. Your doctor will explain the options. Ask questions whenever something is unclear.';

  test('counts 22 words, 3 sentences and 34 syllables', () => {
    expect(textStats([text], 'en', 'en')).toMatchObject({ words: 22, sentences: 3, syllables: 34 });
  });

  test('gives Reading Ease 68.65 and grade 5.51', () => {
    const info = readability([text], 'en', 'en');
    expect(info.scores.map((s) => s.name)).toEqual(['fleschReadingEase', 'fleschKincaidGrade']);
    expect(info.scores[0]!.value).toBeCloseTo(68.6462, 3);
    expect(info.scores[1]!.value).toBeCloseTo(5.5064, 3);
    expect(info.syllableMethod).toBe('dictionary');
  });
});

describe('German: Amstad and the first Wiener Sachtextformel', () => {
  // S1: Die(1) Be-hand-lung(3) rich-tet(2) sich(1) nach(1) dem(1) Sta-di-um(3) der(1) Er-kran-kung(3) → 9 words, 16 syllables
  // S2: Spre-chen(2) Sie(1) of-fen(2) mit(1) Ih-rer(2) Ärz-tin(2)                                   → 6 words, 10 syllables
  // S3: Fra-gen(2) Sie(1) nach(1) wenn(1) Sie(1) et-was(2) nicht(1) ver-ste-hen(3)                   → 8 words, 12 syllables
  // W = 23, S = 3, Syl = 38; ASL = 7.6667, ASW = 38/23 = 1.6522
  // Amstad = 180 − 7.6667 − 58.5 × 1.6522 = 180 − 7.6667 − 96.6522 = 75.6812
  // WSTF:
  //   ≥ 3 syllables: Behandlung, Stadium, Erkrankung, verstehen          = 4  → MS = 400/23 = 17.3913 %
  //   > 6 letters:   Behandlung, richtet, Stadium, Erkrankung, Sprechen, verstehen = 6 → IW = 600/23 = 26.0870 %
  //   1 syllable:    Die sich nach dem der | Sie mit | Sie nach wenn Sie nicht = 12 → ES = 1200/23 = 52.1739 %
  //   SL = 7.6667
  //   WSTF = 0.1935 × 17.3913 + 0.1672 × 7.6667 + 0.1297 × 26.0870 − 0.0327 × 52.1739 − 0.875
  //        = 3.3652 + 1.2819 + 3.3835 − 1.7061 − 0.875 = 5.4495
  const text =
    'Die Behandlung richtet sich nach dem Stadium der Erkrankung. Sprechen Sie offen mit Ihrer Ärztin. Fragen Sie nach, wenn Sie etwas nicht verstehen.';

  test('counts words, sentences, syllables and the WSTF word classes', () => {
    expect(textStats([text], 'de', 'de')).toEqual({
      words: 23,
      sentences: 3,
      letters: 120,
      syllables: 38,
      polysyllables: 4,
      monosyllables: 12,
      longWords: 6,
    });
  });

  test('gives Amstad 75.68 and WSTF 5.45', () => {
    const [amstad, wstf] = readability([text], 'de-DE', 'de').scores;
    expect(amstad).toMatchObject({ name: 'amstad' });
    expect(amstad!.value).toBeCloseTo(75.6812, 3);
    expect(wstf).toMatchObject({ name: 'wienerSachtextformel' });
    expect(wstf!.value).toBeCloseTo(5.4495, 3);
  });
});

describe('Spanish: Fernández-Huerta', () => {
  // S1: El(1) tra-ta-mien-to(4) de-pen-de(3) del(1) es-ta-dio(3)                  → 5 words, 12 syllables
  // S2: Ha-ble(2) con(1) su(1) mé-di-co(3) so-bre(2) los(1) e-fec-tos(3)          → 7 words, 13 syllables
  // W = 12, S = 2, Syl = 25; ASL = 6, ASW = 2.0833
  // FH = 206.84 − 60 × 2.0833 − 1.02 × 6 = 206.84 − 125 − 6.12 = 75.72
  const text = 'El tratamiento depende del estadio. Hable con su médico sobre los efectos.';

  test('counts 12 words, 2 sentences, 25 syllables and scores 75.72', () => {
    expect(textStats([text], 'es', 'es')).toMatchObject({ words: 12, sentences: 2, syllables: 25 });
    expect(readability([text], 'es', 'es').scores[0]!.value).toBeCloseTo(75.72, 3);
  });
});

describe('French: Kandel–Moles', () => {
  // Syllables are written vowel nuclei, without a final mute e (stade, votre).
  // S1: Le(1) trai-te-ment(3) dé-pend(2) du(1) stade(1) de(1) la(1) ma-la-die(3) → 8 words, 13 syllables
  // S2: Par-lez(2) a-vec(2) votre(1) mé-de-cin(3)                                → 4 words,  8 syllables
  // W = 12, S = 2, Syl = 21; ASL = 6, ASW = 1.75
  // KM = 207 − 1.015 × 6 − 73.6 × 1.75 = 207 − 6.09 − 128.8 = 72.11
  const text = 'Le traitement dépend du stade de la maladie. Parlez avec votre médecin.';

  test('counts 12 words, 2 sentences, 21 syllables and scores 72.11', () => {
    expect(textStats([text], 'fr', 'fr')).toMatchObject({ words: 12, sentences: 2, syllables: 21 });
    expect(readability([text], 'fr', 'fr').scores[0]!.value).toBeCloseTo(72.11, 3);
  });
});

describe('Italian: Gulpease', () => {
  // Letters: Il(2) trattamento(11) dipende(7) dallo(5) stadio(6) della(5) malattia(8) = 44
  //          Parli(5) con(3) il(2) suo(3) medico(6)                                     = 19
  // W = 12, S = 2, L = 63
  // Gulpease = 89 + (300 × 2 − 10 × 63) / 12 = 89 + (600 − 630) / 12 = 89 − 2.5 = 86.5
  const text = 'Il trattamento dipende dallo stadio della malattia. Parli con il suo medico.';

  test('counts 12 words, 2 sentences, 63 letters and scores 86.5', () => {
    expect(textStats([text], 'it', 'it')).toMatchObject({ words: 12, sentences: 2, letters: 63, syllables: null });
    expect(readability([text], 'it', 'it').scores[0]!.value).toBeCloseTo(86.5, 6);
  });
});

describe('Dutch: Flesch–Douma', () => {
  // S1: De(1) be-han-de-ling(4) hangt(1) af(1) van(1) het(1) sta-di-um(3)         → 7 words, 12 syllables
  // S2: Praat(1) met(1) uw(1) arts(1) o-ver(2) de(1) bij-wer-kin-gen(4)            → 7 words, 11 syllables
  // W = 14, S = 2, Syl = 23; ASL = 7, ASW = 1.642857
  // FD = 206.835 − 0.93 × 7 − 77 × 1.642857 = 206.835 − 6.51 − 126.5 = 73.825
  const text = 'De behandeling hangt af van het stadium. Praat met uw arts over de bijwerkingen.';

  test('counts 14 words, 2 sentences, 23 syllables and scores 73.825', () => {
    expect(textStats([text], 'nl', 'nl')).toMatchObject({ words: 14, sentences: 2, syllables: 23 });
    expect(readability([text], 'nl', 'nl').scores[0]!.value).toBeCloseTo(73.825, 3);
  });
});

describe('the formulas as published', () => {
  // W = 100, S = 5, Syl = 150, L = 500; ≥ 3 syllables 10, 1 syllable 60, > 6 letters 20
  // so ASL = 20, ASW = 1.5, MS = 10 %, ES = 60 %, IW = 20 %.
  const s: TextStats = { words: 100, sentences: 5, syllables: 150, letters: 500, polysyllables: 10, monosyllables: 60, longWords: 20 };
  test.each([
    ['fleschReadingEase', 59.635], //    206.835 − 1.015 × 20 − 84.6 × 1.5 = 206.835 − 20.3 − 126.9
    ['fleschKincaidGrade', 9.91], //     0.39 × 20 + 11.8 × 1.5 − 15.59 = 7.8 + 17.7 − 15.59
    ['amstad', 72.25], //                180 − 20 − 58.5 × 1.5 = 180 − 20 − 87.75
    ['wienerSachtextformel', 5.036], //  0.1935 × 10 + 0.1672 × 20 + 0.1297 × 20 − 0.0327 × 60 − 0.875 = 1.935 + 3.344 + 2.594 − 1.962 − 0.875
    ['fernandezHuerta', 96.44], //       206.84 − 60 × 1.5 − 1.02 × 20 = 206.84 − 90 − 20.4
    ['kandelMoles', 76.3], //            207 − 1.015 × 20 − 73.6 × 1.5 = 207 − 20.3 − 110.4
    ['gulpease', 54], //                 89 + (300 × 5 − 10 × 500) / 100 = 89 − 35
    ['fleschDouma', 72.735], //          206.835 − 0.93 × 20 − 77 × 1.5 = 206.835 − 18.6 − 115.5
  ] as const)('%s gives %d', (name, expected) => {
    expect(FORMULAS[name](s)).toBeCloseTo(expected, 9);
  });
});

describe('languages without a formula', () => {
  test('Polish reports word and sentence length only', () => {
    const info = readability(['Porozmawiaj z lekarzem o leczeniu. Zapytaj o skutki uboczne.'], 'pl', 'pl');
    expect(info).toMatchObject({ words: 9, sentences: 2, syllables: null, syllableMethod: null, scores: [] });
    expect(info.averageSentenceLength).toBeCloseTo(4.5, 9);
  });
});

describe('splitting text', () => {
  test('German abbreviations and ordinals do not end a sentence', () => {
    expect(sentences('Das gilt z. B. für Dr. Müller. Am 5. März ist ca. 1 Std. Pause. Ende.', 'de', 'de')).toEqual([
      'Das gilt z. B. für Dr. Müller.',
      'Am 5. März ist ca. 1 Std. Pause.',
      'Ende.',
    ]);
  });

  test('a hyphenated compound is one word and numbers are not words', () => {
    expect(words('Die Brustkrebs-Therapie kostet 3,5 Prozent mehr.', 'de')).toEqual([
      'Die',
      'Brustkrebs-Therapie',
      'kostet',
      'Prozent',
      'mehr',
    ]);
  });

  test('syllables: hyphenation patterns split hiatus that vowel rules alone would merge', () => {
    const de = syllableCounter('de')!;
    expect(['Museum', 'geeignet', 'Abend', 'Ehe', 'Chemotherapie'].map((w) => de.count(w))).toEqual([3, 3, 2, 2, 5]);
    const es = syllableCounter('es')!;
    expect(['leer', 'país', 'quimioterapia', 'guerra', 'hoy'].map((w) => es.count(w))).toEqual([2, 2, 5, 2, 1]);
  });
});
