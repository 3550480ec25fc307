/**
 * How long the phases after a dose change typically last, as data. clinical.md §6.2: onset 3-7 days after a cut for
 * long half-life drugs and 1-2 days for short ones (RACGP, quoting Ford & Law 2014); symptoms may take up to about a
 * week to appear after a step (ASAM/JCPG patient guide 1539871/10); delayed onset, a peak, then easing (Maudsley
 * Fig 3.6). Clonazepam has the seed's own windows (onset 1-4, peak 5-14, easing 15-28). Other drugs take the windows
 * of their half-life class: the onset ends where RACGP's range does (day 7 long, day 2 short); the peak and the
 * easing end where the seed's do (day 14 and day 28, within the 5-28 days commonly quoted for acute withdrawal,
 * which clinical.md marks unconfirmed, hence `secondary` at best).
 */
import type { EvidenceStatus, Medication } from '../medications/medication.js';
import { findMedication } from '../medications/registry.js';
import type { InsightSourceId } from './types.js';

export type HalfLifeClass = 'short' | 'long';

export interface PhaseWindows {
  /** First and last day of each phase, day 1 being the first day at the new dose; `steady` follows `easing`. */
  readonly onset: readonly [number, number];
  readonly peak: readonly [number, number];
  readonly easing: readonly [number, number];
  /** `medication`: windows a source gives for this drug; `half-life-class`: derived from its class. */
  readonly basis: 'medication' | 'half-life-class';
  readonly halfLifeClass: HalfLifeClass;
  readonly status: EvidenceStatus;
  readonly sources: readonly InsightSourceId[];
}

/** A drug is short-acting when its half-life tops out below this and it has no long-lived active metabolite. */
export const SHORT_HALF_LIFE_BELOW_HOURS = 24;

/** The seed's peak and easing ends, shared by every drug; only the onset's end is the drug's (see above). */
const PEAK_ENDS = 14;
const EASING_ENDS = 28;

function windows(onsetEnds: number, of: Pick<PhaseWindows, 'basis' | 'halfLifeClass' | 'sources'>): PhaseWindows {
  return {
    onset: [1, onsetEnds],
    peak: [onsetEnds + 1, PEAK_ENDS],
    easing: [PEAK_ENDS + 1, EASING_ENDS],
    status: 'secondary',
    ...of,
  };
}

const CLASS_WINDOWS: Readonly<Record<HalfLifeClass, PhaseWindows>> = {
  long: windows(7, {
    basis: 'half-life-class',
    halfLifeClass: 'long',
    sources: ['racgp', 'jcpg-2025', 'maudsley-2024'],
  }),
  short: windows(2, { basis: 'half-life-class', halfLifeClass: 'short', sources: ['racgp', 'maudsley-2024'] }),
};

/** Windows a source gives for one drug, by medication id (data, not a branch on the id). */
const MEDICATION_WINDOWS: Readonly<Record<string, PhaseWindows>> = {
  clonazepam: windows(4, { basis: 'medication', halfLifeClass: 'long', sources: ['seed', 'maudsley-2024'] }),
};

/** What clinical.md gives for long-acting drugs, shown beside any windows: onset 3-7 days; up to about a week. */
export const LONG_ACTING_REFERENCE = {
  onsetDays: [3, 7],
  appearWithinDays: 7,
  sources: ['racgp', 'jcpg-2025'],
} as const satisfies {
  onsetDays: readonly [number, number];
  appearWithinDays: number;
  sources: readonly InsightSourceId[];
};

export function halfLifeClass(medication: Pick<Medication, 'halfLifeHours'>): HalfLifeClass {
  const { high, metaboliteHigh } = medication.halfLifeHours.value;
  return high < SHORT_HALF_LIFE_BELOW_HOURS && metaboliteHigh === undefined ? 'short' : 'long';
}

/**
 * The windows for a medication: its own where a source gives them, else its half-life class's. An unknown drug
 * takes the long class, whose onset window is the widest (symptoms may still be on their way).
 */
export function phaseWindowsFor(medicationId: string): PhaseWindows {
  const own = MEDICATION_WINDOWS[medicationId];
  if (own) return own;
  const medication = findMedication(medicationId);
  return CLASS_WINDOWS[medication ? halfLifeClass(medication) : 'long'];
}
