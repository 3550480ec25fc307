import { describe, expect, it } from 'vitest';
import { nameUuid } from './name-uuid.js';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('name-based UUIDs (version 5)', () => {
  it('match the published example: uuid5(NAMESPACE_DNS, "python.org") in Python’s uuid documentation', () => {
    expect(nameUuid(DNS, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('are the same for the same name and differ for another, across SHA-1 block boundaries and in UTF-8', () => {
    const names = ['', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'ü'.repeat(300), 'Головокружение'];
    const ids = names.map((name) => nameUuid(DNS, name));
    expect(new Set(ids).size).toBe(names.length);
    expect(names.map((name) => nameUuid(DNS, name))).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuse a namespace that is not a UUID', () => {
    expect(() => nameUuid('not-a-uuid', 'x')).toThrow('not a UUID');
  });
});
