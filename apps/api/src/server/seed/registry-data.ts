import type { RegistryEntrySpec } from '../../modules/registries';

/**
 * Demo registry entries: facts only, in our own words. Nothing here has been
 * checked by an editor, so no entry carries a last-verified date: editors see
 * every entry flagged until someone checks it against its source. Trial-id
 * formats are marked verified only where the registry itself states them.
 * Entries are for Germany (DE), Austria (AT), or every region ([]); each
 * tenant gets those for the regions it serves.
 */
const BREAST_CANCER = 'breast-cancer';

const FICTIONAL_DE = 'Fiktiver Beispieleintrag für die Demo – keine echte Einrichtung.';
const FICTIONAL_EN = 'Fictional sample entry for the demo – not a real centre.';

export const DEMO_REGISTRY_ENTRIES: RegistryEntrySpec[] = [
  // Germany: statutory insurance and the breast-cancer DMP
  {
    key: 'dmp-brustkrebs',
    kind: 'diseaseManagementProgramme',
    regions: ['DE'],
    condition: BREAST_CANCER,
    legalBasis: '§ 137f SGB V',
    website: 'https://www.g-ba.de/',
    source: 'Gemeinsamer Bundesausschuss (G-BA): DMP-Anforderungen-Richtlinie, Anlage 3 (Brustkrebs); G-BA press release of 15 June 2023',
    tags: ['dmp'],
    texts: [
      {
        locale: 'de',
        name: 'Disease-Management-Programm (DMP) Brustkrebs',
        description:
          'Strukturiertes Behandlungsprogramm der gesetzlichen Krankenkassen für Patientinnen mit Brustkrebs. Die Teilnahme ist freiwillig; die Einschreibung läuft über eine teilnehmende Arztpraxis. Was das Programm enthalten muss, legt der Gemeinsame Bundesausschuss fest.',
      },
      {
        locale: 'en',
        name: 'Disease-management programme (DMP) for breast cancer',
        description:
          'A structured treatment programme that statutory health insurers offer to women with breast cancer. Taking part is voluntary; you enrol through a participating doctor. The Federal Joint Committee (G-BA) sets what the programme must include.',
      },
    ],
  },
  {
    key: 'gkv-kassen',
    kind: 'statutoryInsurer',
    regions: ['DE'],
    website: 'https://www.gkv-spitzenverband.de/',
    source: 'GKV-Spitzenverband (umbrella association of the statutory health insurers)',
    texts: [
      {
        locale: 'de',
        name: 'Gesetzliche Krankenkassen (Übersicht des GKV-Spitzenverbands)',
        description:
          'Der GKV-Spitzenverband vertritt alle gesetzlichen Krankenkassen und veröffentlicht eine Liste der Kassen. Fragen zu Leistungen und zur Teilnahme an einem DMP beantwortet die eigene Krankenkasse.',
      },
      {
        locale: 'en',
        name: 'Statutory health insurers (overview by the GKV-Spitzenverband)',
        description:
          'The GKV-Spitzenverband represents all statutory health insurers and publishes a list of them. Your own insurer answers questions about benefits and about joining a DMP.',
      },
    ],
  },

  // Clinical-trial registries
  {
    key: 'drks',
    kind: 'clinicalTrialRegistry',
    regions: ['DE'],
    website: 'https://drks.de/',
    source: 'Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM): questions and answers on the DRKS',
    idFormat: 'DRKS########',
    idExample: 'DRKS00012345',
    idFormatVerified: false,
    whoPrimary: true,
    tags: ['national'],
    texts: [
      {
        locale: 'de',
        name: 'Deutsches Register Klinischer Studien (DRKS)',
        description:
          'Das von der WHO anerkannte Primärregister für Deutschland, geführt vom BfArM. Es verzeichnet patientenorientierte klinische Studien, die in Deutschland laufen; die Suche ist kostenlos und auf Deutsch und Englisch möglich.',
      },
      {
        locale: 'en',
        name: 'German Clinical Trials Register (DRKS)',
        description:
          'The WHO-recognised primary registry for Germany, run by the Federal Institute for Drugs and Medical Devices (BfArM). It lists patient-oriented clinical studies conducted in Germany; searching is free, in German and English.',
      },
    ],
  },
  {
    key: 'eu-ctis',
    kind: 'clinicalTrialRegistry',
    regions: ['DE', 'AT'],
    website: 'https://euclinicaltrials.eu/',
    source: 'European Medicines Agency: Clinical Trials Information System; Regulation (EU) No 536/2014',
    idFormat: '####-######-##-##',
    idExample: '2023-500123-12-00',
    idFormatVerified: false,
    idFormatSource: 'Seen in third-party descriptions of EU CT numbers only; not confirmed from the European Medicines Agency',
    whoPrimary: null,
    tags: ['eu'],
    texts: [
      {
        locale: 'de',
        name: 'EU-Informationssystem für klinische Prüfungen (CTIS)',
        description:
          'Über CTIS werden klinische Prüfungen von Arzneimitteln in der EU und im EWR beantragt und veröffentlicht (Verordnung (EU) Nr. 536/2014). Das gilt auch für Studien in Deutschland und Österreich. Die öffentliche Suche betreibt die Europäische Arzneimittel-Agentur.',
      },
      {
        locale: 'en',
        name: 'EU Clinical Trials Information System (CTIS)',
        description:
          'Clinical trials of medicines in the EU and EEA are applied for and published through CTIS (Regulation (EU) No 536/2014), including trials in Germany and Austria. The European Medicines Agency runs the public search.',
      },
    ],
  },
  {
    key: 'eu-ctr',
    kind: 'clinicalTrialRegistry',
    regions: ['DE', 'AT'],
    website: 'https://www.clinicaltrialsregister.eu/',
    source: 'European Medicines Agency: EudraCT',
    idFormat: '####-######-##',
    idExample: '2010-012345-67',
    idFormatVerified: true,
    idFormatSource:
      'EudraCT’s own description of the EudraCT number (year, six-digit sequence, check digits), as published by a national medicines agency',
    whoPrimary: null,
    tags: ['eu'],
    texts: [
      {
        locale: 'de',
        name: 'EU-Register klinischer Prüfungen (EudraCT, ältere Studien)',
        description:
          'Öffentliches Register der EU für Arzneimittelstudien, die noch nach der früheren Richtlinie 2001/20/EG genehmigt wurden. Neue Studien erscheinen in CTIS.',
      },
      {
        locale: 'en',
        name: 'EU Clinical Trials Register (EudraCT, older trials)',
        description:
          'The EU’s public register of medicine trials authorised under the former Directive 2001/20/EC. New trials appear in CTIS.',
      },
    ],
  },
  {
    key: 'clinicaltrials-gov',
    kind: 'clinicalTrialRegistry',
    regions: [],
    website: 'https://clinicaltrials.gov/',
    source: 'ClinicalTrials.gov glossary (U.S. National Library of Medicine)',
    idFormat: 'NCT########',
    idExample: 'NCT01234567',
    idFormatVerified: true,
    idFormatSource: 'ClinicalTrials.gov glossary entry for the NCT number',
    whoPrimary: null,
    tags: ['international'],
    texts: [
      {
        locale: 'de',
        name: 'ClinicalTrials.gov',
        description:
          'Studienregister der US-amerikanischen National Library of Medicine mit Studien aus aller Welt, auch aus Deutschland und Österreich. Die Einträge sind auf Englisch.',
      },
      {
        locale: 'en',
        name: 'ClinicalTrials.gov',
        description:
          'Trial registry of the U.S. National Library of Medicine, with studies from all over the world, including Germany and Austria. Entries are in English.',
      },
    ],
  },
  {
    key: 'isrctn',
    kind: 'clinicalTrialRegistry',
    regions: [],
    website: 'https://www.isrctn.com/',
    source: 'ISRCTN registry; WHO registry network profile of ISRCTN',
    idFormat: 'ISRCTN########',
    idExample: 'ISRCTN12345678',
    idFormatVerified: true,
    idFormatSource: 'ISRCTN scheme documentation by the registry operator (prefix ISRCTN and an eight-digit number)',
    whoPrimary: true,
    tags: ['international'],
    texts: [
      {
        locale: 'de',
        name: 'ISRCTN-Register',
        description:
          'Internationales Studienregister mit Sitz im Vereinigten Königreich, das Studien aus allen Ländern aufnimmt. Es gehört zu den Primärregistern der WHO; die Einträge sind auf Englisch.',
      },
      {
        locale: 'en',
        name: 'ISRCTN registry',
        description:
          'International study registry based in the United Kingdom that accepts studies from every country. It is one of the WHO primary registries; entries are in English.',
      },
    ],
  },
  {
    key: 'who-ictrp',
    kind: 'clinicalTrialRegistry',
    regions: [],
    website: 'https://trialsearch.who.int/',
    source: 'World Health Organization: International Clinical Trials Registry Platform (ICTRP)',
    whoPrimary: null,
    tags: ['international'],
    texts: [
      {
        locale: 'de',
        name: 'WHO-Suchportal für klinische Studien (ICTRP)',
        description:
          'Die Weltgesundheitsorganisation führt hier die Einträge der Register ihres Netzwerks zusammen, sodass sich Studien aus vielen Ländern auf einmal suchen lassen. Die WHO registriert selbst keine Studien.',
      },
      {
        locale: 'en',
        name: 'WHO trial search portal (ICTRP)',
        description:
          'The World Health Organization brings together the records of the registries in its network, so studies from many countries can be searched at once. WHO does not register trials itself.',
      },
    ],
  },

  // Certified breast-cancer centres: fictional samples only
  ...(
    [
      [
        'beispiel-brustzentrum-musterstadt',
        'Beispiel-Brustzentrum Musterstadt (fiktiv)',
        'Sample breast centre Musterstadt (fictional)',
        'Musterstraße 1, 10000 Musterstadt',
        null,
      ],
      [
        'beispiel-brustzentrum-nordstadt',
        'Beispiel-Brustzentrum am Klinikum Nordstadt (fiktiv)',
        'Sample breast centre at Nordstadt hospital (fictional)',
        'Am Beispielpark 5, 20000 Nordstadt',
        null,
      ],
      [
        'beispiel-brustzentrum-altstadt',
        'Beispiel-Brustzentrum Altstadt (fiktiv, Zertifikat abgelaufen)',
        'Sample breast centre Altstadt (fictional, certificate expired)',
        'Alter Markt 3, 30000 Altstadt',
        '2024-12-31',
      ],
    ] as const
  ).map(([key, de, en, address, validUntil]): RegistryEntrySpec => ({
    key,
    kind: 'certifiedCareCentre',
    regions: ['DE'],
    sample: true,
    condition: BREAST_CANCER,
    certification: 'Brustkrebszentrum (DKG)',
    certifier: 'OnkoZert im Auftrag der Deutschen Krebsgesellschaft',
    address,
    website: `https://${key}.example.org/`,
    validUntil,
    source: 'Fictional sample for the demo',
    texts: [
      { locale: 'de', name: de, description: FICTIONAL_DE },
      { locale: 'en', name: en, description: FICTIONAL_EN },
    ],
  })),

  // Counselling and information (Germany)
  {
    key: 'krebsinformationsdienst',
    kind: 'counsellingService',
    regions: ['DE'],
    website: 'https://www.krebsinformationsdienst.de/',
    phone: '0800 420 30 40',
    email: 'krebsinformationsdienst@dkfz.de',
    source: 'Deutsches Krebsforschungszentrum (DKFZ): press releases on the Cancer Information Service',
    tags: ['cancer-information', 'hotline'],
    texts: [
      {
        locale: 'de',
        name: 'Krebsinformationsdienst (KID) des Deutschen Krebsforschungszentrums',
        description:
          'Ärztinnen und Ärzte beantworten am Telefon und per E-Mail Fragen zu Krebs – von Früherkennung und Behandlung bis zum Leben mit der Erkrankung. Der Anruf ist kostenlos.',
      },
      {
        locale: 'en',
        name: 'Cancer Information Service (KID) of the German Cancer Research Center',
        description:
          'Doctors answer questions about cancer by phone and e-mail, from early detection and treatment to living with the disease. Calls are free of charge. The service is in German.',
      },
    ],
  },
  {
    key: 'krebsberatungsstellen',
    kind: 'counsellingService',
    regions: ['DE'],
    website: 'https://www.krebsinformationsdienst.de/',
    source: 'Krebsinformationsdienst: addresses of cancer counselling centres',
    tags: ['psycho-oncology', 'psychosocial'],
    texts: [
      {
        locale: 'de',
        name: 'Psychosoziale Krebsberatungsstellen',
        description:
          'Ambulante Beratungsstellen unterstützen Erkrankte und Angehörige bei seelischen, familiären und sozialrechtlichen Fragen, auch psychoonkologisch. Adressen in der Nähe nennt der Krebsinformationsdienst.',
      },
      {
        locale: 'en',
        name: 'Psychosocial cancer counselling centres',
        description:
          'Local counselling centres support patients and their families with emotional, family and social-law questions, including psycho-oncological support. The Cancer Information Service has addresses near you.',
      },
    ],
  },
  {
    key: 'frauenselbsthilfe-krebs',
    kind: 'patientOrganisation',
    regions: ['DE'],
    website: 'https://www.frauenselbsthilfe.de/',
    source: 'Frauenselbsthilfe Krebs e. V.',
    condition: BREAST_CANCER,
    tags: ['self-help'],
    texts: [
      {
        locale: 'de',
        name: 'Frauenselbsthilfe Krebs e. V.',
        description:
          'Bundesweite Selbsthilfeorganisation mit örtlichen Gruppen, in denen sich Menschen mit Krebs austauschen und gegenseitig unterstützen.',
      },
      {
        locale: 'en',
        name: 'Frauenselbsthilfe Krebs (cancer self-help)',
        description:
          'Nationwide self-help organisation with local groups where people with cancer share experience and support each other. In German.',
      },
    ],
  },

  // Austria
  {
    key: 'oegk',
    kind: 'statutoryInsurer',
    regions: ['AT'],
    website: 'https://www.gesundheitskasse.at/',
    source: 'Austrian press reports on the merger of the regional health insurance funds (1 January 2020)',
    texts: [
      {
        locale: 'de',
        name: 'Österreichische Gesundheitskasse (ÖGK)',
        description:
          'Die gesetzliche Krankenversicherung für die meisten unselbstständig Beschäftigten in Österreich. Sie entstand am 1. Jänner 2020 aus den neun Gebietskrankenkassen.',
      },
      {
        locale: 'en',
        name: 'Austrian Health Insurance Fund (ÖGK)',
        description:
          'The statutory health insurer for most employees in Austria. It was formed on 1 January 2020 from the nine regional health insurance funds.',
      },
    ],
  },
  {
    key: 'krebshilfe-beratung',
    kind: 'counsellingService',
    regions: ['AT'],
    website: 'https://www.krebshilfe.net/',
    source: 'Österreichische Krebshilfe',
    tags: ['psycho-oncology', 'cancer-information'],
    texts: [
      {
        locale: 'de',
        name: 'Österreichische Krebshilfe – Beratungsstellen',
        description:
          'In Beratungsstellen in allen Bundesländern erhalten Erkrankte und Angehörige kostenlose und auf Wunsch anonyme Beratung, auch psychoonkologische Begleitung.',
      },
      {
        locale: 'en',
        name: 'Austrian Cancer Aid (Krebshilfe) – counselling centres',
        description:
          'Counselling centres in every federal state offer patients and families free and, if wished, anonymous counselling, including psycho-oncological support.',
      },
    ],
  },
];
