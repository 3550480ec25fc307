import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from './red-flags.js';
import { findSymptom, SYMPTOM_CATALOGUE } from './symptoms/catalogue.js';
import { SYMPTOM_GROUPS } from './symptoms/symptom.js';

describe('symptom catalogue', () => {
  it('has unique ids in kebab case', () => {
    const ids = SYMPTOM_CATALOGUE.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('uses every group, and every symptom has a name, a description and a source', () => {
    expect(new Set(SYMPTOM_CATALOGUE.map((s) => s.group))).toEqual(new Set(SYMPTOM_GROUPS));
    for (const symptom of SYMPTOM_CATALOGUE) {
      expect(symptom.name.length).toBeGreaterThan(2);
      expect(symptom.description.length).toBeGreaterThan(20);
      expect(symptom.sources.length).toBeGreaterThan(0);
      expect(symptom.seekHelp.length).toBeGreaterThan(20);
    }
  });

  it('covers the sensory and motor symptoms of the seed', () => {
    for (const id of [
      'pins-and-needles',
      'light-sensitivity',
      'sound-sensitivity',
      'touch-sensitivity',
      'blurred-vision',
      'eyelid-spasms',
      'sleep-onset-jolts',
      'tremor',
      'muscle-jerks',
      'twitching',
      'muscle-tension',
      'restless-legs',
      'poor-coordination',
      'dizziness',
      'weakness',
      'muscle-aches',
    ]) {
      expect(findSymptom(id), id).toBeDefined();
    }
  });

  it('pins the seed symptoms by default, and only those', () => {
    expect(SYMPTOM_CATALOGUE.filter((s) => s.pinnedByDefault).map((s) => s.id)).toHaveLength(16);
    expect(SYMPTOM_CATALOGUE.filter((s) => s.pinnedByDefault).every((s) => s.sources.includes('seed'))).toBe(true);
  });

  it('keeps seizure out of the severities: it is an emergency red-flag event', () => {
    expect(findSymptom('seizure')).toBeUndefined();
    expect(RED_FLAGS.find((f) => f.kind === 'seizure')?.urgency).toBe('emergency');
  });
});
