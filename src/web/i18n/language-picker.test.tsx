import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppHeader } from '../features/navigation/app-header.js';
import { LanguagePicker } from './language-picker.js';
import { TestI18n } from './test-i18n.js';

afterEach(cleanup);

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('the language picker', () => {
  it('switches the whole app to German at once, without a reload, and keeps the choice', async () => {
    const onChoose = vi.fn();
    render(
      <TestI18n onChoose={onChoose}>
        <AppHeader
          signedIn
          route="today"
          theme="dark"
          onNavigate={vi.fn()}
          onToggleTheme={vi.fn()}
          onSignOut={vi.fn()}
        />
        <LanguagePicker />
      </TestI18n>,
    );
    expect(screen.getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBe('page');
    expect(radio('English').checked).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));

    expect((await screen.findByRole('link', { name: 'Heute' })).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('group', { name: 'Sprache' }).textContent).toContain('Die App wechselt sofort.');
    expect(radio('Deutsch').checked).toBe(true);
    expect(screen.queryByRole('link', { name: 'Today' })).toBeNull();
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('de');

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect((await screen.findByRole('link', { name: 'Today' })).textContent).toBe('Today');
    expect(onChoose).toHaveBeenLastCalledWith('en');
  });
});
