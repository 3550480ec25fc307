import type { Symptom } from './symptom.js';

/**
 * The symptom catalogue. The sensory and motor symptoms of the project seed come first and are pinned by
 * default; the others follow the Ashton Manual's lists and JCPG 2025 Table 3 (clinical.md §1.4, §2.5).
 * Descriptions, tips and help advice are in our own words. Seizure, confusion, hallucinations while awake
 * and suicidal thoughts are red-flag events (red-flags.ts), never severities.
 */

// Timing notes (clinical.md §6.2); every entry that uses one also lists its sources. AFTER_A_CUT: RACGP (onset 3-7 days
// with long half-life drugs) and the Maudsley guidelines (Fig 3.6: start, peak, ease). CAN_LINGER: RACGP (protracted symptoms).
const AFTER_A_CUT =
  'Often starts a few days after a cut (3 to 7 days with long-acting medicines such as clonazepam), peaks, then eases.';
const CAN_LINGER = 'For some people it lingers for months after the last dose, slowly getting better.';

// Self-help from the seed's list of what helps.
const LOW_STIMULUS =
  'A dim, quiet room helps: low lights, sunglasses or ear plugs, fewer screens. Try the low-stimulus mode.';
const BREATHING = 'Slow breathing helps many people: breathe in for 4, hold for 4, out for 6. Try the breathing guide.';
const GENTLE_MOVEMENT = 'Gentle movement, such as a short walk or stretching, and warmth often ease it.';
const SLEEP_HYGIENE =
  'Keep regular sleep and wake times, a dark cool room, and no screens or caffeine late in the day.';

const ROUTINE_HELP =
  'Mention it to your prescriber at your next contact, sooner if it is getting worse or stops you managing your day.';
const FALLS_HELP = 'If you fall, hit your head, or cannot stand safely, get medical help the same day.';

