import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../core/index.js';
import { TestI18n } from '../../i18n/test-i18n.js';
import { rememberGoAhead } from './go-ahead-store.js';
import { ReadinessLink } from './readiness-link.js';
import { CUT, PLAN, TODAY } from './test-readiness-data.js';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const open = (today: string, accountId = 'ann') =>
  render(
    <TestI18n>
      <ReadinessLink plan={PLAN.plan} today={today} accountId={accountId} />
    </TestI18n>,
  );

describe('the Plan screen’s way to the readiness view', () => {
  it('shows from three days before the cut, not earlier', () => {
    open(addDays(TODAY, -1));
    expect(screen.queryByTestId('readiness-link')).toBeNull();
    cleanup();
    open(TODAY);
    expect(screen.getByTestId('readiness-link').getAttribute('href')).toBe('#/readiness');
  });

  it('is gone once the person chose to go ahead with that cut, on that account only', () => {
    rememberGoAhead('ann', CUT?.start ?? '');
    open(TODAY);
    expect(screen.queryByTestId('readiness-link')).toBeNull();
    cleanup();
    open(TODAY, 'bob');
    expect(screen.getByTestId('readiness-link')).not.toBeNull();
  });
});
