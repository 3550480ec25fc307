import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyScreen } from '../lazy-screen.js';
import { AT_HAND } from './catalogue.js';
import { I18nProvider, loadLocale, useI18n, useWords } from './i18n-context.js';

afterEach(cleanup);

/** The app as main.tsx starts it: only the first screen's words loaded. */
async function startWith(children: ComponentChildren) {
  render(
    <I18nProvider initial={await loadLocale('en', AT_HAND)} onChoose={() => undefined}>
      {children}
    </I18nProvider>,
  );
}

/** A part of the first screen that speaks with the Account screen's words once it is shown. */
function Borrowing({ shown }: { readonly shown: boolean }) {
  const { t, setLocale } = useI18n();
  const ready = useWords(['account'], shown);
  return (
    <>
      <p data-testid="borrowed">{ready ? t('account.title') : 'not yet'}</p>
      <button type="button" onClick={() => void setLocale('de')}>
        German
      </button>
    </>
  );
}

function HistoryTitle() {
  const { t } = useI18n();
  return <h1>{t('history.title')}</h1>;
}

describe('words loaded per feature', () => {
  it('starts with the first screen’s words only, and loads another feature’s when a part needs them', async () => {
    await startWith(<Borrowing shown={false} />);
    expect(screen.getByTestId('borrowed').textContent).toBe('not yet');
    cleanup();
    await startWith(<Borrowing shown />);
    expect((await screen.findByText('Your account')).dataset['testid']).toBe('borrowed');
  });

  it('reloads every loaded feature in the new language when the language changes', async () => {
    await startWith(<Borrowing shown />);
    await screen.findByText('Your account');
    fireEvent.click(screen.getByRole('button', { name: 'German' }));
    expect(await screen.findByText('Ihr Konto')).toBeTruthy();
  });

  it('shows a lazy screen only together with its words, never its ids', async () => {
    const History = lazyScreen(() => Promise.resolve(HistoryTitle), ['history']);
    await startWith(<History />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('History');
    expect(screen.queryByText('history.title')).toBeNull();
  });
});
