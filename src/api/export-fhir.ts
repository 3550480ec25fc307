/**
 * The export file as a FHIR R4 Bundle of type `collection` (docs/export-format.md, "FHIR R4"). A pure function of
 * the export file, shared by GET /api/v1/export/fhir and `taper export --format fhir`.
 *
 * Codes are used only where they can be cited (the URL is beside each); everything else is our own CodeSystem under
 * https://taper-companion.org/fhir/CodeSystem/. No LOINC code is used: none could be confirmed for CIWA-B or BWSQ
 * (shared/reference/insights.md). Every resource is named by a name-based UUID (name-uuid.ts) of its record's id,
 * so references are `urn:uuid:` full URLs that resolve inside the Bundle, and the same records give the same Bundle.
 */
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  CodeSystem,
  Dosage,
  FhirResource,
  MedicationAdministration,
  MedicationStatement,
  Observation,
  Patient,
  Quantity,
  Questionnaire,
  QuestionnaireResponse,
  Reference,
} from 'fhir/r4.js';
import {
  INSTRUMENTS,
  SYMPTOM_CATALOGUE,
  findInstrument,
  findMedication,
  pauseEventOf,
  pauseOpenUntil,
  planWithPauses,
  type Instrument,
  type Plan,
  type PlanStep,
} from '../core/index.js';
import type { ExportFile } from './export-schemas.js';
import { nameUuid } from './name-uuid.js';
import { PlanInputSchema } from './plan-schemas.js';

const BASE = 'https://taper-companion.org/fhir';
export const FHIR_SYSTEMS = {
  symptom: `${BASE}/CodeSystem/symptom`,
  ownSymptom: `${BASE}/CodeSystem/own-symptom`,
  score: `${BASE}/CodeSystem/questionnaire-score`,
  band: `${BASE}/CodeSystem/questionnaire-band`,
  questionnaire: `${BASE}/Questionnaire`,
  // https://hl7.org/fhir/R4/codesystem-observation-category.html ("survey")
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  // https://www.nlm.nih.gov/research/umls/rxnorm/ (the system URI FHIR names: https://hl7.org/fhir/R4/rxnorm.html)
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  // https://hl7.org/fhir/R4/ucum.html
  ucum: 'http://unitsofmeasure.org',
} as const;

/** Our namespace for name-based UUIDs (itself the v5 UUID of our base URL in the URL namespace of RFC 9562). */
const NAMESPACE = nameUuid('6ba7b811-9dad-11d1-80b4-00c04fd430c8', BASE);

/**
 * RxNorm ingredient concepts (RxCUI), only those we could check, each at
 * https://mor.nlm.nih.gov/RxNav/search?searchBy=RXCUI&searchTerm=<code>. The others travel as text only.
 */
const RXNORM: Readonly<Record<string, string>> = {
  alprazolam: '596',
  clonazepam: '2598',
  diazepam: '3322',
  lorazepam: '6470',
};

const SURVEY: CodeableConcept[] = [
  { coding: [{ system: FHIR_SYSTEMS.observationCategory, code: 'survey', display: 'Survey' }] },
];

const mg = (value: number): Quantity => ({ value, unit: 'mg', system: FHIR_SYSTEMS.ucum, code: 'mg' });

function medicationConcept(medicationId: string): CodeableConcept {
  const name = findMedication(medicationId)?.name ?? medicationId;
  const code = RXNORM[medicationId];
  return code === undefined
    ? { text: name }
    : { coding: [{ system: FHIR_SYSTEMS.rxnorm, code, display: name }], text: name };
}

interface Context {
  readonly file: ExportFile;
  readonly today: string;
  readonly patient: Reference;
  readonly entries: BundleEntry<FhirResource>[];
}

/** Adds a resource named by `key` and answers the reference to it. */
function add(ctx: Context, key: string, resource: FhirResource): Reference {
  const id = nameUuid(NAMESPACE, key);
  ctx.entries.push({ fullUrl: `urn:uuid:${id}`, resource: { ...resource, id } });
  return { reference: `urn:uuid:${id}` };
}

