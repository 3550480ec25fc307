import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import { MAX_PLAN_DAYS, planTaper } from './plan-taper.js';
import type { Hold, Plan, PlanInput } from './plan-types.js';
import { redFlagPauses, type PauseEvent } from './red-flag-pause.js';

const START = '2027-01-04';

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    medicationId: 'diazepam',
    form: 'liquid',
    currentDoseMg: 20,
    startDate: START,
    strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
    endpointMg: 0,
    doseTimes: [{ label: 'daily', share: 1 }],
    takenDailyOver4Weeks: true,
    syringeMl: 0.1,
    ...overrides,
  };
}

function plan(planInput: PlanInput, holds: readonly Hold[] = [], pauseHolds: readonly Hold[] = []): Plan {
  const result = planTaper(planInput, { holds, pauseHolds });
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

/** The plan as read: the pauses' holds added, the start moved for events before it (as current-plan.ts does). */
function paused(
  planInput: PlanInput,
  holds: readonly Hold[],
  events: readonly PauseEvent[],
  today: CalendarDate,
): Plan {
  const p = redFlagPauses(plan(planInput, holds), events, today);
  return plan({ ...planInput, startDate: addDays(planInput.startDate, p.startDelayDays) }, holds, p.holds);
}

const event = (date: CalendarDate, confirmedOn: CalendarDate | null = null, id = 'e1'): PauseEvent => ({
  id,
  kind: 'seizure',
  date,
  confirmedOn,
});
const starts = (p: Plan) => p.steps.map((s) => s.start);

describe('redFlagPauses', () => {
  it('changes nothing without events', () => {
    expect(redFlagPauses(plan(input()), [], '2027-03-01')).toEqual({ holds: [], startDelayDays: 0, pauses: [] });
  });

  it('holds the step in effect on the event day until today while unconfirmed', () => {
    const base = plan(input());
    // Step 0 runs 4-17 Jan; the event is on 10 Jan, today is 25 Jan: the cut of 18 Jan waits until 26 Jan.
    const result = redFlagPauses(base, [event('2027-01-10')], '2027-01-25');
    expect(result.holds).toEqual([{ stepIndex: 0, days: 8, reason: 'red-flag pause', createdAt: '2027-01-25' }]);
    expect(result.pauses).toEqual([
      { eventId: 'e1', kind: 'seizure', since: '2027-01-10', confirmedOn: null, stepIndex: 0, days: 8 },
    ]);
    const after = paused(input(), [], [event('2027-01-10')], '2027-01-25');
    expect(after.steps[0]?.end).toBe('2027-01-25');
    expect(after.steps[1]?.start).toBe('2027-01-26');
    expect(after.steps.map((s) => s.doseMg)).toEqual(base.steps.map((s) => s.doseMg));
  });

  it('adds nothing while no cut falls due during the pause', () => {
    expect(redFlagPauses(plan(input()), [event('2027-01-10')], '2027-01-12').holds).toEqual([]);
    expect(redFlagPauses(plan(input()), [event('2027-01-10', '2027-01-17')], '2027-03-01').holds).toEqual([]);
  });

  it('ends a confirmed pause on the confirmation day, whenever the plan is read', () => {
    const events = [event('2027-01-10', '2027-01-20')];
    const read = (today: CalendarDate) => paused(input(), [], events, today);
    expect(read('2027-01-20').steps[1]?.start).toBe('2027-01-21');
    expect(read('2027-06-30')).toEqual(read('2027-01-20'));
  });

  it('moves the start for an event before the plan begins', () => {
    const result = redFlagPauses(plan(input()), [event('2027-01-01')], '2027-01-06');
    expect(result).toMatchObject({ holds: [], startDelayDays: 3, pauses: [{ stepIndex: null, days: 3 }] });
    expect(paused(input(), [], [event('2027-01-01')], '2027-01-06').steps[0]?.start).toBe('2027-01-07');
  });

  it('does not add overlapping pauses up', () => {
    const one = paused(input(), [], [event('2027-01-10')], '2027-01-25');
    const two = paused(input(), [], [event('2027-01-10'), event('2027-01-12', '2027-01-20', 'e2')], '2027-01-25');
    expect(starts(two)).toEqual(starts(one));
  });

  it('keeps a plan of nearly ten years paused past the ten-year limit, while a hold of the person’s own is refused', () => {
    // 20 mg in 0.3 mg cuts every 56 days: the final step starts on day 3,640 of the 3,653 a plan may run.
    const long = input({ strategy: { kind: 'linear', stepMg: 0.3, intervalDays: 56 } });
    const base = plan(long);
    const unconfirmed = paused(long, [], [event(addDays(START, 100))], addDays(START, 200));
    const final = unconfirmed.steps[unconfirmed.steps.length - 1];
    expect(daysBetween(START, final?.start ?? START)).toBeGreaterThan(MAX_PLAN_DAYS);
    expect(unconfirmed.steps.map((s) => s.doseMg)).toEqual(base.steps.map((s) => s.doseMg));
    const ownHold: Hold = { stepIndex: 2, days: 100, reason: 'my own hold', createdAt: START };
    expect(planTaper(long, { holds: [ownHold] })).toMatchObject({ ok: false, error: { code: 'plan_too_long' } });
  });

  it('leaves the final step alone: it lasts anyway', () => {
    const base = plan(input());
    const last = base.steps[base.steps.length - 1];
    expect(
      redFlagPauses(base, [event(addDays(last?.start ?? START, 3))], addDays(last?.start ?? START, 30)).holds,
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties: any plan, any events and confirmations, any day the plan is read.

/** Each run plans three or four times; allow the time. */
const TIMEOUT_MS = 60_000;

const inputArb = fc
  .record({
    medicationId: fc.constantFrom('diazepam', 'clonazepam', 'lorazepam'),
    doseSteps: fc.integer({ min: 4, max: 40 }),
    percent: fc.integer({ min: 5, max: 25 }),
    intervalDays: fc.integer({ min: 7, max: 28 }),
  })
  .map(({ medicationId, doseSteps, percent, intervalDays }): PlanInput => {
    // Doses the liquid measures exactly: diazepam 1 mg/mL, clonazepam drops, lorazepam tablets.
    const form = medicationId === 'clonazepam' ? 'drops' : medicationId === 'lorazepam' ? 'tablet' : 'liquid';
    const unit = medicationId === 'diazepam' ? 1 : medicationId === 'clonazepam' ? 0.1 : 0.5;
    return input({
      medicationId,
      form,
      currentDoseMg: Math.round(doseSteps * unit * 10) / 10,
      strategy: { kind: 'proportional', percent, intervalDays },
    });
  });
const day = (min: number, max: number) => fc.integer({ min, max }).map((n) => addDays(START, n));
const eventArb = fc
  .record({
    on: fc.integer({ min: -30, max: 400 }),
    confirmedAfter: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  })
  .map(({ on, confirmedAfter }) => ({ on, confirmedAfter }));
const eventsArb = fc.array(eventArb, { maxLength: 5 }).map((list) =>
  list.map(({ on, confirmedAfter }, i): PauseEvent => ({
    id: `e${String(i)}`,
    kind: 'seizure',
    date: addDays(START, on),
    confirmedOn: confirmedAfter === undefined ? null : addDays(START, on + confirmedAfter),
  })),
);
const holdsArb = fc
  .array(fc.record({ stepIndex: fc.integer({ min: 0, max: 10 }), days: fc.integer({ min: 1, max: 30 }) }), {
    maxLength: 3,
  })
  .map((list) => list.map((h): Hold => ({ ...h, reason: 'my own hold', createdAt: START })));

describe('redFlagPauses properties', () => {
  test.prop([inputArb, holdsArb, eventsArb, day(-30, 600)], { numRuns: 300 })(
    'no step after an unconfirmed event starts before tomorrow, none in a confirmed pause; doses never change',
    (planInput, holds, events, today) => {
      const base = plan(planInput, holds);
      const after = paused(planInput, holds, events, today);
      expect(after.steps.map((s) => s.doseMg)).toEqual(base.steps.map((s) => s.doseMg));
      for (const e of events) {
        const last = e.confirmedOn ?? today;
        for (const step of after.steps) {
          if (step.start > e.date)
            expect(step.start > last, `${step.start} after ${e.date}, paused to ${last}`).toBe(true);
        }
      }
    },
    TIMEOUT_MS,
  );

  test.prop([inputArb, holdsArb, eventArb, day(-30, 600)], { numRuns: 200 })(
    'one event pauses exactly to its last paused day, and a confirmed one no further whenever the plan is read',
    (planInput, holds, { on, confirmedAfter }, today) => {
      const e: PauseEvent = {
        id: 'e',
        kind: 'seizure',
        date: addDays(START, on),
        confirmedOn: confirmedAfter === undefined ? null : addDays(START, on + confirmedAfter),
      };
      const base = plan(planInput, holds);
      const after = paused(planInput, holds, [e], today);
      const last = e.confirmedOn ?? today;
      const nextBefore = base.steps.findIndex((s) => s.start > e.date);
      if (nextBefore === -1) {
        expect(after).toEqual(base);
        return;
      }
      const due = base.steps[nextBefore]?.start ?? START;
      const expected = due > last ? due : addDays(last, 1);
      expect(after.steps[nextBefore]?.start).toBe(expected);
      if (e.confirmedOn !== null)
        expect(paused(planInput, holds, [e], addDays(today, 365))).toEqual(paused(planInput, holds, [e], today));
    },
    TIMEOUT_MS,
  );

  test.prop([inputArb, holdsArb, day(-30, 600)], { numRuns: 100 })(
    'a plan without events is unchanged',
    (planInput, holds, today) => {
      expect(paused(planInput, holds, [], today)).toEqual(plan(planInput, holds));
    },
    TIMEOUT_MS,
  );
});
