import { useI18n } from '../../i18n/i18n-context.js';

/** One symptom or group the person may show: `key` is `symptom:<id>` or `group:<id>`. */
export interface SeriesChoice {
  readonly key: string;
  readonly name: string;
}

interface Props {
  readonly choices: { readonly symptoms: readonly SeriesChoice[]; readonly groups: readonly SeriesChoice[] };
  readonly chosen: ReadonlySet<string>;
  readonly onToggle: (key: string) => void;
}

/** Big toggle buttons (pressed = shown), symptoms first, then groups; no select, no slider. */
export function SeriesPicker({ choices, chosen, onToggle }: Props) {
  const { t } = useI18n();
  const list = (label: string, items: readonly SeriesChoice[]) =>
    items.length === 0 ? null : (
      <div role="group" aria-label={label}>
        <h3>{label}</h3>
        <ul class="insights-toggles">
          {items.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                class="button"
                aria-pressed={chosen.has(c.key) ? 'true' : 'false'}
                onClick={() => onToggle(c.key)}
              >
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div data-testid="insights-picker">
      {list(t('insights.pickSymptoms'), choices.symptoms)}
      {list(t('insights.pickGroups'), choices.groups)}
    </div>
  );
}
