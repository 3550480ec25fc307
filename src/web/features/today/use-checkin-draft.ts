import { useEffect, useState } from 'preact/hooks';
import type { Checkin } from '../../../api/schemas.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { readJson, remove, writeJson } from '../../local-storage.js';
import { asDraft, draftFromCheckin, EMPTY_DRAFT, type CheckinDraft } from './checkin-form.js';
import type { TodayData } from './sync-marks.js';

export interface DraftWhere {
  readonly accountId: string;
  readonly date: string;
}

/**
 * The chosen day's check-in as the person edits it: loaded from the account (or the device's copy), or
 * restored from what they typed and did not save (kept per day in localStorage, so a closed tab loses nothing).
 */
export function useCheckinDraft(data: TodayData, where: DraftWhere) {
  const describeFailure = useDescribeFailure();
  const { t } = useI18n();
  const key = `draft.${where.accountId}.${where.date}`;
  const [draft, setDraft] = useState<CheckinDraft | undefined>(undefined);
  const [fresh, setFresh] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<keyof CheckinDraft>>(new Set());
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let live = true;
    setDraft(undefined);
    setTouched(new Set());
    setNotice('');
    void data.records.getCheckin(where.date).then((result) => {
      if (!live) return;
      const unsaved = asDraft(readJson(key));
      setFresh(!result.ok);
      if (unsaved) {
        setDraft(unsaved);
        setNotice(t('today.draftRestored'));
      } else if (result.ok) setDraft(draftFromCheckin(result.value));
      else {
        setDraft(EMPTY_DRAFT);
        if (result.error.code !== 'not_found')
          setNotice(t('today.loadFailed', { reason: describeFailure(result.error) }));
      }
    });
    return () => {
      live = false;
    };
  }, [key]);

  /** The person's own change: kept on the device until it is saved. */
  function update(change: Partial<CheckinDraft>) {
    if (!draft) return;
    const next = { ...draft, ...change };
    setDraft(next);
    writeJson(key, next);
    setTouched(new Set([...touched, ...(Object.keys(change) as (keyof CheckinDraft)[])]));
  }

  /** The day as the account now holds it (after a save, or another device's later edit). */
  function saved(checkin: Checkin) {
    remove(key);
    setDraft(draftFromCheckin(checkin));
    setFresh(false);
  }

  /** True while the person has typed changes that are not saved yet. */
  const typing = () => readJson(key) !== undefined;

  return { draft, fresh, touched, notice, setNotice, update, saved, typing };
}

export type CheckinDraftState = ReturnType<typeof useCheckinDraft>;