/**
 * The plan in use as the app computes it from the newest revision, its holds and the pauses of red-flag events not
 * yet confirmed (as on the day of the export, like the server's reads: core planWithPauses); none when today's rules
 * refuse it.
 */
function currentPlan(file: ExportFile): Plan | undefined {
  const revision = file.plans.at(-1);
  if (!revision) return undefined;
  const input = PlanInputSchema.safeParse(revision.input);
  if (!input.success) return undefined;
  const pause = { events: file.events.map(pauseEventOf), openUntil: pauseOpenUntil(file.exportedAt.slice(0, 10)) };
  const withHolds = planWithPauses(input.data, revision.holds, pause);
  if (withHolds.ok) return withHolds.value.plan;
  const plain = planWithPauses(input.data, [], pause);
  return plain.ok ? plain.value.plan : undefined;
}

function stepStatus(step: PlanStep, today: string): MedicationStatement['status'] {
  if (step.start > today) return 'intended';
  return step.end !== null && step.end < today ? 'completed' : 'active';
}

function addPlanSteps(ctx: Context, revisionId: string, plan: Plan): void {
  for (const step of plan.steps) {
    for (const dose of step.doses) {
      const dosage: Dosage[] = dose.times.map((time, i) => ({
        sequence: i + 1,
        text: time.label,
        timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
        doseAndRate: [{ doseQuantity: mg(time.mg) }],
      }));
      const statement: MedicationStatement = {
        resourceType: 'MedicationStatement',
        status: stepStatus(step, ctx.today),
        medicationCodeableConcept: medicationConcept(dose.medicationId),
        subject: ctx.patient,
        effectivePeriod: step.end === null ? { start: step.start } : { start: step.start, end: step.end },
        dosage:
          dosage.length > 0
            ? dosage
            : [{ text: `${step.kind}: ${dose.mg} mg a day`, doseAndRate: [{ doseQuantity: mg(dose.mg) }] }],
        note: [{ text: `Plan step ${step.index + 1} (${step.kind}), ${dose.form}: ${dose.mg} mg a day` }],
      };
      add(ctx, `plan-step/${revisionId}/${step.index}/${dose.medicationId}`, statement);
    }
  }
}

function addDoses(ctx: Context, planMedication: string | undefined): void {
  for (const dose of ctx.file.doses) {
    const medicationId = dose.medicationId ?? planMedication;
    const administration: MedicationAdministration = {
      resourceType: 'MedicationAdministration',
      status: 'completed',
      medicationCodeableConcept:
        medicationId === undefined ? { text: 'unknown medicine' } : medicationConcept(medicationId),
      subject: ctx.patient,
      effectiveDateTime: dose.takenAt,
      dosage: { dose: mg(dose.doseMg), ...(dose.form === null ? {} : { text: dose.form }) },
      ...(dose.note === '' ? {} : { note: [{ text: dose.note }] }),
    };
    add(ctx, `dose/${dose.id}`, administration);
  }
}

function symptomConcept(ctx: Context, id: string): CodeableConcept {
  const known = SYMPTOM_CATALOGUE.find((s) => s.id === id);
  if (known) return { coding: [{ system: FHIR_SYSTEMS.symptom, code: id, display: known.name }], text: known.name };
  const own = ctx.file.ownSymptoms.find((s) => s.id === id);
  const name = own?.name ?? id;
  return { coding: [{ system: FHIR_SYSTEMS.ownSymptom, code: id, display: name }], text: name };
}

/** An Observation per symptom per day: the 0-3 rating as valueInteger (0 none, 1 mild, 2 moderate, 3 severe). */
function addSymptoms(ctx: Context): void {
  for (const checkin of ctx.file.checkins) {
    for (const [symptomId, severity] of Object.entries(checkin.symptoms)) {
      const observation: Observation = {
        resourceType: 'Observation',
        status: 'final',
        category: SURVEY,
        code: symptomConcept(ctx, symptomId),
        subject: ctx.patient,
        effectiveDateTime: checkin.date,
        issued: checkin.editedAt,
        valueInteger: severity,
      };
      add(ctx, `symptom/${checkin.id}/${symptomId}`, observation);
    }
  }
}

