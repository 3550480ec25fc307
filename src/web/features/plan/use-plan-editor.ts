/**
 * The planner form's state: the draft, the errors by field, the preview (or the refusal), and saving. After the
 * first preview, changes update it by themselves after a short pause in typing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiFailure } from '../../../api/api-result.js';
import type { MedicationView, PlanView, SavedPlan } from '../../../api/plan-schemas.js';
import { checkField, fieldName, useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { inputIdFor, MORE_OPTION_FIELDS, type FieldErrors } from './editor-fields.js';
import type { PlanData } from './plan-data.js';
import { draftToInput } from './draft-to-input.js';
import type { PlanDraft } from './plan-draft.js';

const PREVIEW_DELAY_MS = 700;

/** What the result area shows: a preview, the server's refusal, or nothing while a field needs fixing (never an old preview). */
export type Shown =
  | { readonly kind: 'preview'; readonly plan: PlanView }
  | { readonly kind: 'failed'; readonly error: ApiFailure }
  | { readonly kind: 'invalid' };

export interface EditorOptions {
  readonly data: PlanData;
  readonly medications: readonly MedicationView[];
  readonly initial: PlanDraft;
  readonly onSaved: (saved: SavedPlan) => void;
}

function focusField(field: string, draft: PlanDraft): void {
  const id = inputIdFor(field, draft);
  // After the render that shows the error (and opens "More options" when needed).
  if (id !== undefined) window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

export function usePlanEditor({ data, medications, initial, onSaved }: EditorOptions) {
  const describeFailure = useDescribeFailure();
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState(initial);
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [moreOpen, setMoreOpen] = useState<boolean | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [saveStatus, setSaveStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const autoPreview = useRef(false);
  const request = useRef(0);
  const medication = medications.find((m) => m.id === draft.medicationId);

  function showFieldError(field: string, text: string) {
    setErrors({ [field]: text });
    if (MORE_OPTION_FIELDS.has(field)) setMoreOpen(true);
  }

  async function preview(current: PlanDraft, pressed: boolean) {
    const body = draftToInput(current, medication);
    if (!body.ok) {
      const field = body.error.field;
      showFieldError(field, describeFailure(body.error));
      // The preview no longer matches the form: hide it rather than show a plan for other numbers.
      request.current++;
      setShown({ kind: 'invalid' });
      setStatus(checkField(i18n.t, fieldName(i18n.t, field)));
      if (pressed) focusField(field, current);
      return;
    }
    const seq = ++request.current;
    setStatus(t('plan.previewing'));
    const result = await data.preview(body.value);
    if (seq !== request.current) return;
    autoPreview.current = true;
    if (result.ok) {
      setErrors({});
      setShown({ kind: 'preview', plan: result.value });
      setStatus(t('plan.previewUpdated'));
      setSaveStatus('');
      return;
    }
    const field = result.error.field;
    if (field !== undefined && inputIdFor(field, current) !== undefined)
      showFieldError(field, describeFailure(result.error));
    else setErrors({});
    setShown({ kind: 'failed', error: result.error });
    // The reason is said once, in the box below (and at the field); the status line only points there.
    setStatus(t('plan.blocked'));
    if (pressed && field !== undefined) focusField(field, current);
  }

  useEffect(() => {
    if (!autoPreview.current) return undefined;
    const timer = window.setTimeout(() => void preview(draft, false), PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft]);

  async function save() {
    if (saving) return;
    const body = draftToInput(draft, medication);
    if (!body.ok) return void preview(draft, true);
    setSaving(true);
    setSaveStatus(t('plan.saving'));
    const result = await data.save(body.value);
    setSaving(false);
    if (result.ok) {
      autoPreview.current = false;
      request.current++;
      setShown(undefined);
      setStatus('');
      setSaveStatus(t('plan.saved'));
      onSaved(result.value);
      return;
    }
    setSaveStatus(describeFailure(result.error));
  }

  return {
    draft,
    medication,
    errors,
    shown,
    status,
    saveStatus,
    saving,
    moreOpen,
    setMoreOpen,
    update: (change: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...change })),
    preview: (pressed: boolean) => preview(draft, pressed),
    save,
  };
}

export type PlanEditorState = ReturnType<typeof usePlanEditor>;
