import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestI18n } from '../../i18n/test-i18n.js';
import { AppHeader } from './app-header.js';
import { routeFromHash, type Route } from './routes.js';

afterEach(cleanup);

function renderHeader(route: Route | null, signedIn = true) {
  const on = { onNavigate: vi.fn(), onToggleTheme: vi.fn(), onSignOut: vi.fn() };
  render(
    <TestI18n>
      <AppHeader signedIn={signedIn} route={route} theme="dark" {...on} />
    </TestI18n>,
  );
  return on;
}

const more = () => screen.getByRole('button', { name: 'More' });

describe('the navigation', () => {
  it('signed out and in again, More starts closed (it never covers the next screen)', async () => {
    const on = { onNavigate: vi.fn(), onToggleTheme: vi.fn(), onSignOut: vi.fn() };
    const header = (signedIn: boolean) => (
      <TestI18n>
        <AppHeader signedIn={signedIn} route="today" theme="dark" {...on} />
      </TestI18n>
    );
    const view = render(header(true));
    fireEvent.click(more());
    expect(more().getAttribute('aria-expanded')).toBe('true');
    view.rerender(header(false));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'More' })).toBeNull());
    view.rerender(header(true));
    await waitFor(() => expect(more().getAttribute('aria-expanded')).toBe('false'));
  });

  it('offers Today, Plan and History at once, marks the current one, and keeps the rest under More', () => {
    renderHeader('history');
    const bar = [...screen.getByRole('navigation').querySelectorAll('.nav__list > li > .nav__link')];
    expect(bar.map((el) => el.textContent)).toEqual(['Today', 'Plan', 'History', 'More']);
    expect(screen.getByRole('link', { name: 'History' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBeNull();
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(more().className).not.toMatch(/inside/);
  });

  it('opens More, closes it on Escape, and closes it when a destination is chosen', () => {
    const on = renderHeader('questionnaires');
    expect(more().className).toMatch(/nav__link--inside/);
    fireEvent.click(more());
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('nav-more')?.className).toMatch(/--open/);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(more().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more());
    fireEvent.click(screen.getByRole('link', { name: 'Reminders' }));
    expect(on.onNavigate).toHaveBeenCalledWith('reminders');
    expect(more().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(on.onSignOut).toHaveBeenCalledTimes(1);
  });

  it('shows only the name and the colours before sign-in', () => {
    const on = renderHeader(null, false);
    expect(screen.queryByRole('navigation')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Use light colours' }));
    expect(on.onToggleTheme).toHaveBeenCalledTimes(1);
  });

  it('reads the screen from the address, Today for anything else', () => {
    expect(routeFromHash('#/symptoms')).toBe('symptoms');
    expect(routeFromHash('#/history')).toBe('history');
    expect(routeFromHash('#/nowhere')).toBe('today');
  });
});
