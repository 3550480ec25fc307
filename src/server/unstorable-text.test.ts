import { describe, expect, it } from 'vitest';
import { findUnstorableText, isStorableText } from './unstorable-text.js';

describe('unstorable text', () => {
  it.each([
    ['plain text', 'calm today', true],
    ['a surrogate pair (emoji)', 'slept 😴', true],
    ['the empty string', '', true],
    ['a NUL character', 'a\u0000b', false],
    ['a lone high surrogate', 'a\ud83d', false],
    ['a lone low surrogate', '\ude34b', false],
    ['two high surrogates then a low one', '\ud83d\ud83d\ude34', false],
  ])('%s is storable: %s', (_label, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });

  it('names the first bad value by its dotted path, and a bad key by its object', () => {
    expect(findUnstorableText({ note: 'ok', tags: ['a', 'b\u0000'] })).toBe('tags.1');
    expect(findUnstorableText({ doseTimes: [{ label: 'x' }, { label: '\ud800' }] })).toBe('doseTimes.1.label');
    expect(findUnstorableText({ symptoms: { ['tremor\u0000']: 1 } })).toBe('symptoms');
    expect(findUnstorableText('\u0000')).toBe('');
    expect(findUnstorableText({ a: 1, b: null, c: true, d: ['x'] })).toBeUndefined();
    expect(findUnstorableText(undefined)).toBeUndefined();
  });

  it('walks a body nested far deeper than the call stack allows', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toBe(Array.from({ length: 200_000 }, () => '0').join('.'));
  });
});
