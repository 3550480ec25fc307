/**
 * Where a new account is in its first run, kept on this device per account (localStorage). Only a sign-up that
 * made a new account begins one; signing in never does, and signing out or deleting the account clears it
 * (session/leaving.ts removes every `first-run.<account>` key).
 */
import { useState } from 'preact/hooks';
import { readJson, writeJson } from '../../local-storage.js';

export type FirstRunStep = 'start' | 'dose' | 'track' | 'reminder';
/** How the person chose to start; null when they skipped the question. */
export type StartChoice = 'plan' | 'dose' | 'journal' | null;

export interface FirstRunState {
  readonly step: FirstRunStep;
  readonly start: StartChoice;
}

const STEPS: readonly FirstRunStep[] = ['start', 'dose', 'track', 'reminder'];
const CHOICES: readonly StartChoice[] = ['plan', 'dose', 'journal', null];

export const firstRunKey = (accountId: string) => `first-run.${accountId}`;

/** The first run in progress for this account; undefined when there is none (never begun, or done). */
export function loadFirstRun(accountId: string): FirstRunState | undefined {
  const raw = readJson(firstRunKey(accountId));
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { step, start } = raw as Record<string, unknown>;
  const knownStep = STEPS.find((s) => s === step);
  if (!knownStep || !CHOICES.includes(start as StartChoice)) return undefined;
  return { step: knownStep, start: start as StartChoice };
}

export function saveFirstRun(accountId: string, state: FirstRunState): void {
  writeJson(firstRunKey(accountId), state);
}

export function beginFirstRun(accountId: string): void {
  saveFirstRun(accountId, { step: 'start', start: null });
}

/** Done: kept as "done" (not removed), so nothing mistakes it for a run to begin. */
export function finishFirstRun(accountId: string): void {
  writeJson(firstRunKey(accountId), 'done');
}

/** For the app: whether this account is in its first run, and a way to begin or end it that re-renders. */
export function useFirstRunGate(accountId: string | undefined) {
  const [, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  return {
    active: accountId !== undefined && loadFirstRun(accountId) !== undefined,
    begin(id: string) {
      beginFirstRun(id);
      changed();
    },
    finish(id: string) {
      finishFirstRun(id);
      changed();
    },
  };
}

/** The steps of the path: the dose step only for someone whose prescriber gave them a dose. */
export function stepsFor(start: StartChoice): readonly FirstRunStep[] {
  return start === 'dose' ? STEPS : STEPS.filter((s) => s !== 'dose');
}
