/** Every id a questionnaire is sent with has words, in English and in German: nothing falls back to the id. */
import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../../core/index.js';
import type { Translate } from '../../i18n/catalogue.js';
import { ENGLISH, inLanguage, wordsOf } from '../../i18n/test-i18n.js';
import { bandName, evidenceNote, instrumentName, itemText, optionLabel, unscoredText } from './instrument-words.js';

function everyWord(t: Translate): string[] {
  return INSTRUMENTS.flatMap((i) => [
    instrumentName(t, i),
    evidenceNote(t, i),
    ...i.items.flatMap((item) => [itemText(t, i.id, item), ...item.options.map((o) => optionLabel(t, item, o))]),
    ...i.unscored.map((q) => unscoredText(t, i.id, q)),
    ...(i.bands ?? []).map((b) => bandName(t, i.id, b.id)),
  ]);
}

describe('questionnaire words', () => {
  let german: Translate = wordsOf(ENGLISH).t;
  beforeAll(async () => {
    german = wordsOf(await inLanguage('de')).t;
  });

  it('in English: each a sentence or a name, none an id', () => {
    const t = wordsOf(ENGLISH).t;
    expect(itemText(t, 'ciwa-b', { id: 'irritable' })).toBe('How irritable do you feel?');
    expect(optionLabel(t, { scale: 'restful' }, { value: 4 })).toBe('Not restful at all');
    expect(bandName(t, 'ciwa-b', 'very-severe')).toBe('Very severe');
    for (const word of everyWord(t)) expect(word, word).toMatch(/[a-z] ?[a-z]/i);
    expect(everyWord(t).filter((w) => /^[a-z0-9-]+$/.test(w))).toEqual([]);
  });

  it('in German: every one translated', () => {
    const english = everyWord(wordsOf(ENGLISH).t);
    const words = everyWord(german);
    expect(words.filter((w, i) => w === english[i] && !/^[A-Z-]+$/.test(w))).toEqual([]);
    expect(bandName(german, 'ciwa-b', 'moderate')).toBe('Mittel');
  });

  it('an id the catalogue does not know yet shows as itself', () => {
    const t = wordsOf(ENGLISH).t;
    expect(itemText(t, 'new-scale', { id: 'q1' })).toBe('q1');
    expect(bandName(t, 'ciwa-b', 'extreme')).toBe('extreme');
  });

  it('a copy kept on the device from before (English words, no scale) still shows its words, not numbers', () => {
    const t = wordsOf(ENGLISH).t;
    const kept = { id: 'q1', text: 'An older question', scale: undefined as unknown as 'amount' };
    expect(itemText(t, 'old', kept)).toBe('An older question');
    expect(optionLabel(t, kept, { value: 2, label: 'Moderately' })).toBe('Moderately');
  });
});
