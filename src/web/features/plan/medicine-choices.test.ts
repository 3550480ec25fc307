import { describe, expect, it } from 'vitest';
import { equivalents, formOptions, tabletStrengths } from './medicine-choices.js';
import { CLONAZEPAM_VIEW as clonazepam } from './test-plan-data.js';

describe('what a medicine offers the form', () => {
  it('offers a home water mixture when there are tablets but no liquid', () => {
    expect(formOptions(clonazepam).map((o) => `${o.kind}${o.homeMixture ? '*' : ''}`)).toEqual([
      'tablet',
      'liquid*',
      'drops',
    ]);
  });

  it('derives both published ratios', () => {
    expect(equivalents(clonazepam).map((e) => e.ratio)).toEqual([20, 10]);
  });

  it('reads the tablet strengths behind a home mixture', () => {
    expect(tabletStrengths(clonazepam, 'liquid')).toEqual([0.25, 0.5, 1]);
  });
});
