import { describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../core/index.js';
import { WARNING_WORDS } from './plan-words.js';

describe('the CLI has words for every warning code', () => {
  it.each(WARNING_CODES)('%s: a sentence and a source', (code) => {
    expect(WARNING_WORDS[code].message.length).toBeGreaterThan(20);
    expect(WARNING_WORDS[code].source.length).toBeGreaterThan(5);
  });
});
