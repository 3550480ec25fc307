import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';

describe('the German insights words', () => {
  it('say every English message of the screen, and no other', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
});
