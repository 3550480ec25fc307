/**
 * The person's share links: the list, making one (its link kept in memory only, shown this once) and stopping one.
 * Refs keep a double tap to one request; the server's answer decides what the list shows.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CreateShareBody, Share } from '../../../api/share-schemas.js';
import type { ApiFailure as Failure } from '../../../api/api-result.js';
import { useSession } from '../../session/session.js';

export type SharesLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: Failure }
  | {
      readonly state: 'loaded';
      readonly shares: readonly Share[];
    };

export function useShares() {
  const { calls } = useSession();
  const [load, setLoad] = useState<SharesLoad>({ state: 'loading' });
  /** The link just made: an absolute address, shown until the screen is left. */
  const [made, setMade] = useState<{ readonly label: string; readonly url: string } | undefined>(undefined);
  const busy = useRef(false);

  async function refresh() {
    const result = await calls.shares();
    setLoad(result.ok ? { state: 'loaded', shares: result.value.shares } : { state: 'failed', error: result.error });
  }
  useEffect(() => void refresh(), []);

  /** Undefined when made (or a tap already on its way), else why not. */
  async function create(body: CreateShareBody): Promise<Failure | undefined> {
    if (busy.current) return undefined;
    busy.current = true;
    try {
      const result = await calls.createShare(body);
      if (!result.ok) return result.error;
      setMade({ label: result.value.share.label, url: new URL(result.value.path, window.location.origin).href });
      await refresh();
      return undefined;
    } finally {
      busy.current = false;
    }
  }

  async function revoke(id: string): Promise<Failure | undefined> {
    if (busy.current) return undefined;
    busy.current = true;
    try {
      const result = await calls.revokeShare(id);
      // Already gone is stopped all the same.
      if (!result.ok && result.error.code !== 'not_found') return result.error;
      await refresh();
      return undefined;
    } finally {
      busy.current = false;
    }
  }

  return { load, made, create, revoke, retry: refresh };
}
