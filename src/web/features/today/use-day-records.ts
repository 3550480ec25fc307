import { useEffect, useState } from 'preact/hooks';
import type { AssessmentPromptView } from '../../../api/assessment-schemas.js';
import type { DoseView } from '../../../api/dose-schemas.js';
import type { SavedPlan } from '../../../api/plan-schemas.js';
import type { Checkin, MySymptom } from '../../../api/schemas.js';
import { addDays } from '../../../core/index.js';
import { SYMPTOM_GROUPS } from '../../../core/index.js';
import type { Local } from '../../data/outbox.js';
import { stepOn, type PlanStepView } from '../plan/plan-steps.js';
import { plannedIntakes, type PlannedIntake } from './dose-form.js';
import { entryState, useSentCount, type TodayData } from './sync-marks.js';

export interface DayRecords {
  readonly saved: SavedPlan | undefined;
  /** The plan's step in effect on the day; undefined without a plan or before it starts. */
  readonly step: PlanStepView | undefined;
  /** Each medicine's planned amount on the day: two during a switch to diazepam, never an equivalent total. */
  readonly planned: readonly PlannedIntake[];
  /** Pinned symptoms in the catalogue's group order; undefined while loading, null when they could not be loaded. */
  readonly symptoms: readonly MySymptom[] | null | undefined;
  readonly doses: readonly Local<DoseView>[];
  readonly setDoses: (doses: readonly Local<DoseView>[]) => void;
  readonly prompt: AssessmentPromptView['prompt'];
  /** The check-in of the day before, for "Same as yesterday" and the sleep it prefills; null when there is none. */
  readonly previous: Local<Checkin> | null | undefined;
  /** Goes up each time queued entries leave the outbox. */
  readonly sent: number;
  /** Whether the day's check-in is still waiting in the outbox, refused, or sent. */
  readonly checkinState: () => Promise<'waiting' | 'refused' | 'sent'>;
}

const groupOrder = (s: MySymptom) => {
  const at = (SYMPTOM_GROUPS as readonly string[]).indexOf(s.group);
  return at === -1 ? SYMPTOM_GROUPS.length : at;
};

/** What Today shows around the check-in, for the chosen day: plan, pinned symptoms, doses, the day before. */
export function useDayRecords(data: TodayData, date: string): DayRecords {
  const { records } = data;
  const [saved, setSaved] = useState<SavedPlan | undefined>(undefined);
  const [symptoms, setSymptoms] = useState<readonly MySymptom[] | null | undefined>(undefined);
  const [doses, setDoses] = useState<readonly Local<DoseView>[]>([]);
  const [prompt, setPrompt] = useState<AssessmentPromptView['prompt']>(null);
  const [previous, setPrevious] = useState<Local<Checkin> | null | undefined>(undefined);
  const sent = useSentCount(data);

  useEffect(() => {
    let live = true;
    void records.plan().then((r) => live && r.ok && setSaved(r.value));
    void records.mySymptoms().then((r) => {
      if (!live) return;
      const pinned = r.ok ? r.value.symptoms.filter((s) => s.pinned && !s.retired) : null;
      setSymptoms(pinned && [...pinned].sort((a, b) => groupOrder(a) - groupOrder(b)));
    });
    void records.assessmentPrompt().then((r) => live && r.ok && setPrompt(r.value.prompt));
    return () => {
      live = false;
    };
  }, [records]);

  useEffect(() => {
    let live = true;
    setDoses([]);
    setPrevious(undefined);
    void records.listDoses({ from: date, to: date }).then((r) => live && r.ok && setDoses(r.value));
    void records.getCheckin(addDays(date, -1)).then((r) => live && setPrevious(r.ok ? r.value : null));
    return () => {
      live = false;
    };
  }, [records, date]);

  // Once queued entries reach the account, drop their "not sent yet" marks.
  useEffect(() => {
    if (sent === 0) return;
    void records.listDoses({ from: date, to: date }).then((r) => r.ok && setDoses(r.value));
  }, [sent]);

  const step = saved ? stepOn(saved.plan, date) : undefined;
  return {
    saved,
    step,
    planned: plannedIntakes(step),
    symptoms,
    doses,
    setDoses,
    prompt,
    previous,
    sent,
    checkinState: () => entryState(data, (op) => op.kind === 'checkin' && op.date === date),
  };
}
