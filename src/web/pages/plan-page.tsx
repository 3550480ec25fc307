import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiFailure } from '../../api/client.js';
import type { MedicationView, PlanInputBody, PlanView, SavedPlan } from '../../api/plan-schemas.js';
import { api } from '../api.js';
import { records } from '../offline/index.js';
import { localToday } from '../dates.js';
import { describeFailure } from '../errors.js';
import { messages } from '../messages.js';
import {
  DEFAULT_TIME_LABELS,
  draftFromInput,
  draftToInput,
  emptyDraft,
  diazepamEquivalent,
  equivalents,
  fitForm,
  formOptions,
  isHomeMixture,
  MIX_VOLUMES_ML,
  stepNumber,
  SYRINGE_ML,
  tabletStrengths,
  TIME_LABELS,
  type DiazepamForm,
  type EquivalentTable,
  type FormChoice,
  type PlanDraft,
  type StrategyChoice,
  type TimeLabel,
} from '../plan-form.js';
import { useScreenHeading } from '../use-screen-heading.js';
import { CheckboxField } from '../components/checkbox-field.js';
import { CustomSteps, customDaysId, customDoseId } from '../components/custom-steps.js';
import { HighDoseNotice } from '../components/high-dose-notice.js';
import { HoldForm } from '../components/hold-form.js';
import { MedicationFacts } from '../components/medication-facts.js';
import { NumberStepper } from '../components/number-stepper.js';
import { PlanChart } from '../components/plan-chart.js';
import { PlanTable } from '../components/plan-table.js';
import { PlanPause } from '../components/plan-pause.js';
import { PlanSummary } from '../components/plan-summary.js';
import { PlanWarnings } from '../components/plan-warnings.js';
import { PrepCards, printSteps } from '../components/prep-cards.js';
import { RadioCards, type RadioCard } from '../components/radio-cards.js';
import { SelectField } from '../components/select-field.js';
import { TextField } from '../components/text-field.js';

interface Props {
  readonly onSignedOut: () => void;
}

const t = messages.plan;
const PREVIEW_DELAY_MS = 700;
const PERCENT = { step: 1, min: 1, max: 25, start: 10 };
const INTERVAL = { step: 1, min: 7, max: 56, start: 14 };
const INTERVAL_LINEAR = { ...INTERVAL, min: 1 };

/** The input each field's error belongs to, so focus can go straight there. */
const FIELD_INPUT_IDS: Readonly<Partial<Record<string, string>>> = {
  medicationId: 'plan-medication',
  form: 'plan-form',
  currentDoseMg: 'plan-dose',
  doseTimes: 'plan-time-1',
  'strategy.percent': 'plan-percent',
  'strategy.intervalDays': 'plan-interval',
  'strategy.stepMg': 'plan-step-mg',
  'strategy.diazepamMgPerMg': 'equivalent-ashton',
  'strategy.diazepamForm': 'diazepam-form-liquid',
  startDate: 'plan-start',
  endpointMg: 'plan-maintain',
  floorMg: 'plan-floor',
  mixVolumeMl: 'plan-mix',
  strengthsMg: 'plan-strengths',
  syringeMl: 'plan-syringe',
};
/** Fields inside "More options": an error there opens it. */
const MORE_OPTION_FIELDS = new Set(['floorMg', 'mixVolumeMl', 'strengthsMg']);

/** The id of the input a field's error belongs to; undefined when the field has no input here. */
function inputIdFor(field: string, draft: PlanDraft): string | undefined {
  const row = /^strategy\.steps\.(\d+)\.(doseMg|days)$/.exec(field);
  if (row) return row[2] === 'days' ? customDaysId(Number(row[1])) : customDoseId(Number(row[1]));
  if (field === 'strategy.steps') return customDoseId(Math.max(0, draft.customSteps.length - 1));
  return FIELD_INPUT_IDS[field];
}

