/**
 * The numbers the app offers to call when a red flag is tapped, as data: the number as it is written where it
 * answers, what kind of service it is, and where it answers (ISO 3166 country codes; `europe` for 112, which
 * answers across the EU and beyond). The same numbers as the API's red-flag guidance (red-flags.ts); none is added
 * without a source. The person's own local number may differ, and the screens say so.
 */
export type CallService = 'emergency' | 'crisis-line';

export interface CallNumber {
  readonly number: string;
  readonly service: CallService;
  readonly area: 'europe' | 'north-america' | 'uk' | 'us' | 'uk-and-ireland';
  /** Countries whose people are shown this number first (from the browser's language region). */
  readonly countries: readonly string[];
  /** The service's own name, where it has one the person may know it by. */
  readonly provider?: 'samaritans';
}

export const CALL_NUMBERS: readonly CallNumber[] = [
  { number: '112', service: 'emergency', area: 'europe', countries: [] },
  { number: '911', service: 'emergency', area: 'north-america', countries: ['US', 'CA'] },
  { number: '999', service: 'emergency', area: 'uk', countries: ['GB'] },
  { number: '988', service: 'crisis-line', area: 'us', countries: ['US'] },
  {
    number: '116 123',
    service: 'crisis-line',
    area: 'uk-and-ireland',
    countries: ['GB', 'IE'],
    provider: 'samaritans',
  },
];

/**
 * The numbers of the services asked for, those of `country` first, otherwise in the listed order (so 112 leads
 * when nothing is known). `country` is an ISO 3166 code such as 'GB', or undefined.
 */
export function callNumbersFor(services: readonly CallService[], country: string | undefined): CallNumber[] {
  const wanted = CALL_NUMBERS.filter((n) => services.includes(n.service));
  const local = (n: CallNumber) => (country !== undefined && n.countries.includes(country) ? 0 : 1);
  // A stable sort: among equals, emergency numbers stay before crisis lines, as listed.
  return [...wanted].sort((a, b) => local(a) - local(b));
}

/** The digits to dial: `tel:` links take no spaces. */
export function dialString(n: CallNumber): string {
  return n.number.replace(/\s/g, '');
}
