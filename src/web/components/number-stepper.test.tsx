import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberStepper } from './number-stepper.js';

afterEach(cleanup);

function renderStepper(overrides: Partial<Parameters<typeof NumberStepper>[0]> = {}) {
  const handlers = { onLess: vi.fn(), onMore: vi.fn(), onInput: vi.fn() };
  render(
    <NumberStepper
      id="dose"
      label="Dose (mg)"
      value="0.5"
      lessLabel="Less"
      moreLabel="More"
      {...handlers}
      {...overrides}
    />,
  );
  return handlers;
}

describe('NumberStepper', () => {
  it('labels the field and reports each button and each typed value once', () => {
    const handlers = renderStepper();
    const input = screen.getByLabelText('Dose (mg)');
    expect((input as HTMLInputElement).value).toBe('0.5');
    fireEvent.click(screen.getByRole('button', { name: 'Less' }));
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    fireEvent.input(input, { target: { value: '0.25' } });
    expect(handlers.onLess).toHaveBeenCalledTimes(1);
    expect(handlers.onMore).toHaveBeenCalledTimes(1);
    expect(handlers.onInput).toHaveBeenCalledWith('0.25');
  });

  it('marks the field invalid and ties the error to it', () => {
    renderStepper({ error: 'Enter a dose in mg.' });
    const input = screen.getByLabelText('Dose (mg)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby') ?? '';
    const errorText = described
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(errorText).toContain('Enter a dose in mg.');
  });
});
