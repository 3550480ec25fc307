import type {
  Bundle,
  CodeSystem,
  FhirResource,
  MedicationAdministration,
  MedicationStatement,
  Observation,
  Questionnaire,
  QuestionnaireResponse,
} from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { exportFhir, FHIR_SYSTEMS } from './export-fhir.js';
import { exportFileFixture } from './test-export-file.js';
import { bundleErrors, fhirErrors, unresolvedReferences } from './test-fhir-validator.js';

const bundle = exportFhir(exportFileFixture(), 'user-1');
const resources = (bundle.entry ?? []).map((e) => e.resource).filter((r): r is FhirResource => r !== undefined);
const statementsOf = (b: Bundle) =>
  (b.entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is MedicationStatement => r?.resourceType === 'MedicationStatement');
const ofType = <T extends FhirResource>(type: T['resourceType']) =>
  resources.filter((r): r is T => r.resourceType === type);

describe('the FHIR R4 Bundle of an export', () => {
  // The first call compiles HL7's R4 schema (a few seconds, once for this file).
  it('is valid R4: every entry against its resource type in the official JSON Schema', { timeout: 30_000 }, () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: '2026-12-01T12:00:00.000Z' });
    expect(bundleErrors(bundle)).toEqual([]);
  });

  it('catches a resource that is not valid R4 (the check can fail)', { timeout: 30_000 }, () => {
    const observation = ofType<Observation>('Observation')[0];
    expect(fhirErrors({ ...observation, valueInteger: 'two' } as unknown as Observation)).not.toEqual([]);
    expect(fhirErrors({ ...observation, status: 'done' } as unknown as Observation)).not.toEqual([]);
    const broken: Bundle = {
      ...bundle,
      entry: [
        ...(bundle.entry ?? []),
        { fullUrl: 'urn:uuid:x', resource: { resourceType: 'Patient', gender: 'robot' } as unknown as FhirResource },
      ],
    };
    expect(bundleErrors(broken)).toEqual([expect.stringContaining('Patient/gender')]);
  });

  it('names every resource by a urn:uuid full URL, and every reference resolves inside the Bundle', () => {
    for (const entry of bundle.entry ?? []) {
      expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource?.id ?? ''}`);
    }
    expect(new Set(bundle.entry?.map((e) => e.fullUrl)).size).toBe(bundle.entry?.length);
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(unresolvedReferences({ ...bundle, entry: bundle.entry?.slice(1) })).not.toEqual([]);
  });

  it('is the same Bundle for the same records, and another for another person', () => {
    expect(exportFhir(exportFileFixture(), 'user-1')).toEqual(bundle);
    expect(exportFhir(exportFileFixture(), 'user-2').entry?.[0]?.fullUrl).not.toBe(bundle.entry?.[0]?.fullUrl);
  });

  it('has a pseudonymous Patient: an id and nothing else', () => {
    const [patient, ...others] = ofType('Patient');
    expect(others).toEqual([]);
    expect(Object.keys(patient ?? {}).sort()).toEqual(['id', 'resourceType']);
    expect(JSON.stringify(bundle)).not.toContain('ann@example.org');
  });

  it('has a MedicationStatement per plan step, with RxNorm clonazepam, the dose and the step’s period', () => {
    const statements = ofType<MedicationStatement>('MedicationStatement');
    expect(statements.length).toBeGreaterThan(5);
    const [first, second] = statements;
    expect(first?.medicationCodeableConcept?.coding).toEqual([
      { system: FHIR_SYSTEMS.rxnorm, code: '2598', display: 'Clonazepam' },
    ]);
    // The first step (from the start day, held 7 days) is in effect on the export day; later ones are to come.
    expect(first?.effectivePeriod).toEqual({ start: '2026-11-20', end: '2026-12-10' });
    expect([first?.status, second?.status]).toEqual(['active', 'intended']);
    // Later, with the seizure confirmed safe to go on, the plan has moved on to its second step.
    const fixture = exportFileFixture();
    const confirmed = fixture.events.map((e) => ({ ...e, confirmedAt: '2026-11-27T09:00:00.000Z' }));
    const later = statementsOf(
      exportFhir({ ...fixture, events: confirmed, exportedAt: '2026-12-20T00:00:00.000Z' }, 'user-1'),
    );
    expect(later.slice(0, 2).map((r) => r.status)).toEqual(['completed', 'active']);
    expect(first?.dosage?.[0]?.doseAndRate?.[0]?.doseQuantity).toMatchObject({ unit: 'mg', system: FHIR_SYSTEMS.ucum });
    expect(statements.at(-1)?.status).toBe('intended');
  });

  it('has a MedicationAdministration per dose taken, the plan’s medicine where the log did not say', () => {
    const given = ofType<MedicationAdministration>('MedicationAdministration');
    expect(given.map((a) => [a.effectiveDateTime, a.dosage?.dose?.value, a.medicationCodeableConcept?.text])).toEqual([
      ['2026-11-28T07:00:00.000Z', 0.45, 'Clonazepam'],
      ['2026-11-28T19:00:00.000Z', 0.45, 'Clonazepam'],
    ]);
    expect(given[0]?.note).toEqual([{ text: 'Morning, with "tea"' }]);
  });

  it('has an Observation per symptom per day (survey, our CodeSystem, 0-3), an own symptom under its name', () => {
    const symptoms = ofType<Observation>('Observation').filter((o) => !o.derivedFrom);
    const file = exportFileFixture();
    expect(symptoms).toHaveLength(file.checkins.reduce((n, c) => n + Object.keys(c.symptoms).length, 0));
    const tremor = symptoms.find((o) => o.code.coding?.[0]?.code === 'tremor');
    expect(tremor).toMatchObject({
      status: 'final',
      category: [{ coding: [{ system: FHIR_SYSTEMS.observationCategory, code: 'survey' }] }],
      code: { coding: [{ system: FHIR_SYSTEMS.symptom, code: 'tremor' }] },
      effectiveDateTime: '2026-11-20',
      valueInteger: 2,
    });
    expect(symptoms.find((o) => o.code.coding?.[0]?.system === FHIR_SYSTEMS.ownSymptom)?.code.text).toBe(
      'Jaw clenching',
    );
    const codes = ofType<CodeSystem>('CodeSystem')[0]?.concept?.map((c) => c.code);
    expect(codes).toContain('tremor');
  });

  it('has a Questionnaire per instrument used, a response per one taken, and a total derived from it', () => {
    expect(ofType<Questionnaire>('Questionnaire').map((q) => q.url)).toEqual([
      `${FHIR_SYSTEMS.questionnaire}/ciwa-b`,
      `${FHIR_SYSTEMS.questionnaire}/bwsq`,
    ]);
    const responses = ofType<QuestionnaireResponse>('QuestionnaireResponse');
    expect(responses).toHaveLength(2);
    expect(responses[0]?.item?.[0]).toEqual({ linkId: 'irritable', answer: [{ valueInteger: 0 }] });
    expect(responses[0]?.item).toContainEqual({ linkId: 'hours-slept', answer: [{ valueDecimal: 6.5 }] });
    const totals = ofType<Observation>('Observation').filter((o) => o.derivedFrom);
    const responseUrl = bundle.entry?.find((e) => e.resource === responses[0])?.fullUrl;
    expect(totals[0]).toMatchObject({
      code: { coding: [{ system: FHIR_SYSTEMS.score, code: 'ciwa-b-total' }] },
      valueInteger: 40,
      interpretation: [{ coding: [{ system: FHIR_SYSTEMS.band, code: 'moderate' }] }],
      derivedFrom: [{ reference: responseUrl }],
    });
    expect(totals[1]?.interpretation).toBeUndefined();
  });

  it('leaves plan steps out, and stays valid, when there is no plan', () => {
    const none = exportFhir({ ...exportFileFixture(), plans: [] }, 'user-1');
    expect(none.entry?.some((e) => e.resource?.resourceType === 'MedicationStatement')).toBe(false);
    expect(none.entry?.find((e) => e.resource?.resourceType === 'MedicationAdministration')?.resource).toMatchObject({
      medicationCodeableConcept: { coding: [{ code: '2598' }] },
    });
  });

  it('keeps the plan paused for a red-flag event not yet confirmed, as the app does', () => {
    const fixture = exportFileFixture();
    const at = '2026-12-20T00:00:00.000Z';
    const paused = statementsOf(exportFhir({ ...fixture, exportedAt: at }, 'user-1'));
    const going = statementsOf(exportFhir({ ...fixture, events: [], exportedAt: at }, 'user-1'));
    // Unconfirmed since 26 November: the step in effect then is held through the day after the export.
    expect(paused[0]?.status).toBe('active');
    expect(paused[0]?.effectivePeriod?.end).toBe('2026-12-21');
    expect(going[0]?.status).toBe('completed');
    expect(going[0]?.effectivePeriod?.end).toBe('2026-12-10');
    // Every later step moves by the same days: no cut is shown sooner than the app would show it.
    expect(paused[1]?.effectivePeriod?.start).toBe('2026-12-22');
    expect(going[1]?.effectivePeriod?.start).toBe('2026-12-11');
  });
});
