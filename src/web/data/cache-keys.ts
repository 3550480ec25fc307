/** Keys of the device's copy of what the server said. Records are keyed by date first, so a date range is a key range. */
export type Range = { readonly from?: string; readonly to?: string };

export const cacheKeys = {
  checkin: (date: string) => `checkin/${date}`,
  dose: (date: string, id: string) => `dose/${date}/${id}`,
  assessment: (date: string, id: string) => `assessment/${date}/${id}`,
  /** The whole range [from, to] of one kind; '\uffff' sorts after every id. */
  range: (kind: 'checkin' | 'dose' | 'assessment', range: Range) =>
    [`${kind}/${range.from ?? ''}`, `${kind}/${range.to ?? '9999-12-31'}\uffff`] as const,
};
