/**
 * The name the person wants on their reports, kept on this device per account (localStorage), never in the
 * account: session/leaving.ts removes every `report-name.<account>` key on sign-out and deletion.
 */
import { useState } from 'preact/hooks';
import { REPORT_NAME_MAX } from '../../../core/index.js';
import { readJson, writeJson } from '../../local-storage.js';

export const reportNameKey = (accountId: string) => `report-name.${accountId}`;

export function useReportName(accountId: string): [string, (name: string) => void] {
  const [name, setName] = useState(() => {
    const stored = readJson(reportNameKey(accountId));
    return typeof stored === 'string' ? stored.slice(0, REPORT_NAME_MAX) : '';
  });
  const save = (next: string) => {
    const kept = next.slice(0, REPORT_NAME_MAX);
    setName(kept);
    writeJson(reportNameKey(accountId), kept);
  };
  return [name, save];
}
