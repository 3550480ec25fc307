import { ChoiceButtons } from '../../components/choice-buttons.js';
import { useI18n } from '../../i18n/i18n-context.js';

export const RANGES = [30, 90, 365] as const;
export type RangeDays = (typeof RANGES)[number];

/** How many days the trend covers: three big buttons, the chosen one pressed (the app's one kind of choice row). */
export function RangeChoice({ days, onChoose }: { days: RangeDays; onChoose: (days: RangeDays) => void }) {
  const { t } = useI18n();
  return (
    <div data-testid="insights-range">
      <ChoiceButtons
        question={{ label: t('insights.rangeLabel') }}
        choices={RANGES.map((n) => ({ value: String(n), label: t('insights.rangeDays', { count: n }) }))}
        chosen={String(days)}
        onChoose={(value) => {
          const chosen = RANGES.find((n) => String(n) === value);
          if (chosen !== undefined) onChoose(chosen);
        }}
        look={{ columns: 3 }}
      />
    </div>
  );
}
