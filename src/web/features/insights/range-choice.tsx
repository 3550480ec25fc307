import { useI18n } from '../../i18n/i18n-context.js';

export const RANGES = [30, 90, 365] as const;
export type RangeDays = (typeof RANGES)[number];

/** How many days the trend covers: three big buttons, the chosen one pressed. */
export function RangeChoice({ days, onChoose }: { days: RangeDays; onChoose: (days: RangeDays) => void }) {
  const { t } = useI18n();
  return (
    <div role="group" aria-label={t('insights.rangeLabel')} data-testid="insights-range">
      <ul class="day-picker__choices">
        {RANGES.map((n) => (
          <li key={n}>
            <button
              type="button"
              class="button"
              aria-pressed={n === days ? 'true' : 'false'}
              onClick={() => {
                if (n !== days) onChoose(n);
              }}
            >
              {t('insights.rangeDays', { count: n })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
