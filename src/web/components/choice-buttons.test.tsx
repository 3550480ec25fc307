import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceButtons } from './choice-buttons.js';

afterEach(cleanup);

const DAYS = [
  { value: 'today', label: 'Today' },
  { value: 'yesterday', label: 'Yesterday' },
  { value: 'earlier', label: 'Earlier' },
] as const;

type Day = (typeof DAYS)[number]['value'];

/** The control as a screen uses it: the chosen value lives in the screen's state. */
function Picker({ onChoose, first }: { readonly onChoose: (day: Day) => void; readonly first?: Day }) {
  const [chosen, setChosen] = useState<Day | undefined>(first);
  return (
    <ChoiceButtons
      question={{ label: 'Which day is this for?' }}
      choices={DAYS}
      chosen={chosen}
      onChoose={(day) => {
        setChosen(day);
        onChoose(day);
      }}
      look={{ columns: 3 }}
    />
  );
}

const pressed = () =>
  within(screen.getByRole('group', { name: 'Which day is this for?' }))
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

describe('ChoiceButtons', () => {
  it('is a named group of buttons, none pressed until one is chosen', () => {
    render(<Picker onChoose={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Which day is this for?' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Today', 'Yesterday', 'Earlier']);
    expect(pressed()).toEqual([]);
  });

  it('presses the one chosen, and only it, and reports each new choice once', () => {
    const onChoose = vi.fn();
    render(<Picker onChoose={onChoose} first="today" />);
    expect(pressed()).toEqual(['Today']);
    fireEvent.click(screen.getByRole('button', { name: 'Yesterday' }));
    expect(pressed()).toEqual(['Yesterday']);
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose).toHaveBeenLastCalledWith('yesterday');
  });

  it('ignores a second tap on what is already chosen (a shaky double tap changes nothing)', () => {
    const onChoose = vi.fn();
    render(<Picker onChoose={onChoose} />);
    const earlier = screen.getByRole('button', { name: 'Earlier' });
    fireEvent.click(earlier);
    fireEvent.click(earlier);
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(pressed()).toEqual(['Earlier']);
  });

  it('is reached and chosen with the keyboard: real buttons, in order', () => {
    render(<Picker onChoose={vi.fn()} />);
    const buttons = screen.getAllByRole('button');
    for (const button of buttons) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
      expect(button.tabIndex).toBe(0);
    }
    buttons[1]?.focus();
    expect(document.activeElement).toBe(buttons[1]);
  });

  it('can be named by a visible heading instead, and carries the big look and an id when asked', () => {
    render(
      <>
        <h2 id="overall-heading">How is today overall?</h2>
        <ChoiceButtons
          question={{ labelledBy: 'overall-heading' }}
          choices={[
            { value: 'hard', label: 'Hard' },
            { value: 'worst', label: 'The worst' },
          ]}
          chosen="hard"
          onChoose={vi.fn()}
          look={{ big: true, id: 'overall' }}
        />
      </>,
    );
    const group = screen.getByRole('group', { name: 'How is today overall?' });
    expect(group.id).toBe('overall');
    expect(group.classList.contains('choice-buttons--2')).toBe(true);
    const hard = within(group).getByRole('button', { name: 'Hard' });
    expect(hard.getAttribute('aria-pressed')).toBe('true');
    expect(hard.classList.contains('choice-buttons__button--big')).toBe(true);
  });
});
