import type { Symptom } from './symptom.js';

/**
 * The sensory and motor symptoms named in the project seed, grouped as the seed groups them.
 * Where a guideline or the Ashton Manual also lists the symptom, it is cited (shared/reference/clinical.md §1.4, §2.5).
 */
export const SYMPTOM_CATALOGUE: readonly Symptom[] = [
  {
    id: 'pins-and-needles',
    group: 'sensory',
    name: 'Pins and needles or numbness',
    description: 'Tingling, prickling, burning or numb patches on the skin, often in hands, feet or face.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
  },
  {
    id: 'light-sensitivity',
    group: 'sensory',
    name: 'Sensitivity to light',
    description: 'Ordinary light feels too bright or glaring, or makes you want to close your eyes.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
  },
  {
    id: 'sound-sensitivity',
    group: 'sensory',
    name: 'Sensitivity to sound',
    description: 'Everyday sounds feel too loud, sharp or hard to bear.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
  },
  {
    id: 'touch-sensitivity',
    group: 'sensory',
    name: 'Sensitivity to touch',
    description: 'Clothes, sheets or a light touch feel uncomfortable, painful or too intense.',
    sources: ['seed', 'ashton-manual'],
  },
  {
    id: 'blurred-vision',
    group: 'sensory',
    name: 'Blurred or double vision',
    description: 'Things look out of focus, doubled, or hard to keep steady with your eyes.',
    sources: ['seed', 'ashton-manual'],
  },
  {
    id: 'eyelid-spasms',
    group: 'sensory',
    name: 'Eyelid twitching',
    description: 'An eyelid flickers, twitches or squeezes shut on its own.',
    sources: ['seed', 'benzosupport-survey'],
  },
  {
    id: 'sleep-onset-jolts',
    group: 'sleep',
    name: 'Jolts or visions when falling asleep',
    description: 'A sudden jerk, a flash, a sound or a brief dream-like image just as you drift off.',
    sources: ['seed'],
  },
  {
    id: 'tremor',
    group: 'motor',
    name: 'Tremor',
    description: 'Shaking of the hands, arms, legs or an inner trembling feeling.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025', 'ciwa-b'],
  },
  {
    id: 'muscle-jerks',
    group: 'motor',
    name: 'Muscle jerks',
    description: 'Sudden, brief jumps of a muscle or limb that you did not mean to make.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
  },
  {
    id: 'twitching',
    group: 'motor',
    name: 'Twitching',
    description: 'Small flickers under the skin, often in the calves, arms or face.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
  },
  {
    id: 'muscle-tension',
    group: 'motor',
    name: 'Spasms or muscle tension',
    description: 'Muscles that tighten, cramp or will not relax, for example in the neck, jaw or back.',
    sources: ['seed', 'jcpg-2025'],
  },
  {
    id: 'restless-legs',
    group: 'motor',
    name: 'Restless legs',
    description: 'An urge to move your legs, or an inner restlessness that makes it hard to sit or lie still.',
    sources: ['seed', 'jcpg-2025'],
  },
  {
    id: 'poor-coordination',
    group: 'motor',
    name: 'Poor coordination',
    description: 'Clumsiness, dropping things, or feeling unsteady on your feet.',
    sources: ['seed', 'jcpg-2025'],
  },
  {
    id: 'dizziness',
    group: 'motor',
    name: 'Dizziness',
    description: 'Feeling light-headed, woozy, or as if the floor or room is moving.',
    sources: ['seed', 'ashton-manual'],
  },
  {
    id: 'weakness',
    group: 'motor',
    name: 'Weakness ("jelly legs")',
    description: 'Arms or legs feel heavy, weak or wobbly, as if they might give way.',
    sources: ['seed', 'jcpg-2025', 'ciwa-b'],
  },
  {
    id: 'muscle-aches',
    group: 'motor',
    name: 'Muscle aches',
    description: 'Aching, sore or stiff muscles without an obvious cause such as exercise.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
  },
];

const BY_ID: ReadonlyMap<string, Symptom> = new Map(SYMPTOM_CATALOGUE.map((s) => [s.id, s]));

export function findSymptom(id: string): Symptom | undefined {
  return BY_ID.get(id);
}
