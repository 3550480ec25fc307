import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RedFlagView } from '../api/schemas.js';
import { useRecords } from './data/web-data-context.js';
import { useI18n } from './i18n/i18n-context.js';
import { BUILT_IN_RED_FLAGS, BUILT_IN_SUPPLY_FLAGS, inOwnWords, orderRedFlags } from './red-flags.js';

/**
 * The red flags and supply flags the screens offer: built in, so they show before anything loads and offline,
 * then the server's list once signed in. Kept as the server sent them and put in the active language on each
 * render, so switching language changes them too.
 */
export function useRedFlags(accountId: string | undefined) {
  const records = useRecords();
  const { t } = useI18n();
  const [flags, setFlags] = useState({ redFlags: BUILT_IN_RED_FLAGS, supplyFlags: BUILT_IN_SUPPLY_FLAGS });
  useEffect(() => {
    if (accountId === undefined) return;
    void records.redFlags().then((r) => {
      if (!r.ok) return;
      setFlags((shown) => ({
        redFlags: r.value.redFlags.length > 0 ? r.value.redFlags : shown.redFlags,
        supplyFlags: r.value.supplyFlags,
      }));
    });
    // Kept on the device now, so these screens open offline later even if never visited online.
    void records.instruments();
    void records.medications();
  }, [accountId, records]);
  return useMemo(() => {
    const own = (list: readonly RedFlagView[]) => list.map((flag) => inOwnWords(t, flag));
    return { redFlags: orderRedFlags(own(flags.redFlags)), supplyFlags: own(flags.supplyFlags) };
  }, [flags, t]);
}
