import { useI18n } from '../../i18n/i18n-context.js';
import { SOURCES } from '../sources/sources.js';
import { signalWords, type Signal } from './signal-words.js';

function SourceLine({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const source = SOURCES[id];
  if (!source) return <p class="hint">{t('readiness.ownRule')}</p>;
  const words = t('readiness.source', { title: source.title });
  return (
    <p class="hint">
      {source.url ? (
        <a class="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
          {words}
        </a>
      ) : (
        words
      )}
    </p>
  );
}

/** Every signal behind the suggestion: its status in words (the colour only repeats it), its value and its source. */
export function SignalList({ signals }: { readonly signals: readonly Signal[] }) {
  const { t, f } = useI18n();
  return (
    <section class="stack" aria-labelledby="readiness-signals">
      <h3 id="readiness-signals">{t('readiness.signalsHeading')}</h3>
      <ul class="signals" data-testid="readiness-signals">
        {signals.map((signal) => (
          <li key={signal.code} class={`signal signal--${signal.status}`} data-code={signal.code}>
            <p>
              <strong class="signal__status">{t(`readiness.status.${signal.status}`)}</strong>{' '}
              {signalWords(t, f, signal)}
            </p>
            <SourceLine id={signal.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
