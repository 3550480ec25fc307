import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES } from './sources.js';

const doc = readFileSync(new URL('../../../../docs/SOURCES.md', import.meta.url), 'utf8');

describe('sources as the person sees them', () => {
  it('name every source of docs/SOURCES.md by a public title, never by our file names, and link what is public', () => {
    const ids = [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(Object.keys(SOURCES).sort()).toEqual([...ids].sort());
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source?.title, id).not.toMatch(/clinical\.md|§|\.md\b/);
      // Every address is one docs/SOURCES.md gives for that source.
      if (source?.url) expect(doc, id).toContain(source.url);
    }
  });
});
