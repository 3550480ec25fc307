import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../core/index.js';
import { localToday } from '../../dates.js';
import type { PlanData } from './plan-data.js';
import { PlanPage } from './plan-page.js';
import { failure, fakePlanData, planClock, savedPlan } from './test-plan-data.js';
import { TestI18n } from '../../i18n/test-i18n.js';

// The screen's one door to data, replaced: each test chooses what the records answer.
const door = vi.hoisted(() => ({ data: undefined as PlanData | undefined }));
vi.mock('./plan-data.js', () => ({
  usePlanData: () => door.data,
  useSentCount: () => 0,
}));

afterEach(cleanup);

function open(data: PlanData) {
  door.data = data;
  render(
    <TestI18n>
      <PlanPage accountId="ann" />
    </TestI18n>,
  );
}

/** A plan that began 20 days ago: step 2 now, step 3 next, step 1 over. */
const started = () => savedPlan(addDays(localToday(planClock()), -20));

const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the plan screen', () => {
  it('with no plan yet, opens on the planner form', async () => {
    open(fakePlanData(null));
    await screen.findByRole('heading', { name: 'Make your plan' });
    expect(screen.queryByLabelText('Medicine')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Change my plan' })).toBeNull();
    expect(screen.queryByTestId('saved-plan')).toBeNull();
  });

  it('with a saved plan, shows the current and next step first, each naming the amount and the tool', async () => {
    open(fakePlanData(started()));
    const now = await screen.findByTestId('now-step');
    const next = screen.getByTestId('next-step');
    expect(now.textContent).toMatch(/Step 2 of \d+/);
    expect(next.textContent).toMatch(/Step 3 of \d+/);
    expect(now.textContent).toMatch(/Daily dose: 1\.62\u00a0mg/);
    // 0.12\u00a0mg of one 0.25\u00a0mg tablet in 100\u00a0mL is 48\u00a0mL: the dose, the water and the tools are each named.
    expect(now.textContent).toContain('Take 1 × 1\u00a0mg tablet and 1 × 0.5\u00a0mg tablet. Then, for the rest:');
    expect(now.textContent).toContain(
      'Mix one 0.25\u00a0mg tablet into 100\u00a0mL of water (measure the water with a 100\u00a0mL measuring cylinder).',
    );
    expect(now.textContent).toContain('Measure 48\u00a0mL in a 50\u00a0mL measuring cylinder and take it.');
    expect(now.textContent).toContain('Discard the rest (52\u00a0mL).');
    const change = screen.getByRole('button', { name: 'Change my plan' });
    expect(before(now, change) && before(next, change)).toBe(true);
    expect(before(change, screen.getByTestId('plan-table'))).toBe(true);
    expect(screen.queryByLabelText('Medicine')).toBeNull();
  });

  it('edits behind "Change my plan", filled in from the saved plan, and goes back unchanged', async () => {
    open(fakePlanData(started()));
    fireEvent.click(await screen.findByRole('button', { name: 'Change my plan' }));
    await screen.findByRole('heading', { name: 'Change your plan' });
    expect(screen.getByLabelText<HTMLSelectElement>('Medicine').value).toBe('clonazepam');
    expect(screen.getByLabelText<HTMLInputElement>('Current daily dose (mg)').value).toBe('2');
    expect(screen.queryByTestId('now-step')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my saved plan' }));
    await screen.findByTestId('now-step');
  });

  it('says a refusal as the sentence for its code', async () => {
    const data = fakePlanData(started(), { preview: vi.fn(() => Promise.resolve(failure('abrupt_stop'))) });
    open(data);
    fireEvent.click(await screen.findByRole('button', { name: 'Change my plan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Preview' }));
    const blocked = await screen.findByTestId('plan-blocked');
    expect(blocked.textContent).toContain('Stopping suddenly can cause serious withdrawal, including seizures.');
    expect(data.preview).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('preview-status').textContent).toBe('This plan cannot be made');
  });

  it('previews and saves, then shows the saved plan with "Plan saved."', async () => {
    const next = started();
    const data = fakePlanData(started(), {
      preview: vi.fn(() => Promise.resolve({ ok: true as const, value: next.plan })),
      save: vi.fn(() => Promise.resolve({ ok: true as const, value: { ...next, revision: 2 } })),
    });
    open(data);
    fireEvent.click(await screen.findByRole('button', { name: 'Change my plan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(screen.getByTestId('plan-save-status').textContent).toBe('Plan saved.'));
    expect(screen.queryByTestId('now-step')).not.toBeNull();
    expect(screen.queryByText(/Version 2/)).not.toBeNull();
    expect(data.save).toHaveBeenCalledTimes(1);
  });

  it('offline, shows this device’s copy of the plan and says changes need a connection', async () => {
    open(fakePlanData(started(), { isOnline: () => false }));
    expect((await screen.findByTestId('plan-offline')).textContent).toMatch(/No connection right now/);
    expect(screen.queryByTestId('now-step')).not.toBeNull();
  });

  it('when the medicines cannot be loaded, says why and offers to try again', async () => {
    const medications = vi.fn(() => Promise.resolve(failure('network_error', 0)));
    open(fakePlanData(null, { medications }));
    expect((await screen.findByText(/The list of medicines could not be loaded/)).textContent).toMatch(/No connection/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(medications).toHaveBeenCalledTimes(2));
  });
});
