/** Words every insights chart shares, from the catalogue (the charts themselves hold none). */
import { useI18n } from '../../i18n/i18n-context.js';

export function useChartWords() {
  const { t } = useI18n();
  return {
    showTable: t('insights.showTable'),
    date: t('insights.date'),
    marks: t('insights.marks'),
    markNames: {
      'red-flag': t('insights.mark.red-flag'),
      cut: t('insights.mark.cut'),
      hold: t('insights.mark.hold'),
      window: t('insights.mark.window'),
      wave: t('insights.mark.wave'),
    },
  };
}

/** The range as the charts' descriptions name it. */
export function useSpan(range: { readonly from: string; readonly to: string }) {
  const { f } = useI18n();
  return { from: f.short(range.from), to: f.short(range.to) };
}

/** A line chart's words: the shared ones, the 7-day mean, and its own title, description, caption and value. */
export function useLineWords() {
  const { t } = useI18n();
  const shared = useChartWords();
  return (own: {
    readonly title: string;
    readonly desc: string;
    readonly caption: string;
    readonly value: string;
  }) => ({
    ...shared,
    ...own,
    mean: t('insights.mean'),
  });
}
