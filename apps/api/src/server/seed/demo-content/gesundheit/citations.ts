import type { CitationInputLike } from '../../../../modules/references';

/**
 * Real, checkable sources. Identifiers (DOI, PubMed id) appear only where they
 * were confirmed; otherwise a source is cited by issuing body, title, year and
 * address. Web pages are cited at the organisation's own address.
 */
const ACCESSED = '2026-10-12';

export const BREAST_CANCER_CITATIONS = {
  's3-mammakarzinom': {
    kind: 'guideline',
    issuingBody: 'Leitlinienprogramm Onkologie (Deutsche Krebsgesellschaft, Deutsche Krebshilfe, AWMF)',
    title: 'S3-Leitlinie Früherkennung, Diagnose, Therapie und Nachsorge des Mammakarzinoms',
    guidelineVersion: '4.4',
    registryNumber: 'AWMF 032-045OL',
    year: 2021,
    url: 'https://www.leitlinienprogramm-onkologie.de/leitlinien/mammakarzinom/',
  },
  'esmo-mbc-2021': {
    kind: 'journalArticle',
    authors: [
      { family: 'Gennari', given: 'A' },
      { family: 'André', given: 'F' },
      { family: 'Barrios', given: 'C H' },
      { family: 'Cortés', given: 'J' },
      { family: 'de Azambuja', given: 'E' },
      { family: 'DeMichele', given: 'A' },
      { family: 'Dent', given: 'R' },
    ],
    title: 'ESMO Clinical Practice Guideline for the diagnosis, staging and treatment of patients with metastatic breast cancer',
    journal: 'Ann Oncol',
    year: 2021,
    doi: '10.1016/j.annonc.2021.09.019',
    pubmedId: '34678411',
  },
  'eso-esmo-abc5': {
    kind: 'journalArticle',
    authors: [
      { family: 'Cardoso', given: 'F' },
      { family: 'Paluch-Shimon', given: 'S' },
      { family: 'Senkus', given: 'E' },
      { family: 'Curigliano', given: 'G' },
      { family: 'Aapro', given: 'M S' },
      { family: 'André', given: 'F' },
      { family: 'Barrios', given: 'C H' },
    ],
    title: '5th ESO-ESMO international consensus guidelines for advanced breast cancer (ABC 5)',
    journal: 'Ann Oncol',
    year: 2020,
    doi: '10.1016/j.annonc.2020.09.010',
  },
  'nice-cg81': {
    kind: 'guideline',
    issuingBody: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Advanced breast cancer: diagnosis and treatment',
    registryNumber: 'NICE CG81',
    year: 2009,
    url: 'https://www.nice.org.uk/guidance/cg81',
  },
  's3-palliativmedizin': {
    kind: 'guideline',
    issuingBody: 'Leitlinienprogramm Onkologie (Deutsche Krebsgesellschaft, Deutsche Krebshilfe, AWMF)',
    title: 'Erweiterte S3-Leitlinie Palliativmedizin für Patienten mit einer nicht-heilbaren Krebserkrankung',
    guidelineVersion: '2.0',
    registryNumber: 'AWMF 128-001OL',
    year: 2019,
    url: 'https://www.leitlinienprogramm-onkologie.de/leitlinien/palliativmedizin/',
  },
  's3-psychoonkologie': {
    kind: 'guideline',
    issuingBody: 'Leitlinienprogramm Onkologie (Deutsche Krebsgesellschaft, Deutsche Krebshilfe, AWMF)',
    title: 'S3-Leitlinie Psychoonkologische Diagnostik, Beratung und Behandlung von erwachsenen Krebspatient*innen',
    guidelineVersion: '2.1',
    registryNumber: 'AWMF 032-051OL',
    year: 2023,
    url: 'https://www.leitlinienprogramm-onkologie.de/leitlinien/psychoonkologie/',
  },
  'gba-dmp-brustkrebs': {
    kind: 'guideline',
    issuingBody: 'Gemeinsamer Bundesausschuss (G-BA)',
    title:
      'DMP-Anforderungen-Richtlinie (DMP-A-RL), Anlage 3: Anforderungen an die Ausgestaltung von strukturierten Behandlungsprogrammen für Patientinnen mit Brustkrebs',
    year: 2023,
    url: 'https://www.g-ba.de',
  },
  krebsinformationsdienst: {
    kind: 'webPage',
    title: 'Krebsinformationsdienst',
    organisation: 'Deutsches Krebsforschungszentrum (DKFZ)',
    url: 'https://www.krebsinformationsdienst.de',
    accessedOn: ACCESSED,
  },
  drks: {
    kind: 'webPage',
    title: 'Deutsches Register Klinischer Studien (DRKS)',
    url: 'https://drks.de',
    accessedOn: ACCESSED,
  },
  'who-ictrp': {
    kind: 'webPage',
    title: 'International Clinical Trials Registry Platform (ICTRP): Search Portal',
    organisation: 'World Health Organization',
    url: 'https://trialsearch.who.int',
    accessedOn: ACCESSED,
  },
} satisfies Record<string, CitationInputLike>;

export const DIABETES_CITATIONS = {
  'nvl-typ-2-diabetes': {
    kind: 'guideline',
    issuingBody: 'Bundesärztekammer, Kassenärztliche Bundesvereinigung, AWMF (Programm für Nationale VersorgungsLeitlinien)',
    title: 'Nationale VersorgungsLeitlinie Typ-2-Diabetes',
    guidelineVersion: '3.0',
    registryNumber: 'AWMF nvl-001',
    year: 2023,
    url: 'https://www.leitlinien.de/themen/diabetes',
  },
  'nice-ng28': {
    kind: 'guideline',
    issuingBody: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Type 2 diabetes in adults: management',
    registryNumber: 'NICE NG28',
    year: 2015,
    url: 'https://www.nice.org.uk/guidance/ng28',
  },
  gesundheitsinformation: {
    kind: 'webPage',
    title: 'Gesundheitsinformation.de',
    organisation: 'Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen (IQWiG)',
    url: 'https://www.gesundheitsinformation.de',
    accessedOn: ACCESSED,
  },
} satisfies Record<string, CitationInputLike>;

export const BLOOD_PRESSURE_CITATIONS = {
  'esh-2023': {
    kind: 'journalArticle',
    authors: [
      { family: 'Mancia', given: 'Giuseppe' },
      { family: 'Kreutz', given: 'Reinhold' },
      { family: 'Brunström', given: 'Mattias' },
      { family: 'Burnier', given: 'Michel' },
      { family: 'Grassi', given: 'Guido' },
      { family: 'Januszewicz', given: 'Andrzej' },
      { family: 'Muiesan', given: 'Maria Lorenza' },
    ],
    title: '2023 ESH Guidelines for the management of arterial hypertension',
    journal: 'J Hypertens',
    year: 2023,
    volume: '41',
    pages: '1874-2071',
  },
  'nice-ng136': {
    kind: 'guideline',
    issuingBody: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Hypertension in adults: diagnosis and management',
    registryNumber: 'NICE NG136',
    year: 2019,
    url: 'https://www.nice.org.uk/guidance/ng136',
  },
  hochdruckliga: {
    kind: 'webPage',
    title: 'Deutsche Hochdruckliga',
    organisation: 'Deutsche Hochdruckliga e. V.',
    url: 'https://www.hochdruckliga.de',
    accessedOn: ACCESSED,
  },
} satisfies Record<string, CitationInputLike>;
