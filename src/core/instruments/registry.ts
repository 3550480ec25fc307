import { bwsq } from './bwsq.js';
import { ciwaB } from './ciwa-b.js';
import type { Instrument } from './instrument.js';

export const INSTRUMENTS: readonly Instrument[] = [ciwaB, bwsq];

const BY_ID: ReadonlyMap<string, Instrument> = new Map(INSTRUMENTS.map((i) => [i.id, i]));

export function findInstrument(id: string): Instrument | undefined {
  return BY_ID.get(id);
}
