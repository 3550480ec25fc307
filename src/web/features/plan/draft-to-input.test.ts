import { describe, expect, it } from 'vitest';
import { draftFromInput } from './draft-from-input.js';
import { draftToInput } from './draft-to-input.js';
import { emptyDraft } from './plan-draft.js';
import { CLONAZEPAM_VIEW as clonazepam } from './test-plan-data.js';

describe('the draft as a request, and back', () => {
  it('needs one published ratio chosen for a switch', () => {
    const draft = { ...emptyDraft('2026-11-25', 'clonazepam'), dose: '2', strategy: 'crossover' as const };
    expect(draftToInput(draft, clonazepam)).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'strategy.diazepamMgPerMg' },
    });
    const chosen = draftToInput({ ...draft, equivalent: 'va-dod' }, clonazepam);
    expect(chosen.ok && chosen.value.strategy).toMatchObject({ kind: 'crossover', diazepamMgPerMg: 10 });
  });

  it('builds a proportional request and reads it back', () => {
    const draft = { ...emptyDraft('2026-11-25', 'clonazepam'), dose: '2', epilepsy: true };
    const body = draftToInput(draft, clonazepam);
    expect(body.ok && body.value).toMatchObject({
      currentDoseMg: 2,
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
      doseTimes: [
        { label: 'morning', share: 0.5 },
        { label: 'night', share: 0.5 },
      ],
      indication: 'epilepsy',
      startDate: '2026-11-30',
    });
    if (body.ok)
      expect(draftFromInput(body.value as Record<string, unknown>, '2026-11-25', [clonazepam])).toEqual(draft);
  });

  it('compares a switch’s end point with the dose in diazepam, and sends the diazepam form', () => {
    const draft = {
      ...emptyDraft('2026-11-25', 'clonazepam'),
      dose: '2',
      strategy: 'crossover' as const,
      equivalent: 'ashton' as const,
    };
    const five = draftToInput({ ...draft, endpoint: 'maintain', maintainMg: '5', diazepamForm: 'tablet' }, clonazepam);
    expect(five.ok && five.value).toMatchObject({
      endpointMg: 5,
      strategy: { kind: 'crossover', diazepamMgPerMg: 20, diazepamForm: 'tablet' },
    });
    expect(draftToInput({ ...draft, endpoint: 'maintain', maintainMg: '40' }, clonazepam)).toMatchObject({
      ok: false,
      error: { field: 'endpointMg' },
    });
    if (five.ok)
      expect(draftFromInput(five.value as Record<string, unknown>, '2026-11-25', [clonazepam]).diazepamForm).toBe(
        'tablet',
      );
  });

  it('builds my own steps, with the last row as the end point, and reads them back', () => {
    const rows = [
      { doseMg: '2', days: '14' },
      { doseMg: '1.5', days: '14' },
      { doseMg: '1', days: '21' },
      { doseMg: '0', days: '' },
    ];
    const draft = {
      ...emptyDraft('2026-11-25', 'clonazepam'),
      dose: '2',
      strategy: 'custom' as const,
      customSteps: rows,
    };
    const body = draftToInput(draft, clonazepam);
    expect(body.ok && body.value).toMatchObject({
      endpointMg: 0,
      strategy: {
        kind: 'custom',
        steps: [
          { doseMg: 2, days: 14 },
          { doseMg: 1.5, days: 14 },
          { doseMg: 1, days: 21 },
          { doseMg: 0, days: 1 },
        ],
      },
    });
    if (body.ok)
      expect(
        draftFromInput(body.value as Record<string, unknown>, '2026-11-25', [clonazepam]).customSteps.map(
          (r) => r.doseMg,
        ),
      ).toEqual(['2', '1.5', '1', '0']);
    const zeroEarly = [{ doseMg: '0', days: '14' }, ...rows.slice(1)];
    expect(draftToInput({ ...draft, customSteps: zeroEarly }, clonazepam)).toMatchObject({
      ok: false,
      error: { field: 'strategy.steps.0.doseMg' },
    });
    const noDays = rows.map((r, i) => (i === 1 ? { ...r, days: '' } : r));
    expect(draftToInput({ ...draft, customSteps: noDays }, clonazepam)).toMatchObject({
      ok: false,
      error: { field: 'strategy.steps.1.days' },
    });
    const staying = draftToInput(
      { ...draft, customSteps: [...rows.slice(0, 2), { doseMg: '1', days: '' }] },
      clonazepam,
    );
    expect(staying.ok && staying.value.endpointMg).toBe(1);
  });

  it('sends the floor, mixing volume and tablet strengths from "More options"', () => {
    const draft = {
      ...emptyDraft('2026-11-25', 'clonazepam'),
      dose: '2',
      form: 'liquid' as const,
      floorMg: '0.1',
      mixVolumeMl: '250',
      strengthsOff: [1],
    };
    const body = draftToInput(draft, clonazepam);
    expect(body.ok && body.value).toMatchObject({ floorMg: 0.1, mixVolumeMl: 250, strengthsMg: [0.25, 0.5] });
    expect(draftToInput({ ...draft, floorMg: '2' }, clonazepam)).toMatchObject({
      ok: false,
      error: { field: 'floorMg' },
    });
    expect(draftToInput({ ...draft, strengthsOff: [0.25, 0.5, 1] }, clonazepam)).toMatchObject({
      ok: false,
      error: { field: 'strengthsMg' },
    });
    if (body.ok)
      expect(draftFromInput(body.value as Record<string, unknown>, '2026-11-25', [clonazepam])).toMatchObject({
        floorMg: '0.1',
        mixVolumeMl: '250',
        strengthsOff: [1],
      });
    const plain = draftToInput(
      { ...draft, form: 'tablet', floorMg: '', mixVolumeMl: '250', strengthsOff: [] },
      clonazepam,
    );
    expect(plain.ok && Object.keys(plain.value)).not.toContain('mixVolumeMl');
  });
});