function questionnaireOf(instrument: Instrument): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    url: `${FHIR_SYSTEMS.questionnaire}/${instrument.id}`,
    name: instrument.shortName.replaceAll(/[^A-Za-z0-9]/g, '_'),
    title: instrument.shortName,
    status: 'active',
    subjectType: ['Patient'],
    description: instrument.citation,
    item: [
      ...instrument.items.map((item, i) => ({
        linkId: item.id,
        prefix: String(i + 1),
        type: 'choice' as const,
        answerOption: item.options.map((o) => ({ valueInteger: o.value })),
      })),
      ...instrument.unscored.map((q) => ({ linkId: q.id, type: 'decimal' as const })),
    ],
  };
}

function addQuestionnaires(ctx: Context): void {
  const used = new Set(ctx.file.questionnaires.map((q) => q.instrument));
  for (const instrument of INSTRUMENTS.filter((i) => used.has(i.id))) {
    add(ctx, `questionnaire/${instrument.id}`, questionnaireOf(instrument));
  }
  for (const taken of ctx.file.questionnaires) {
    const instrument = findInstrument(taken.instrument);
    const linkIds = instrument?.items.map((i) => i.id) ?? [];
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: `${FHIR_SYSTEMS.questionnaire}/${taken.instrument}`,
      status: 'completed',
      subject: ctx.patient,
      authored: taken.createdAt,
      item: [
        ...taken.answers.map((value, i) => ({
          linkId: linkIds[i] ?? `item-${i + 1}`,
          answer: [{ valueInteger: value }],
        })),
        ...Object.entries(taken.unscored).map(([linkId, value]) => ({ linkId, answer: [{ valueDecimal: value }] })),
      ],
    };
    const responseRef = add(ctx, `questionnaire-response/${taken.id}`, response);
    const shortName = instrument?.shortName ?? taken.instrument;
    const total: Observation = {
      resourceType: 'Observation',
      status: 'final',
      category: SURVEY,
      code: {
        coding: [
          { system: FHIR_SYSTEMS.score, code: `${taken.instrument}-total`, display: `${shortName} total score` },
        ],
        text: `${shortName} total score`,
      },
      subject: ctx.patient,
      effectiveDateTime: taken.date,
      ...(Number.isInteger(taken.score) ? { valueInteger: taken.score } : { valueQuantity: { value: taken.score } }),
      ...(taken.band === null
        ? {}
        : { interpretation: [{ coding: [{ system: FHIR_SYSTEMS.band, code: taken.band }] }] }),
      derivedFrom: [responseRef],
    };
    add(ctx, `questionnaire-total/${taken.id}`, total);
  }
}

/** The symptom CodeSystem itself, so the Bundle explains its own codes. */
function symptomCodeSystem(): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    url: FHIR_SYSTEMS.symptom,
    name: 'TaperCompanionSymptom',
    title: 'Taper Companion symptoms',
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    description:
      'Benzodiazepine withdrawal symptoms of the Taper Companion catalogue, rated 0 none, 1 mild, 2 moderate, 3 severe.',
    concept: SYMPTOM_CATALOGUE.map((s) => ({ code: s.id, display: s.name })),
  };
}

/**
 * The Bundle. `patientKey` names the person's pseudonymous Patient (the server's own account id: stable across
 * exports, never the email); the Patient carries an id and nothing else.
 */
export function exportFhir(file: ExportFile, patientKey: string): Bundle {
  const entries: BundleEntry<FhirResource>[] = [];
  const ctx: Context = { file, today: file.exportedAt.slice(0, 10), patient: { reference: '' }, entries };
  const patient: Patient = { resourceType: 'Patient' };
  const withPatient: Context = { ...ctx, patient: add(ctx, `patient/${patientKey}`, patient) };
  add(withPatient, 'codesystem/symptom', symptomCodeSystem());
  const plan = currentPlan(file);
  const revision = file.plans.at(-1);
  if (plan && revision) addPlanSteps(withPatient, revision.id, plan);
  addDoses(withPatient, plan?.medicationId);
  addSymptoms(withPatient);
  addQuestionnaires(withPatient);
  return { resourceType: 'Bundle', type: 'collection', timestamp: file.exportedAt, entry: entries };
}
