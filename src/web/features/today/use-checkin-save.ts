import { useRef, useState } from 'preact/hooks';
import type { Checkin } from '../../../api/schemas.js';
import { localIsoDateTime } from '../../dates.js';
import { checkField, checkFields, fieldName, useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { draftProblems, draftToBody, type CheckinDraft, type FieldProblem } from './checkin-form.js';
import { isFarFromPlanned } from './dose-check.js';
import type { TodayData } from './sync-marks.js';

type Field = FieldProblem['field'];
export type FieldErrors = Partial<Record<Field, string>>;
const FIELD_INPUT_IDS: Readonly<Record<Field, string>> = { sleepHours: 'sleep-hours', doseMg: 'dose', note: 'note' };

export interface SaveHandlers {
  readonly onSaved: (checkin: Checkin) => void;
  readonly symptomName: (field: string) => string | undefined;
}

export interface SaveCheck {
  /** The planned dose to compare a typed dose with; undefined when the dose was not typed (from the plan or log). */
  readonly plannedMg: number | undefined;
  /** The person said "Yes, save it" to an unusual dose. */
  readonly confirmed: boolean;
}

/** An unusual dose waiting for the person's "Save anyway?". */
export interface FarDose {
  readonly typed: number;
  readonly planned: number;
}

/** Saves the check-in for one day: checks it on the device first, asks about an unusual dose, then one save at a time. */
export function useCheckinSave(data: TodayData, date: string, handlers: SaveHandlers) {
  const describeFailure = useDescribeFailure();
  const i18n = useI18n();
  const [status, setStatus] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [farDose, setFarDose] = useState<FarDose | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);

  function showFieldError(field: Field, text: string) {
    setFieldErrors({ [field]: text });
    setStatus(checkField(i18n.t, fieldName(i18n.t, field)));
    document.getElementById(FIELD_INPUT_IDS[field])?.focus();
  }

  /** Every field to fix, each with its own words, named together in the status; the first one focused. */
  function showFieldErrors(problems: readonly FieldProblem[]) {
    const [first] = problems;
    if (!first) return;
    if (problems.length === 1) return showFieldError(first.field, describeFailure(first));
    setFieldErrors(Object.fromEntries(problems.map((p) => [p.field, describeFailure(p)])));
    setStatus(
      checkFields(
        i18n,
        problems.map((p) => fieldName(i18n.t, p.field)),
      ),
    );
    document.getElementById(FIELD_INPUT_IDS[first.field])?.focus();
  }

  async function save(draft: CheckinDraft, check: SaveCheck) {
    if (busy.current) return;
    const body = draftToBody(draft);
    if (!body.ok) return showFieldErrors(draftProblems(draft));
    const dose = body.value.doseMg;
    const planned = check.plannedMg;
    if (!check.confirmed && typeof dose === 'number' && planned !== undefined && isFarFromPlanned(dose, planned)) {
      setStatus('');
      return setFarDose({ typed: dose, planned });
    }
    setFarDose(undefined);
    setFieldErrors({});
    busy.current = true;
    setSaving(true);
    setStatus(i18n.t('today.saving'));
    const result = await data.records.saveCheckin(date, { ...body.value, editedAt: localIsoDateTime(data.clock()) });
    busy.current = false;
    setSaving(false);
    if (result.ok) {
      handlers.onSaved(result.value.value);
      return setStatus(
        i18n.t(
          result.value.superseded ? 'today.superseded' : result.value.synced ? 'today.saved' : 'today.savedOnDevice',
        ),
      );
    }
    const text = describeFailure(result.error, handlers.symptomName);
    const field = result.error.field;
    if (field === 'sleepHours' || field === 'doseMg' || field === 'note') showFieldError(field, text);
    else setStatus(text);
  }

  function keepChecking() {
    setFarDose(undefined);
    document.getElementById('dose')?.focus();
  }

  return { status, setStatus, fieldErrors, farDose, saving, save, keepChecking };
}

export type CheckinSave = ReturnType<typeof useCheckinSave>;
