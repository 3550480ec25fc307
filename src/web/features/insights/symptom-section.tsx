import { useState } from 'preact/hooks';
import type { TrendsAnswer } from '../../../api/insight-schemas.js';
import { findSymptom, rollingColumns, SYMPTOM_GROUPS } from '../../../core/index.js';
import { LineChart } from '../../../charts/line-chart.js';
import { knownWord } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLineWords, useSpan } from './chart-words.js';
import { SeriesPicker, type SeriesChoice } from './series-picker.js';
import { episodeMarks, rollingPoints, topSymptoms } from './trend-view.js';

const NO_SERIES = rollingColumns([]);

interface Props {
  readonly trends: TrendsAnswer;
  /** Symptom id → the person's name for it (their own symptoms are only named here). */
  readonly names: ReadonlyMap<string, string>;
}

/** A 7-day mean chart for each symptom or group the person picks; at first the three that weigh most lately. */
export function SymptomSection({ trends, names }: Props) {
  const { t, f } = useI18n();
  const lineWords = useLineWords();
  const span = useSpan(trends);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(topSymptoms(trends).map((id) => `symptom:${id}`)),
  );
  // A catalogue symptom by its words in the active language (the server's name is its English default).
  const symptomName = (id: string) =>
    knownWord(t, `symptom.${id}`) ?? names.get(id) ?? findSymptom(id)?.name ?? t('insights.aSymptom');
  const symptoms: SeriesChoice[] = Object.keys(trends.symptoms)
    .map((id) => ({ key: `symptom:${id}`, name: symptomName(id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const groups: SeriesChoice[] = SYMPTOM_GROUPS.filter((g) => trends.groups[g] !== undefined).map((g) => ({
    key: `group:${g}`,
    name: t(`group.${g}`),
  }));
  const shown = [...symptoms, ...groups].filter((c) => chosen.has(c.key));
  const toggle = (key: string) =>
    setChosen((was) => {
      const next = new Set(was);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const seriesOf = (key: string) => {
    const [kind, id = ''] = key.split(':');
    return (kind === 'group' ? trends.groups[id as (typeof SYMPTOM_GROUPS)[number]] : trends.symptoms[id]) ?? NO_SERIES;
  };
  return (
    <section class="card insights-section" aria-labelledby="insights-symptoms">
      <h2 id="insights-symptoms">{t('insights.symptomsHeading')}</h2>
      {symptoms.length === 0 ? (
        <p>{t('insights.noDays')}</p>
      ) : (
        <>
          <p>{t('insights.symptomsIntro')}</p>
          <SeriesPicker choices={{ symptoms, groups }} chosen={chosen} onToggle={toggle} />
          {shown.length === 0 ? <p>{t('insights.symptomsNoneChosen')}</p> : null}
          {shown.map((c) => (
            <div key={c.key} class="insights-series">
              <h3>{c.name}</h3>
              <LineChart
                id={`insights-series-${c.key.replace(':', '-')}`}
                words={lineWords({
                  title: t('insights.seriesTitle', { name: c.name }),
                  desc: t('insights.seriesDesc', { name: c.name, ...span }),
                  caption: t('insights.seriesTitle', { name: c.name }),
                  value: t('insights.burden'),
                })}
                range={trends}
                points={rollingPoints(trends, seriesOf(c.key))}
                max={100}
                marks={{ days: [], episodes: episodeMarks(trends) }}
                format={{ date: f.short, value: (n) => f.number(Math.round(n)) }}
              />
            </div>
          ))}
        </>
      )}
    </section>
  );
}
