/**
 * The sources the app's facts come from, by the public title a person can look up, with the address where it can
 * be read (docs/SOURCES.md has the full references; src/core cites them by these ids). Never our own file names.
 */
export interface PublicSource {
  readonly title: string;
  /** Absent for the project's own starting brief, which is not public. */
  readonly url?: string;
}

export const SOURCES: Readonly<Record<string, PublicSource | undefined>> = {
  'ashton-manual': { title: 'The Ashton Manual (2002)', url: 'https://www.benzo.org.uk/manual/contents.htm' },
  'ashton-equivalence-2007': {
    title: 'Ashton benzodiazepine equivalence table (2007)',
    url: 'https://www.benzo.org.uk/bzequiv.htm',
  },
  'va-dod-2021': { title: 'VA/DoD equivalents (2021)', url: 'https://eguideline.guidelinecentral.com/i/1532950/18' },
  'jcpg-2025': {
    title: 'Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025)',
    url: 'https://asam.org/quality-care/clinical-guidelines/benzodiazepine-tapering',
  },
  'nhs-scotland': {
    title: 'NHS Scotland: switching to diazepam',
    url: 'https://rightdecisions.scot.nhs.uk/benzodiazepines-and-z-drugs-quality-prescribing-a-guide-for-improvement/reducing-stopping-and-switching/switching-to-diazepam',
  },
  'bluelight-chart': {
    title: 'Bluelight benzodiazepine conversion chart',
    url: 'https://www.bluelight.org/community/threads/benzodiazepine-conversion-chart.566261/post-9536003',
  },
  openfda: { title: 'FDA drug labels (openFDA)', url: 'https://api.fda.gov/drug/label.json' },
  'roche-rivotril': {
    title: 'Rivotril (clonazepam) product information, Roche',
    url: 'https://pharmacia1.com/2019/12/17/rivotril-clonazepam-by-roche/',
  },
  'nice-cks': {
    title: 'NICE Clinical Knowledge Summary: benzodiazepine withdrawal',
    url: 'https://docslib.org/doc/8834537/withdrawal-of-benzodiazepines',
  },
  'va-handout': {
    title: 'VA benzodiazepine tapering handout',
    url: 'https://docslib.org/doc/12060234/benzodiazepine-tapering-schedules',
  },
  'ciwa-b': { title: 'CIWA-B, Busto, Sykora and Sellers (1989)', url: 'https://pubmed.ncbi.nlm.nih.gov/2574193' },
  bwsq: {
    title: 'BWSQ, Tyrer, Murphy and Riley (1990)',
    url: 'https://linkinghub.elsevier.com/retrieve/pii/0165-0327(90)90009-W',
  },
  racgp: {
    title: 'RACGP: discontinuing benzodiazepines',
    url: 'https://www.racgp.org.au/clinical-resources/clinical-guidelines/key-racgp-guidelines/view-all-racgp-guidelines/drugs-of-dependence/part-b/discontinuing-benzodiazepines',
  },
  'kilen-list': { title: 'The Kilen list of withdrawal symptoms', url: 'https://benzo.org.uk/kilenlist.htm' },
  'maudsley-2024': { title: 'The Maudsley Deprescribing Guidelines (2024)' },
  'benzosupport-survey': { title: 'benzosupport.org symptom survey', url: 'https://benzosupport.org/symptoms1.htm' },
  seed: { title: 'The project’s starting list' },
};
