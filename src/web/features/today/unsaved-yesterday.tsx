import { useState } from 'preact/hooks';
import { addDays } from '../../../core/index.js';
import { localIsoDateTime } from '../../dates.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { readJson, remove } from '../../local-storage.js';
import { asDraft, draftToBody } from './checkin-form.js';
import type { TodayData } from './sync-marks.js';

interface Props {
  readonly data: TodayData;
  readonly where: { readonly accountId: string; readonly today: string };
  readonly on: { readonly saved: (text: string) => void };
}

/** A check-in typed yesterday and never saved (the day ended first) is offered here, to save for its own day. */
export function UnsavedYesterday({ data, where, on }: Props) {
  const describeFailure = useDescribeFailure();
  const { t, f } = useI18n();
  const yesterday = addDays(where.today, -1);
  const key = `draft.${where.accountId}.${yesterday}`;
  const [unsaved, setUnsaved] = useState(() => asDraft(readJson(key)));
  const [status, setStatus] = useState('');
  if (!unsaved) return null;
  const day = f.weekday(yesterday);

  async function save() {
    if (!unsaved) return;
    const body = draftToBody(unsaved);
    if (!body.ok) return setStatus(describeFailure(body.error));
    const result = await data.records.saveCheckin(yesterday, {
      ...body.value,
      editedAt: localIsoDateTime(data.clock()),
    });
    if (!result.ok) return setStatus(describeFailure(result.error));
    remove(key);
    setUnsaved(undefined);
    on.saved(t('today.yesterdaySaved', { day }));
  }

  return (
    <div class="notice stack" data-testid="unsaved-yesterday">
      <p>{t('today.yesterdayUnsaved', { day })}</p>
      <div class="quick-row">
        <button type="button" class="button button--primary" onClick={() => void save()}>
          {t('today.yesterdaySave', { day })}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            remove(key);
            setUnsaved(undefined);
          }}
        >
          {t('today.yesterdayDiscard')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </div>
  );
}