type KnownField =
  | 'medicationId'
  | 'form'
  | 'currentDoseMg'
  | 'doseTimes'
  | 'startDate'
  | 'endpointMg'
  | 'syringeMl'
  | 'floorMg'
  | 'mixVolumeMl'
  | 'strengthsMg';
/** Errors by field: the form's own fields by name, and dotted paths such as `strategy.steps.1.days`. */
type Errors = Readonly<Partial<Record<KnownField, string>> & { readonly [field: string]: string | undefined }>;

/** What the result area shows: a preview, the server's refusal, or nothing while a field needs fixing (never an old preview). */
type Shown =
  | { readonly kind: 'preview'; readonly plan: PlanView }
  | { readonly kind: 'failed'; readonly error: ApiFailure }
  | { readonly kind: 'invalid' };

/** The planner: a short form, a preview (warnings, chart, table), save, holds, calendar and prep cards. */
function jumpToSaved(event: Event): void {
  event.preventDefault();
  const heading = document.getElementById('result-heading');
  heading?.scrollIntoView();
  heading?.focus();
}

export function PlanPage({ onSignedOut }: Props) {
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [today] = useState(localToday);
  const [medications, setMedications] = useState<readonly MedicationView[] | null | undefined>(undefined);
  const [loadProblem, setLoadProblem] = useState('');
  const [saved, setSaved] = useState<SavedPlan | null>(null);
  const [draft, setDraft] = useState<PlanDraft | undefined>(undefined);
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [errors, setErrors] = useState<Errors>({});
  const [moreOpen, setMoreOpen] = useState<boolean | undefined>(undefined);
  const [printAll, setPrintAll] = useState(false);
  const [status, setStatus] = useState('');
  const [saveStatus, setSaveStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const autoPreview = useRef(false);
  const request = useRef(0);

  useEffect(() => {
    let live = true;
    void Promise.all([records.medications(), records.plan()]).then(([meds, plan]) => {
      if (!live) return;
      if (!meds.ok && meds.error.code === 'unauthenticated') return onSignedOut();
      if (!meds.ok) {
        setMedications(null);
        setLoadProblem(t.medicinesUnavailable(describeFailure(meds.error)));
        return;
      }
      const list = meds.value.medications;
      setMedications(list);
      if (plan.ok) {
        setSaved(plan.value);
        setDraft(draftFromInput(plan.value.input, today, list));
      } else {
        const first = list[0];
        setDraft({ ...emptyDraft(today, first?.id ?? ''), form: fitForm('tablet', first) });
      }
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  const medication = medications?.find((m) => m.id === draft?.medicationId);
  const nameOf = (id: string) => medications?.find((m) => m.id === id)?.name ?? id;

  async function runPreview(current: PlanDraft, pressed: boolean) {
    const body = draftToInput(current, medication);
    if (!body.ok) {
      const field = body.error.field;
      showFieldError(field, describeFailure(body.error));
      // The preview no longer matches the form: hide it rather than show a plan for other numbers.
      request.current++;
      setShown({ kind: 'invalid' });
      setStatus(messages.errors.checkField(messages.errors.fieldName(field)));
      if (pressed) focusField(field, current);
      return;
    }
    const seq = ++request.current;
    setStatus(t.previewing);
    const result = await api.previewPlan(body.value);
    if (seq !== request.current) return;
    autoPreview.current = true;
    if (result.ok) {
      setErrors({});
      setShown({ kind: 'preview', plan: result.value });
      setStatus(t.previewUpdated);
      setSaveStatus('');
      return;
    }
    if (result.error.code === 'unauthenticated') return onSignedOut();
    const field = result.error.field;
    if (field !== undefined && inputIdFor(field, current) !== undefined)
      showFieldError(field, describeFailure(result.error));
    else setErrors({});
    setShown({ kind: 'failed', error: result.error });
    // The reason is said once, in the box below (and at the field); the status line only points there.
    setStatus(t.blocked);
    if (pressed && field !== undefined) focusField(field, current);
  }

  function showFieldError(field: string, text: string) {
    setErrors({ [field]: text });
    if (MORE_OPTION_FIELDS.has(field)) setMoreOpen(true);
  }

  function focusField(field: string, current: PlanDraft) {
    const id = inputIdFor(field, current);
    // After the render that shows the error (and opens "More options" when needed).
    if (id !== undefined) window.setTimeout(() => document.getElementById(id)?.focus(), 0);
  }

  // After the first preview, changes update it by themselves (after a short pause in typing).
  useEffect(() => {
    if (!draft || !autoPreview.current) return undefined;
    const timer = window.setTimeout(() => void runPreview(draft, false), PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft]);

  function update(change: Partial<PlanDraft>) {
    if (!draft) return;
    setDraft({ ...draft, ...change });
  }

  async function save() {
    if (!draft || saving) return;
    const body = draftToInput(draft, medication);
    if (!body.ok) return void runPreview(draft, true);
    setSaving(true);
    setSaveStatus(t.saving);
    const result = await api.savePlan(body.value satisfies PlanInputBody);
    setSaving(false);
    if (result.ok) {
      autoPreview.current = false;
      request.current++;
      setSaved(result.value);
      setShown(undefined);
      setStatus('');
      setSaveStatus(t.saved);
      return;
    }
    if (result.error.code === 'unauthenticated') return onSignedOut();
    setSaveStatus(describeFailure(result.error));
  }

  if (medications === undefined || (medications !== null && !draft)) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t.title}
        </h1>
        <p class="status" role="status">
          {t.loadingPlan}
        </p>
      </>
    );
  }
  if (medications === null || !draft) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t.title}
        </h1>
        <p class="notice">{loadProblem}</p>
        <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>
          {t.retry}
        </button>
      </>
    );
  }

  const forms = formOptions(medication);
  const eqs = equivalents(medication);
  const strategyCards: RadioCard<StrategyChoice>[] = [
    { value: 'proportional', label: t.proportional, hint: t.proportionalHint },
    { value: 'linear', label: t.linear, hint: t.linearHint },
  ];
  if (medication && medication.id !== 'diazepam')
    strategyCards.push({ value: 'crossover', label: t.crossover, hint: t.crossoverHint });
  strategyCards.push({ value: 'custom', label: t.custom, hint: t.customHint });
  const crossover = draft.strategy === 'crossover';
  const usesSyringe = draft.form === 'liquid' || (crossover && draft.diazepamForm === 'liquid');
  const homeMixture = isHomeMixture(medication, draft.form);
  const strengths = tabletStrengths(medication, draft.form);
  const hasFloor = draft.strategy === 'proportional' || draft.strategy === 'linear';
  const hasMoreOptions = hasFloor || homeMixture || strengths.length > 0;
  const moreIsOpen = moreOpen ?? (draft.floorMg !== '' || draft.mixVolumeMl !== '' || draft.strengthsOff.length > 0);
  const times = draft.timeLabels.slice(0, draft.timesPerDay);
  const plan = shown?.kind === 'preview' ? shown.plan : shown === undefined ? saved?.plan : undefined;
  const showingSaved = shown === undefined && saved !== null ? saved : undefined;

  return (
    <>
      <div class="screen-only stack">
        <h1 id="plan-heading" ref={heading} tabIndex={-1}>
          {t.title}
        </h1>
        <p>{t.intro}</p>
        <p class="educational">{messages.educational}</p>
        {showingSaved && (
          // The saved plan sits below the form that changes it; people mostly come to read it.
          <p>
            <a class="jump-link" href="#result-heading" onClick={jumpToSaved}>
              {t.jumpToSaved}
            </a>
          </p>
        )}

        <form
          class="stack"
          noValidate
          aria-labelledby="plan-heading"
          onSubmit={(e) => {
            e.preventDefault();
            void runPreview(draft, true);
          }}
        >
          <section class="stack panel" aria-labelledby="about-heading">
            <h2 id="about-heading">{t.aboutHeading}</h2>
            <SelectField
              id="plan-medication"
              label={t.medication}
              value={draft.medicationId}
              error={errors.medicationId}
              options={medications.map((m) => ({ value: m.id, label: t.medicationOption(m.name, m.brandNames) }))}
              onChange={(id) => {
                const next = medications.find((m) => m.id === id);
                update({
                  medicationId: id,
                  form: fitForm(draft.form, next),
                  equivalent: '',
                  strengthsOff: [],
                  strategy: next?.id === 'diazepam' && draft.strategy === 'crossover' ? 'proportional' : draft.strategy,
                });
              }}
            />
            {medication && <MedicationFacts medication={medication} />}
            <SelectField
              id="plan-form"
              label={t.form}
              hint={t.formHint}
              value={draft.form}
              error={errors.form}
              options={forms.map((f) => ({ value: f.kind, label: t.formName(f.kind, f.homeMixture) }))}
              onChange={(form) => update({ form: form as FormChoice, strengthsOff: [] })}
            />
            <TextField
              id="plan-dose"
              label={t.dose}
              hint={t.doseHint}
              inputMode="decimal"
              value={draft.dose}
              error={errors.currentDoseMg}
              onInput={(dose) => update({ dose })}
            />
            <HighDoseNotice medication={medication} dose={draft.dose} />
            <RadioCards
              name="times"
              compact
              legend={t.timesLegend}
              value={String(draft.timesPerDay) as '1' | '2' | '3'}
              error={errors.doseTimes}
              cards={(['1', '2', '3'] as const).map((n) => ({ value: n, label: t.timesOption(Number(n)) }))}
              onChange={(n) => {
                const labels = DEFAULT_TIME_LABELS[Number(n)] ?? [];
                update({
                  timesPerDay: Number(n),
                  timeLabels: [...labels, ...TIME_LABELS.filter((l) => !labels.includes(l))],
                });
              }}
            />
            {times.map((label, i) => (
              <SelectField
                key={i}
                id={`plan-time-${String(i + 1)}`}
                label={t.timeLabel(i + 1)}
                value={label}
                options={TIME_LABELS.map((l) => ({ value: l, label: t.timeName(l) }))}
                onChange={(value) => {
                  const next = [...draft.timeLabels];
                  next[i] = value as TimeLabel;
                  update({ timeLabels: next });
                }}
              />
            ))}
            {draft.timesPerDay > 1 && (
              <RadioCards
                name="split"
                compact
                legend={t.splitLegend}
                value={draft.split}
                cards={[
                  { value: 'equal', label: t.splitEqual },
                  { value: 'own', label: t.splitOwn },
                ]}
                onChange={(split) => update({ split })}
              />
            )}
            {draft.timesPerDay > 1 &&
              draft.split === 'own' &&
              times.map((label, i) => (
                <TextField
                  key={label}
                  id={`plan-time-mg-${String(i + 1)}`}
                  label={t.timeMg(label)}
                  inputMode="decimal"
                  value={draft.timeMg[i] ?? ''}
                  onInput={(mg) => {
                    const next = [...draft.timeMg];
                    next[i] = mg;
                    update({ timeMg: next });
                  }}
                />
              ))}
          </section>

          <section class="stack panel" aria-labelledby="strategy-heading">
            <h2 id="strategy-heading">{t.strategyHeading}</h2>
            <RadioCards
              name="strategy"
              legend={t.strategyLegend}
              value={draft.strategy}
              cards={strategyCards}
              onChange={(strategy) => {
                const rows = draft.customSteps;
                // Starting one's own steps: the first row begins at the current dose.
                const customSteps =
                  strategy === 'custom' && rows[0]?.dose === ''
                    ? [{ ...rows[0], dose: draft.dose.trim() }, ...rows.slice(1)]
                    : rows;
                update({ strategy, customSteps });
              }}
            />
            {draft.strategy === 'proportional' && (
              <NumberStepper
                id="plan-percent"
                label={t.percent}
                hint={t.percentHint}
                value={draft.percent}
                error={errors['strategy.percent']}
                lessLabel={t.percentLess}
                moreLabel={t.percentMore}
                onLess={() => update({ percent: stepNumber(draft.percent, -1, PERCENT) })}
                onMore={() => update({ percent: stepNumber(draft.percent, 1, PERCENT) })}
                onInput={(percent) => update({ percent })}
              />
            )}
            {draft.strategy === 'linear' && (
              <TextField
                id="plan-step-mg"
                label={t.stepMg}
                hint={t.stepMgHint}
                inputMode="decimal"
                value={draft.stepMg}
                error={errors['strategy.stepMg']}
                onInput={(stepMg) => update({ stepMg })}
              />
            )}
            {(draft.strategy === 'proportional' || draft.strategy === 'linear') && (
              <NumberStepper
                id="plan-interval"
                label={t.interval}
                hint={t.intervalHint}
                value={draft.intervalDays}
                error={errors['strategy.intervalDays']}
                lessLabel={t.intervalLess}
                moreLabel={t.intervalMore}
                onLess={() =>
                  update({
                    intervalDays: stepNumber(
                      draft.intervalDays,
                      -1,
                      draft.strategy === 'linear' ? INTERVAL_LINEAR : INTERVAL,
                    ),
                  })
                }
                onMore={() =>
                  update({
                    intervalDays: stepNumber(
                      draft.intervalDays,
                      1,
                      draft.strategy === 'linear' ? INTERVAL_LINEAR : INTERVAL,
                    ),
                  })
                }
                onInput={(intervalDays) => update({ intervalDays })}
              />
            )}
            {draft.strategy === 'crossover' &&
              (eqs.length === 0 ? (
                <p class="notice">{t.noEquivalents}</p>
              ) : (
                <RadioCards<EquivalentTable>
                  name="equivalent"
                  legend={t.equivalentLegend}
                  intro={t.equivalentIntro}
                  value={draft.equivalent}
                  error={errors['strategy.diazepamMgPerMg']}
                  cards={eqs.map((e) => ({
                    value: e.table,
                    label: t.equivalentOption(e.table, e.mg, medication?.name ?? '', e.ratio),
                    detail: <p>{t.sources(e.sources)}</p>,
                  }))}
                  onChange={(equivalent) => update({ equivalent })}
                />
              ))}
            {crossover && eqs.length > 0 && (
              <RadioCards<DiazepamForm>
                name="diazepam-form"
                legend={t.diazepamFormLegend}
                value={draft.diazepamForm}
                error={errors['strategy.diazepamForm']}
                cards={[
                  { value: 'liquid', label: t.diazepamLiquid },
                  { value: 'tablet', label: t.diazepamTablet },
                ]}
                onChange={(diazepamForm) => update({ diazepamForm })}
              />
            )}
            {draft.strategy === 'custom' && (
              <CustomSteps
                rows={draft.customSteps}
                errors={errors}
                onChange={(customSteps) => update({ customSteps })}
              />
            )}
          </section>

          <section class="stack panel" aria-labelledby="details-heading">
            <h2 id="details-heading">{t.detailsHeading}</h2>
            <div class="field">
              <label class="field__label" for="plan-start">
                {t.startDate}
              </label>
              <p class="hint" id="plan-start-hint">
                {t.startDateHint}
              </p>
              {errors.startDate && (
                <p class="field__error" id="plan-start-error">
                  {errors.startDate}
                </p>
              )}
              <input
                id="plan-start"
                class="input"
                type="date"
                value={draft.startDate}
                aria-invalid={errors.startDate ? 'true' : undefined}
                aria-describedby={errors.startDate ? 'plan-start-error plan-start-hint' : 'plan-start-hint'}
                onInput={(e) => update({ startDate: e.currentTarget.value })}
              />
            </div>
            {/* With my own steps, the last row is the end point (see the steps above). */}
            {draft.strategy !== 'custom' && (
              <RadioCards
                name="endpoint"
                compact
                legend={t.endpointLegend}
                value={draft.endpoint}
                cards={[
                  { value: 'stop', label: t.endpointStop },
                  { value: 'maintain', label: t.endpointMaintain },
                ]}
                onChange={(endpoint) => update({ endpoint })}
              />
            )}
            {draft.strategy === 'custom' && errors.endpointMg && <p class="field__error">{errors.endpointMg}</p>}
            {draft.strategy !== 'custom' && draft.endpoint === 'maintain' && (
              <TextField
                id="plan-maintain"
                label={crossover ? t.maintainMgDiazepam : t.maintainMg}
                {...(crossover ? { hint: t.maintainHintDiazepam(diazepamEquivalent(draft, medication)) } : {})}
                inputMode="decimal"
                value={draft.maintainMg}
                error={errors.endpointMg}
                onInput={(maintainMg) => update({ maintainMg })}
              />
            )}
            <RadioCards
              name="pace"
              legend={t.paceLegend}
              value={draft.fasterPace ? 'faster' : 'guideline'}
              cards={[
                { value: 'guideline', label: t.paceGuideline, hint: t.paceGuidelineHint },
                { value: 'faster', label: t.paceFaster, hint: t.paceFasterHint },
              ]}
              onChange={(pace) => update({ fasterPace: pace === 'faster' })}
            />
            <CheckboxField
              id="plan-daily"
              label={t.takenDaily}
              checked={draft.takenDaily}
              onChange={(takenDaily) => update({ takenDaily })}
            />
            <CheckboxField
              id="plan-epilepsy"
              label={t.epilepsy}
              checked={draft.epilepsy}
              onChange={(epilepsy) => update({ epilepsy })}
            />
            {usesSyringe && (
              <SelectField
                id="plan-syringe"
                label={t.syringe}
                hint={t.syringeHint}
                value={draft.syringeMl}
                error={errors.syringeMl}
                options={SYRINGE_ML.map((ml) => ({ value: ml, label: t.syringeOption(ml) }))}
                onChange={(syringeMl) => update({ syringeMl })}
              />
            )}
            {hasMoreOptions && (
              <details class="more" open={moreIsOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
                <summary class="more__summary">{t.moreOptions}</summary>
                <div class="stack more__body">
                  {hasFloor && (
                    <TextField
                      id="plan-floor"
                      label={t.floorMg}
                      hint={t.floorHint}
                      inputMode="decimal"
                      value={draft.floorMg}
                      error={errors.floorMg}
                      onInput={(floorMg) => update({ floorMg })}
                    />
                  )}
                  {homeMixture && (
                    <SelectField
                      id="plan-mix"
                      label={t.mixVolume}
                      hint={t.mixVolumeHint}
                      value={draft.mixVolumeMl}
                      error={errors.mixVolumeMl}
                      options={MIX_VOLUMES_ML.map((ml) => ({ value: ml, label: t.mixVolumeOption(ml) }))}
                      onChange={(mixVolumeMl) => update({ mixVolumeMl })}
                    />
                  )}
                  {strengths.length > 0 && (
                    <fieldset
                      class="cards"
                      id="plan-strengths"
                      tabIndex={-1}
                      aria-describedby={
                        errors.strengthsMg ? 'plan-strengths-error plan-strengths-hint' : 'plan-strengths-hint'
                      }
                    >
                      <legend class="cards__legend">{t.strengthsLegend}</legend>
                      <p class="hint" id="plan-strengths-hint">
                        {t.strengthsHint}
                      </p>
                      {errors.strengthsMg && (
                        <p class="field__error" id="plan-strengths-error">
                          {errors.strengthsMg}
                        </p>
                      )}
                      {strengths.map((mg) => (
                        <CheckboxField
                          key={mg}
                          id={`plan-strength-${String(mg).replace('.', '-')}`}
                          label={t.strengthOption(mg)}
                          checked={!draft.strengthsOff.includes(mg)}
                          onChange={(checked) =>
                            update({
                              strengthsOff: checked
                                ? draft.strengthsOff.filter((s) => s !== mg)
                                : [...draft.strengthsOff, mg],
                            })
                          }
                        />
                      ))}
                    </fieldset>
                  )}
                </div>
              </details>
            )}
          </section>

          <div class="save-row">
            <button type="submit" class="button button--primary">
              {t.preview}
            </button>
            <p class="status" role="status" aria-live="polite" data-testid="preview-status">
              {status}
            </p>
          </div>
        </form>

        {shown?.kind === 'failed' && (
          <section class="warnings" aria-labelledby="blocked-heading" data-testid="plan-blocked">
            <h2 id="blocked-heading">{t.blocked}</h2>
            <p class="warning__message">{describeFailure(shown.error)}</p>
          </section>
        )}

        {plan && (
          <section
            class="stack"
            aria-labelledby="result-heading"
            data-testid={showingSaved ? 'saved-plan' : 'plan-preview'}
          >
            <h2 id="result-heading" tabIndex={-1}>
              {showingSaved ? t.savedHeading : t.previewHeading}
            </h2>
            {showingSaved && (
              <>
                <p>{t.savedLine(showingSaved.revision, showingSaved.createdAt)}</p>
                <p class="hint">{t.showingSaved}</p>
                <PlanPause saved={showingSaved} today={today} onSaved={setSaved} onSignedOut={onSignedOut} />
              </>
            )}
            <PlanSummary
              plan={plan}
              nameOf={nameOf}
              chosenFormName={t.formName(
                draft.strategy === 'crossover' ? draft.diazepamForm : draft.form,
                draft.strategy !== 'crossover' && homeMixture,
              )}
            />
            <PlanWarnings warnings={plan.warnings} />
            <h3>{t.chartHeading}</h3>
            <PlanChart plan={plan} scaleName={nameOf(plan.doseScale)} />
            <h3>{t.scheduleHeading}</h3>
            <PlanTable plan={plan} nameOf={nameOf} />
            <div class="save-row">
              {!showingSaved && (
                <button
                  type="button"
                  class="button button--primary"
                  aria-disabled={saving ? 'true' : undefined}
                  onClick={() => void save()}
                >
                  {t.save}
                </button>
              )}
              <p class="status" role="status" aria-live="polite" data-testid="plan-save-status">
                {saveStatus}
              </p>
            </div>
            <RadioCards
              name="print-scope"
              compact
              legend={t.printLegend}
              value={printAll ? 'all' : 'upcoming'}
              cards={[
                { value: 'upcoming', label: t.printUpcoming },
                { value: 'all', label: t.printAll },
              ]}
              onChange={(scope) => setPrintAll(scope === 'all')}
            />
            <p>
              <button type="button" class="button" aria-describedby="print-hint" onClick={() => window.print()}>
                {t.print}
              </button>
            </p>
            <p class="hint" id="print-hint">
              {t.printHint(printSteps(plan, today, printAll).length)}
            </p>
            {showingSaved && (
              <>
                <p>
                  <a
                    class="button"
                    href={api.planCalendarUrl(true)}
                    download="taper-plan.ics"
                    aria-describedby="calendar-hint"
                  >
                    {t.calendar}
                  </a>
                </p>
                <p class="hint" id="calendar-hint">
                  {t.calendarHint}
                </p>
                <HoldForm saved={showingSaved} today={today} onSaved={setSaved} onSignedOut={onSignedOut} />
              </>
            )}
          </section>
        )}
      </div>
      {plan && <PrepCards steps={printSteps(plan, today, printAll)} nameOf={nameOf} pace={plan.pace} />}
    </>
  );
}
