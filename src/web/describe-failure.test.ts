import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/index.js';
import { checkFields, codeWords, describeFailure as describeIn } from './describe-failure.js';
import { AT_HAND, createTranslator, englishMessages, loadMessages } from './i18n/catalogue.js';
import { createFormats } from './i18n/formats.js';

const t = createTranslator('en', englishMessages());
const describeFailure = (...args: Parameters<typeof describeIn> extends [unknown, ...infer R] ? R : never) =>
  describeIn(t, ...args);

describe('error words', () => {
  it('has calm, plain words for every error code', () => {
    for (const code of [...ERROR_CODES, 'network_error'] as const) {
      const text = codeWords(t, code);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/csrf|json|header|x-/i);
    }
  });

  it('names the field at fault', () => {
    expect(describeFailure({ code: 'invalid_input', field: 'doseMg' })).toMatch(/^Dose taken: /);
    expect(describeFailure({ code: 'unknown_symptom', field: 'symptoms.tremor' }, () => 'Tremor')).toMatch(/^Tremor: /);
    expect(describeFailure({ code: 'network_error' })).toBe(codeWords(t, 'network_error'));
  });

  it('asks to wait a few seconds when the server says so, and a few minutes otherwise', () => {
    expect(describeFailure({ code: 'rate_limited', retryAfterSeconds: 10 })).toBe(
      'Please wait a few seconds, then try again.',
    );
    expect(describeFailure({ code: 'rate_limited', retryAfterSeconds: 600 })).toBe(codeWords(t, 'rate_limited'));
    expect(describeFailure({ code: 'rate_limited' })).toMatch(/few minutes/);
  });

  it('joins the fields to check with the language’s own “and”', async () => {
    expect(checkFields({ t, f: createFormats('en') }, ['Email', 'Password'])).toBe(
      'Please check “Email” and “Password” above.',
    );
    const de = createTranslator('de', await loadMessages('de', AT_HAND));
    expect(checkFields({ t: de, f: createFormats('de') }, ['E-Mail-Adresse', 'Passwort'])).toBe(
      'Bitte prüfen Sie „E-Mail-Adresse“ und „Passwort“ oben.',
    );
    expect(describeIn(de, { code: 'invalid_input', field: 'doseMg' })).toMatch(/^Eingenommene Dosis: Bitte geben Sie/);
  });

  it('explains plan refusals and my own steps next to their fields, with the plan fields’ words loaded', async () => {
    const planT = createTranslator('en', await loadMessages('en', [...AT_HAND, 'planFields']));
    const describeFailure = (error: Parameters<typeof describeIn>[1]) => describeIn(planT, error);
    // Without them (Today, before any plan screen) the same failure is said in general words, never as an id.
    expect(describeIn(t, { code: 'invalid_plan', field: 'floorMg' })).toBe(`floorMg: ${codeWords(t, 'invalid_plan')}`);
    expect(describeFailure({ code: 'invalid_plan', field: 'strategy.steps' })).toMatch(
      /last step must be your end point/,
    );
    expect(describeFailure({ code: 'invalid_plan', field: 'floorMg' })).toMatch(
      /^Lowest dose before stopping: .*less than your current daily dose/,
    );
    expect(describeFailure({ code: 'invalid_plan', field: 'endpointMg' })).toMatch(/measure exactly/);
    expect(describeFailure({ code: 'invalid_input', field: 'strategy.steps.2.days' })).toMatch(
      /^Step 3, days: .*1 to 365/,
    );
  });
});
