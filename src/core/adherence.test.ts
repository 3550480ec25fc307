import { describe, expect, it } from 'vitest';
import { assessAdherence, plannedDoseOn, type Intake } from './adherence.js';
import { dropsPlan } from './plan/__fixtures__/drops-plan.js';

const plan = dropsPlan('2026-11-01', 14);

const intake = (date: string, mg: number, id = `${date}-${mg}`): Intake => ({ id, date, takenAt: `${date}T08:00:00.000Z`, doseMicrograms: Math.round(mg * 1000), form: null, note: '' });

describe('adherence', () => {
  it('reads the planned dose of the step in effect', () => {
    expect(plannedDoseOn(plan, '2026-10-31')).toBeNull();
    expect(plannedDoseOn(plan, '2026-11-01')).toBe(0.9);
    expect(plannedDoseOn(plan, '2026-11-15')).toBe(0.8);
  });

  it('labels each day without blame: as planned, less, more, missed, not recorded, no plan', () => {
    const { days } = assessAdherence(plan, [intake('2026-11-02', 0.9), intake('2026-11-03', 0.5), intake('2026-11-04', 0.5), intake('2026-11-04', 0.5, 'second'), intake('2026-10-31', 1)], {
      from: '2026-10-30',
      to: '2026-11-05',
      recordedSince: '2026-10-31',
    });
    expect(days.map((d) => [d.date, d.status])).toEqual([
      ['2026-10-30', 'no-plan'],
      ['2026-10-31', 'no-plan'],
      ['2026-11-01', 'missed'],
      ['2026-11-02', 'as-planned'],
      ['2026-11-03', 'less'],
      ['2026-11-04', 'more'],
      ['2026-11-05', 'missed'],
    ]);
    expect(days[5]).toMatchObject({ takenMg: 1, intakes: 2, plannedMg: 0.9 });
  });

  it('counts days before the first logged dose as not recorded, not missed', () => {
    const { days, risks } = assessAdherence(plan, [intake('2026-11-05', 0.9)], { from: '2026-11-01', to: '2026-11-05', recordedSince: '2026-11-05' });
    expect(days.slice(0, 4).every((d) => d.status === 'not-recorded')).toBe(true);
    expect(risks).toEqual([]);
  });

  it('flags two or more missed planned days in a row as a risk', () => {
    const { risks } = assessAdherence(plan, [intake('2026-11-01', 0.9), intake('2026-11-04', 0.9)], { from: '2026-11-01', to: '2026-11-08', recordedSince: '2026-11-01' });
    expect(risks).toEqual([
      { code: 'missed_days', from: '2026-11-02', to: '2026-11-03', days: 2 },
      { code: 'missed_days', from: '2026-11-05', to: '2026-11-08', days: 4 },
    ]);
    const single = assessAdherence(plan, [intake('2026-11-01', 0.9), intake('2026-11-03', 0.9)], { from: '2026-11-01', to: '2026-11-03', recordedSince: '2026-11-01' });
    expect(single.risks).toEqual([]);
  });

  it('without a plan, every day is "no plan" and nothing is flagged', () => {
    const result = assessAdherence(undefined, [], { from: '2026-11-01', to: '2026-11-03', recordedSince: null });
    expect(result.days.map((d) => d.status)).toEqual(['no-plan', 'no-plan', 'no-plan']);
    expect(result.risks).toEqual([]);
  });
});
