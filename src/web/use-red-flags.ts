import { useEffect, useState } from 'preact/hooks';
import type { RedFlagView } from '../api/schemas.js';
import { useRecords } from './data/web-data-context.js';
import { BUILT_IN_RED_FLAGS, BUILT_IN_SUPPLY_FLAGS, inOwnWords, orderRedFlags } from './red-flags.js';

/**
 * The red flags and supply flags the screens offer: built in, so they show before anything loads and offline,
 * then the server's list once signed in.
 */
export function useRedFlags(accountId: string | undefined) {
  const records = useRecords();
  const [redFlags, setRedFlags] = useState<readonly RedFlagView[]>(() => orderRedFlags(BUILT_IN_RED_FLAGS));
  const [supplyFlags, setSupplyFlags] = useState<readonly RedFlagView[]>(BUILT_IN_SUPPLY_FLAGS);
  useEffect(() => {
    if (accountId === undefined) return;
    void records.redFlags().then((r) => {
      if (r.ok && r.value.redFlags.length > 0) setRedFlags(orderRedFlags(r.value.redFlags.map(inOwnWords)));
      if (r.ok) setSupplyFlags(r.value.supplyFlags.map(inOwnWords));
    });
    // Kept on the device now, so these screens open offline later even if never visited online.
    void records.instruments();
    void records.medications();
  }, [accountId, records]);
  return { redFlags, supplyFlags };
}
