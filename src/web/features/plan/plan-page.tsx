import { useEffect, useState } from 'preact/hooks';
import type { MedicationView, SavedPlan } from '../../../api/plan-schemas.js';
import { localToday } from '../../dates.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { usePlanData } from './plan-data.js';
import { chosenFormName, PlanEditor } from './plan-editor.js';
import { draftFromInput } from './draft-from-input.js';
import { emptyDraft } from './plan-draft.js';
import { fitForm } from './medicine-choices.js';
import { SavedPlanView } from './saved-plan.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Loaded {
  readonly medications: readonly MedicationView[];
  readonly saved: SavedPlan | null;
  /** The saved plan came from this device's copy: the server could not be reached. */
  readonly offline: boolean;
}

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly reason: string }
  | ({ readonly kind: 'ready' } & Loaded);

/** The Plan screen: the saved plan first (now, next, the schedule), the editor behind "Change my plan". */
/** The Plan screen for the signed-in account (`accountId`: its device memory, such as a cut it went ahead with). */
export function PlanPage({ accountId }: { readonly accountId: string }) {
  const { t } = useI18n();
  const w = usePlanWords();
  const describeFailure = useDescribeFailure();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const data = usePlanData();
  const [today] = useState(() => localToday(data.clock()));
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [editing, setEditing] = useState(false);
  const [savedNote, setSavedNote] = useState('');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([data.medications(), data.plan()]).then(([meds, plan]) => {
      if (!live) return;
      if (!meds.ok)
        return setLoad({ kind: 'failed', reason: w.plan.medicinesUnavailable(describeFailure(meds.error)) });
      const saved = plan.ok ? plan.value : null;
      setLoad({ kind: 'ready', medications: meds.value.medications, saved, offline: !data.isOnline() });
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  const title = (
    <h1 id="plan-heading" ref={heading} tabIndex={-1}>
      {t('plan.title')}
    </h1>
  );
  if (load.kind === 'loading')
    return (
      <>
        {title}
        <p class="status" role="status">
          {t('plan.loadingPlan')}
        </p>
      </>
    );
  if (load.kind === 'failed')
    return (
      <>
        {title}
        <p class="notice">{load.reason}</p>
        <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>
          {t('plan.retry')}
        </button>
      </>
    );

  const { medications, saved } = load;
  const nameOf = (id: string) => medications.find((m) => m.id === id)?.name ?? id;
  const draft = saved
    ? draftFromInput(saved.input, today, medications)
    : { ...emptyDraft(today, medications[0]?.id ?? ''), form: fitForm('tablet', medications[0]) };
  const medication = medications.find((m) => m.id === draft.medicationId);
  const setSaved = (next: SavedPlan) => setLoad({ ...load, saved: next });

  return (
    <>
      <div class="screen-only">{title}</div>
      {saved && !editing ? (
        <SavedPlanView
          data={data}
          saved={saved}
          today={today}
          accountId={accountId}
          nameOf={nameOf}
          chosenFormName={chosenFormName(w, draft, medication)}
          offline={load.offline}
          status={savedNote}
          onEdit={() => {
            setSavedNote('');
            setEditing(true);
            requestAnimationFrame(() => document.getElementById('editor-heading')?.focus());
          }}
          onSaved={setSaved}
        />
      ) : (
        <PlanEditor
          data={data}
          medications={medications}
          initial={draft}
          hasSaved={saved !== null}
          today={today}
          nameOf={nameOf}
          onSaved={(next) => {
            setSaved(next);
            setEditing(false);
            setSavedNote(t('plan.saved'));
            // The editor is gone: the keyboard goes to the saved plan it made.
            requestAnimationFrame(() => document.getElementById('result-heading')?.focus());
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => document.getElementById('result-heading')?.focus());
          }}
        />
      )}
    </>
  );
}
