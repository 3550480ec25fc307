import type { TrendsAnswer } from '../../../api/insight-schemas.js';
import { findSymptom } from '../../../core/index.js';
import { knownWord } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Win = TrendsAnswer['wins'][number];

interface Props {
  readonly wins: TrendsAnswer['wins'];
  readonly names: ReadonlyMap<string, string>;
}

/** Small wins in calm words; nothing is said about a bad day. */
export function WinsSection({ wins, names }: Props) {
  const { t, f, locale } = useI18n();
  // Inside an English sentence a name reads in lower case ("without muscle jerks"); German keeps its capitals.
  const inSentence = (name: string) => (locale === 'en' ? name.toLowerCase() : name);
  const nameOf = (id: string) => {
    // A catalogue symptom by its words in the active language (the server's name is its English default).
    const name = knownWord(t, `symptom.${id}`) ?? names.get(id) ?? findSymptom(id)?.name;
    return name === undefined ? t('insights.aSymptom') : inSentence(name);
  };
  const words = (win: Win) => {
    switch (win.code) {
      case 'first-day-without':
        return t('insights.win.first-day-without', {
          date: f.weekday(win.date),
          symptom: nameOf(win.symptomId),
          days: win.afterDays,
        });
      case 'days-in-a-row-without':
        return t('insights.win.days-in-a-row-without', {
          days: win.days,
          symptom: nameOf(win.symptomId),
          date: f.weekday(win.to),
        });
      case 'best-week':
        return t('insights.win.best-week', { date: f.weekday(win.to) });
    }
  };
  return (
    <section class="card insights-section" aria-labelledby="insights-wins">
      <h2 id="insights-wins">{t('insights.winsHeading')}</h2>
      {wins.length === 0 ? (
        <p>{t('insights.winsNone')}</p>
      ) : (
        <ul class="insights-list" data-testid="insights-wins">
          {wins.map((win, i) => (
            <li key={i}>{words(win)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
