/** The words of the bad-day quick check-in (loaded with it, not with the check-in). */
export type Overall = 'bearable' | 'hard' | 'very-hard' | 'worst';
const OVERALL_WORDS: Readonly<Record<Overall, string>> = {
  bearable: 'Bearable',
  hard: 'Hard',
  'very-hard': 'Very hard',
  worst: 'The worst',
};

export const badDayText = {
  title: 'Quick check-in',
  intro: 'Two more taps: how the day is, then save. You can add more later, or not at all.',
  overallLegend: 'How is today overall?',
  overall: (o: Overall) => OVERALL_WORDS[o],
  save: 'Save quick check-in',
  saveTook: (what: string) => `Save, I took it (${what})`,
  saveNotTaken: 'Save, not taken yet',
  alreadyLogged: 'Today’s dose is already logged.',
  saving: 'Saving…',
  saved: 'Saved. Rest now. You can change it later today.',
  note: (o: Overall) => `Quick check-in: today was ${OVERALL_WORDS[o].toLowerCase()}.`,
  chooseFirst: 'Please choose how today is first.',
  back: 'Back to the full check-in',
} as const;
