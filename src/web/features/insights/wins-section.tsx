import type { TrendsView } from '../../data/insight-views.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Win = TrendsView['wins'][number];

/** Small wins in calm words; nothing is said about a bad day. */
export function WinsSection({ wins }: { readonly wins: TrendsView['wins'] }) {
  const { t, f } = useI18n();
  const words = (win: Win) => {
    const symptom = win.symptomName ?? t('insights.aSymptom');
    switch (win.code) {
      case 'first-day-without':
        return t('insights.win.first-day-without', { date: f.weekday(win.date), symptom, days: win.afterDays });
      case 'days-in-a-row-without':
        return t('insights.win.days-in-a-row-without', { days: win.days, symptom, date: f.weekday(win.to) });
      case 'best-week':
        return t('insights.win.best-week', { date: f.weekday(win.to) });
    }
  };
  return (
    <section class="card" aria-labelledby="insights-wins">
      <h2 id="insights-wins">{t('insights.winsHeading')}</h2>
      {wins.length === 0 ? (
        <p>{t('insights.winsNone')}</p>
      ) : (
        <ul data-testid="insights-wins">
          {wins.map((win, i) => (
            <li key={i}>{words(win)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
