import { useEffect, useRef, useState } from 'preact/hooks';
import type { MySymptom } from '../../../api/schemas.js';
import { useRecords } from '../../data/web-data-context.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSymptomName } from '../symptoms/symptom-name.js';

/**
 * The symptoms tracked by default, each a toggle (already on), sent at once as on the Symptoms screen. Only the
 * defaults are shown, to keep this short; the whole catalogue is on the Symptoms screen.
 */
export function TrackStep({ onNext }: { readonly onNext: () => void }) {
  const { t } = useI18n();
  const records = useRecords();
  const describeFailure = useDescribeFailure();
  const nameOf = useSymptomName();
  const [list, setList] = useState<readonly MySymptom[] | undefined>(undefined);
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  // A toggle whose change is on its way ignores another tap until the answer is back.
  const busy = useRef(new Set<string>());

  useEffect(() => {
    void records.mySymptoms().then((result) => {
      if (result.ok) setList(result.value.symptoms.filter((s) => s.pinnedByDefault && !s.own));
      else setFailure(t('firstRun.trackFailed', { reason: describeFailure(result.error) }));
    });
  }, []);

  async function toggle(symptom: MySymptom) {
    if (busy.current.has(symptom.id)) return;
    busy.current.add(symptom.id);
    const result = await records.pinSymptom(symptom.id, !symptom.pinned);
    busy.current.delete(symptom.id);
    if (result.ok) setList((old) => old?.map((s) => (s.id === result.value.id ? result.value : s)));
    else setStatus(describeFailure(result.error));
  }

  return (
    <>
      <p>{t('firstRun.trackIntro')}</p>
      {list === undefined && !failure && (
        <p class="status" role="status">
          {t('firstRun.trackLoading')}
        </p>
      )}
      {failure && <p class="notice">{failure}</p>}
      {list && (
        <ul class="first-run__symptoms" data-testid="first-run-symptoms">
          {list.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                class="button toggle first-run__symptom"
                aria-pressed={s.pinned ? 'true' : 'false'}
                aria-label={t('symptoms.trackLabel', { name: nameOf(s) })}
                onClick={() => void toggle(s)}
              >
                <span class="toggle__mark" aria-hidden="true">
                  {s.pinned ? '✓' : ''}
                </span>
                {nameOf(s)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t('firstRun.trackLater')}</p>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <button type="button" class="button button--primary" onClick={onNext}>
        {t('firstRun.next')}
      </button>
    </>
  );
}
