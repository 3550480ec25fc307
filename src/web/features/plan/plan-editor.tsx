import type { MedicationView, SavedPlan } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { DetailsSection } from './details-section.js';
import { MedicineSection } from './medicine-section.js';
import type { PlanData } from './plan-data.js';
import { isHomeMixture } from './medicine-choices.js';
import type { PlanDraft } from './plan-draft.js';
import { PlanOverview } from './plan-overview.js';
import { PrepCards, printSteps } from './prep-cards.js';
import { StrategySection } from './strategy-section.js';
import { usePlanEditor, type PlanEditorState } from './use-plan-editor.js';
import { SubmitRow } from '../../components/submit-row.js';
import { usePlanWords, type PlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The form the plan's adjustments are explained against: what the person chose to measure with. */
export function chosenFormName(w: PlanWords, draft: PlanDraft, medication: MedicationView | undefined): string {
  const crossover = draft.strategy === 'crossover';
  return w.plan.formName(
    crossover ? draft.diazepamForm : draft.form,
    !crossover && isHomeMixture(medication, draft.form),
  );
}

interface ResultProps {
  readonly editor: PlanEditorState;
  readonly today: CalendarDate;
  readonly nameOf: (id: string) => string;
}

/** Below the form: the refusal in words, or the preview with its Save button. */
function PreviewResult({ editor, today, nameOf }: ResultProps) {
  const { t } = useI18n();
  const w = usePlanWords();
  const describeFailure = useDescribeFailure();
  const { shown } = editor;
  if (shown?.kind === 'failed')
    return (
      <section class="warnings" aria-labelledby="blocked-heading" data-testid="plan-blocked">
        <h2 id="blocked-heading">{t('plan.blocked')}</h2>
        <p class="warning__message">{describeFailure(shown.error)}</p>
      </section>
    );
  if (shown?.kind !== 'preview') return null;
  return (
    <section class="stack" aria-labelledby="preview-heading" data-testid="plan-preview">
      <h2 id="preview-heading" tabIndex={-1}>
        {t('plan.previewHeading')}
      </h2>
      <PlanOverview
        plan={shown.plan}
        today={today}
        nameOf={nameOf}
        chosenFormName={chosenFormName(w, editor.draft, editor.medication)}
      />
      <div class="save-row">
        <button
          type="button"
          class="button button--primary"
          aria-disabled={editor.saving ? 'true' : undefined}
          onClick={() => void editor.save()}
        >
          {t('plan.save')}
        </button>
        <p class="status" role="status" aria-live="polite" data-testid="plan-save-status">
          {editor.saveStatus}
        </p>
      </div>
    </section>
  );
}

export interface EditorProps {
  readonly data: PlanData;
  readonly medications: readonly MedicationView[];
  readonly initial: PlanDraft;
  readonly hasSaved: boolean;
  readonly today: CalendarDate;
  readonly nameOf: (id: string) => string;
  readonly onSaved: (saved: SavedPlan) => void;
  /** Back to the saved plan, unchanged (only when there is one). */
  readonly onCancel: () => void;
}

/** The planner: three short sections, Preview, and the preview (or refusal) below with Save. */
export function PlanEditor(props: EditorProps) {
  const { t } = useI18n();
  const { medications, hasSaved, today, nameOf, onCancel } = props;
  const editor = usePlanEditor(props);
  const section = { draft: editor.draft, medication: editor.medication, errors: editor.errors, update: editor.update };
  const plan = editor.shown?.kind === 'preview' ? editor.shown.plan : undefined;
  return (
    <>
      <div class="screen-only stack">
        <h2 id="editor-heading" tabIndex={-1}>
          {hasSaved ? t('plan.screen.editorHeading') : t('plan.screen.newHeading')}
        </h2>
        <p>{hasSaved ? t('plan.screen.editorIntro') : t('plan.screen.noPlanIntro')}</p>
        <p class="educational">{t('app.educational')}</p>
        {hasSaved && (
          <p>
            <button type="button" class="button" onClick={onCancel}>
              {t('plan.screen.keepSaved')}
            </button>
          </p>
        )}
        <form
          class="stack"
          noValidate
          aria-labelledby="editor-heading"
          onSubmit={(e) => {
            e.preventDefault();
            void editor.preview(true);
          }}
        >
          <MedicineSection {...section} medications={medications} />
          <StrategySection {...section} />
          <DetailsSection {...section} moreOpen={editor.moreOpen} onMoreToggle={editor.setMoreOpen} />
          <SubmitRow label={t('plan.preview')} status={editor.status} statusTestId="preview-status" />
        </form>
        <PreviewResult editor={editor} today={today} nameOf={nameOf} />
      </div>
      {plan && <PrepCards steps={printSteps(plan, today, false)} nameOf={nameOf} pace={plan.pace} />}
    </>
  );
}