export const SYMPTOM_CATALOGUE: readonly Symptom[] = [
  // Sensory (seed)
  {
    id: 'pins-and-needles',
    group: 'sensory',
    name: 'Pins and needles or numbness',
    description: 'Tingling, prickling, burning or numb patches on the skin, often in hands, feet or face.',
    timing: CAN_LINGER,
    seekHelp:
      'Sudden numbness or weakness on one side of the body, or a drooping face, is an emergency: call your local emergency number.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025', 'racgp'],
    pinnedByDefault: true,
  },
  {
    id: 'light-sensitivity',
    group: 'sensory',
    name: 'Sensitivity to light',
    description: 'Ordinary light feels too bright or glaring, or makes you want to close your eyes.',
    tip: LOW_STIMULUS,
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
    pinnedByDefault: true,
  },
  {
    id: 'sound-sensitivity',
    group: 'sensory',
    name: 'Sensitivity to sound',
    description: 'Everyday sounds feel too loud, sharp or hard to bear.',
    tip: LOW_STIMULUS,
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
    pinnedByDefault: true,
  },
  {
    id: 'touch-sensitivity',
    group: 'sensory',
    name: 'Sensitivity to touch',
    description: 'Clothes, sheets or a light touch feel uncomfortable, painful or too intense.',
    tip: 'Soft, loose clothing and a calm, cool room may help.',
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'ashton-manual'],
    pinnedByDefault: true,
  },
  {
    id: 'blurred-vision',
    group: 'sensory',
    name: 'Blurred or double vision',
    description: 'Things look out of focus, doubled, or hard to keep steady with your eyes.',
    tip: 'Rest your eyes in dim light and avoid driving while it lasts.',
    seekHelp: 'Sudden loss of sight, or double vision with a severe headache or weakness, is an emergency.',
    sources: ['seed', 'ashton-manual', 'ciwa-b'],
    pinnedByDefault: true,
  },
  {
    id: 'eyelid-spasms',
    group: 'sensory',
    name: 'Eyelid twitching',
    description: 'An eyelid flickers, twitches or squeezes shut on its own.',
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'benzosupport-survey'],
    pinnedByDefault: true,
  },
  {
    id: 'tinnitus',
    group: 'sensory',
    name: 'Ringing in the ears',
    description: 'Ringing, hissing or buzzing that no one else can hear.',
    timing: CAN_LINGER,
    tip: 'Soft background sound, such as a fan, can make it less noticeable at night.',
    seekHelp: ROUTINE_HELP,
    sources: ['jcpg-2025', 'racgp'],
    pinnedByDefault: false,
  },
  {
    id: 'taste-smell-sensitivity',
    group: 'sensory',
    name: 'Sensitivity to taste or smell',
    description: 'Smells seem too strong, or food tastes odd or metallic.',
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual', 'jcpg-2025', 'bwsq'],
    pinnedByDefault: false,
  },
  {
    id: 'skin-crawling',
    group: 'sensory',
    name: 'Skin crawling',
    description: 'A feeling of insects crawling on or under the skin when nothing is there.',
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual'],
    pinnedByDefault: false,
  },

  // Sleep
  {
    id: 'sleep-onset-jolts',
    group: 'sleep',
    name: 'Jolts or visions when falling asleep',
    description: 'A sudden jerk, a flash, a sound or a brief dream-like image just as you drift off.',
    tip: SLEEP_HYGIENE,
    seekHelp: ROUTINE_HELP,
    sources: ['seed'],
    pinnedByDefault: true,
  },
  {
    id: 'insomnia',
    group: 'sleep',
    name: 'Trouble sleeping',
    description: 'Hard to fall asleep, waking often, or waking too early and not getting back to sleep.',
    timing: AFTER_A_CUT,
    tip: SLEEP_HYGIENE,
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual', 'jcpg-2025', 'ciwa-b', 'racgp', 'maudsley-2024'],
    pinnedByDefault: false,
  },
  {
    id: 'nightmares',
    group: 'sleep',
    name: 'Nightmares or vivid dreams',
    description: 'Frightening, intense or very real-feeling dreams.',
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual', 'jcpg-2025'],
    pinnedByDefault: false,
  },
  {
    id: 'oversleeping',
    group: 'sleep',
    name: 'Sleeping too much',
    description: 'Sleeping far longer than usual, or feeling heavy and drowsy all day.',
    seekHelp:
      'If you are hard to wake or your breathing is slow, someone should call the emergency number, especially if opioids or alcohol were taken.',
    sources: ['jcpg-2025'],
    pinnedByDefault: false,
  },

  // Motor (seed)
  {
    id: 'tremor',
    group: 'motor',
    name: 'Tremor',
    description: 'Shaking of the hands, arms, legs or an inner trembling feeling.',
    tip: BREATHING,
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'ashton-manual', 'jcpg-2025', 'ciwa-b'],
    pinnedByDefault: true,
  },
  {
    id: 'muscle-jerks',
    group: 'motor',
    name: 'Muscle jerks',
    description: 'Sudden, brief jumps of a muscle or limb that you did not mean to make.',
    seekHelp: 'Jerks that come in runs with loss of awareness may be a seizure: use the urgent help.',
    sources: ['seed', 'ashton-manual', 'jcpg-2025'],
    pinnedByDefault: true,
  },
  {
    id: 'twitching',
    group: 'motor',
    name: 'Twitching',
    description: 'Small flickers under the skin, often in the calves, arms or face.',
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'ashton-manual', 'jcpg-2025', 'bwsq'],
    pinnedByDefault: true,
  },
  {
    id: 'muscle-tension',
    group: 'motor',
    name: 'Spasms or muscle tension',
    description: 'Muscles that tighten, cramp or will not relax, for example in the neck, jaw or back.',
    tip: GENTLE_MOVEMENT,
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'jcpg-2025'],
    pinnedByDefault: true,
  },
  {
    id: 'restless-legs',
    group: 'motor',
    name: 'Restless legs',
    description: 'An urge to move your legs, or an inner restlessness that makes it hard to sit or lie still.',
    tip: GENTLE_MOVEMENT,
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'jcpg-2025'],
    pinnedByDefault: true,
  },
  {
    id: 'poor-coordination',
    group: 'motor',
    name: 'Poor coordination',
    description: 'Clumsiness, dropping things, or feeling unsteady on your feet.',
    seekHelp: FALLS_HELP,
    sources: ['seed', 'jcpg-2025', 'kilen-list'],
    pinnedByDefault: true,
  },
  {
    id: 'dizziness',
    group: 'motor',
    name: 'Dizziness',
    description: 'Feeling light-headed, woozy, or as if the floor or room is moving.',
    tip: 'Stand up slowly and sit down at once if it comes on.',
    seekHelp: FALLS_HELP,
    sources: ['seed', 'ashton-manual', 'bwsq'],
    pinnedByDefault: true,
  },
  {
    id: 'weakness',
    group: 'motor',
    name: 'Weakness ("jelly legs")',
    description: 'Arms or legs feel heavy, weak or wobbly, as if they might give way.',
    timing: CAN_LINGER,
    seekHelp: 'Sudden weakness on one side of the body is an emergency: call your local emergency number.',
    sources: ['seed', 'jcpg-2025', 'ciwa-b', 'racgp'],
    pinnedByDefault: true,
  },
  {
    id: 'muscle-aches',
    group: 'motor',
    name: 'Muscle aches',
    description: 'Aching, sore or stiff muscles without an obvious cause such as exercise.',
    timing: CAN_LINGER,
    tip: GENTLE_MOVEMENT,
    seekHelp: ROUTINE_HELP,
    sources: ['seed', 'ashton-manual', 'jcpg-2025', 'ciwa-b', 'racgp'],
    pinnedByDefault: true,
  },

  // Mood
  {
    id: 'anxiety',
    group: 'mood',
    name: 'Anxiety or panic',
    description: 'Worry, dread, a racing mind, or sudden waves of panic.',
    timing: AFTER_A_CUT,
    tip: BREATHING,
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual', 'jcpg-2025', 'ciwa-b', 'racgp', 'maudsley-2024'],
    pinnedByDefault: false,
  },
  {
    id: 'low-mood',
    group: 'mood',
    name: 'Low mood',
    description: 'Feeling flat, hopeless, tearful or unable to enjoy things.',
    timing: CAN_LINGER,
    seekHelp: 'If you have any thoughts of harming yourself, use the urgent help now.',
    sources: ['ashton-manual', 'jcpg-2025', 'bwsq', 'racgp'],
    pinnedByDefault: false,
  },
  {
    id: 'irritability',
    group: 'mood',
    name: 'Irritability or agitation',
    description: 'Short temper, feeling on edge, or unable to settle.',
    tip: BREATHING,
    seekHelp: ROUTINE_HELP,
    sources: ['jcpg-2025', 'ciwa-b'],
    pinnedByDefault: false,
  },

  // Cognitive
  {
    id: 'poor-concentration',
    group: 'cognitive',
    name: 'Poor concentration',
    description: 'Hard to focus, read or follow a conversation ("brain fog").',
    timing: CAN_LINGER,
    tip: 'Do one thing at a time and write things down; it is a common, usually passing symptom.',
    seekHelp: 'Confusion about where you are or what day it is needs urgent help.',
    sources: ['ashton-manual', 'jcpg-2025', 'ciwa-b', 'racgp'],
    pinnedByDefault: false,
  },
  {
    id: 'poor-memory',
    group: 'cognitive',
    name: 'Poor memory',
    description: 'Forgetting things you would normally remember.',
    timing: CAN_LINGER,
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual', 'bwsq', 'racgp'],
    pinnedByDefault: false,
  },

  // Autonomic
  {
    id: 'sweating',
    group: 'autonomic',
    name: 'Sweating or night sweats',
    description: 'Sweating more than usual, or waking up soaked.',
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual', 'jcpg-2025', 'ciwa-b'],
    pinnedByDefault: false,
  },
  {
    id: 'palpitations',
    group: 'autonomic',
    name: 'Racing or pounding heart',
    description: 'Your heartbeat feels fast, strong or uneven.',
    tip: BREATHING,
    seekHelp: 'Chest pain, fainting, or a racing heart that does not settle with rest needs urgent medical care.',
    sources: ['ashton-manual', 'jcpg-2025', 'ciwa-b'],
    pinnedByDefault: false,
  },
  {
    id: 'headache',
    group: 'autonomic',
    name: 'Headache',
    description: 'Aching, pressure or a full feeling in the head.',
    seekHelp: 'A sudden, very severe headache is an emergency: call your local emergency number.',
    sources: ['jcpg-2025', 'ciwa-b'],
    pinnedByDefault: false,
  },

  // Gastrointestinal
  {
    id: 'nausea',
    group: 'gastrointestinal',
    name: 'Nausea or vomiting',
    description: 'Feeling sick, or being sick.',
    seekHelp: 'If you cannot keep your doses down, contact your prescriber today: missing doses is unsafe.',
    sources: ['jcpg-2025', 'bwsq'],
    pinnedByDefault: false,
  },
  {
    id: 'stomach-cramps',
    group: 'gastrointestinal',
    name: 'Stomach cramps or diarrhoea',
    description: 'Cramping, bloating, loose stools or an upset stomach.',
    timing: CAN_LINGER,
    seekHelp: ROUTINE_HELP,
    sources: ['jcpg-2025', 'racgp'],
    pinnedByDefault: false,
  },
  {
    id: 'appetite-loss',
    group: 'gastrointestinal',
    name: 'Loss of appetite',
    description: 'Not wanting to eat, or food not appealing.',
    tip: 'Small, plain meals at regular times are easier.',
    seekHelp: ROUTINE_HELP,
    sources: ['ciwa-b', 'bwsq'],
    pinnedByDefault: false,
  },

  // Perceptual
  {
    id: 'unreality',
    group: 'perceptual',
    name: 'Feeling unreal',
    description: 'Feeling detached from yourself, or as if the world around you is not real.',
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual', 'jcpg-2025', 'bwsq'],
    pinnedByDefault: false,
  },
  {
    id: 'motion-illusions',
    group: 'perceptual',
    name: 'Sense of movement',
    description: 'The floor seems to tilt or things that are still seem to move.',
    seekHelp: FALLS_HELP,
    sources: ['ashton-manual', 'bwsq'],
    pinnedByDefault: false,
  },
  {
    id: 'body-image',
    group: 'perceptual',
    name: 'Distorted body sense',
    description: 'Parts of your body feel larger, smaller or not quite your own.',
    seekHelp: ROUTINE_HELP,
    sources: ['ashton-manual'],
    pinnedByDefault: false,
  },
];

const BY_ID: ReadonlyMap<string, Symptom> = new Map(SYMPTOM_CATALOGUE.map((s) => [s.id, s]));

export function findSymptom(id: string): Symptom | undefined {
  return BY_ID.get(id);
}
