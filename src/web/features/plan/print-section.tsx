import { RadioCards } from '../../components/radio-cards.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly printAll: boolean;
  readonly cards: number;
  readonly onScope: (all: boolean) => void;
}

/** Which steps to print as prep cards (upcoming by default), and the button that prints them. */
export function PrintSection({ printAll, cards, onScope }: Props) {
  const { t } = useI18n();
  const w = usePlanWords();
  return (
    <section class="stack" aria-labelledby="print-heading">
      <h3 id="print-heading">{t('plan.print')}</h3>
      <RadioCards
        name="print-scope"
        compact
        legend={t('plan.printLegend')}
        value={printAll ? 'all' : 'upcoming'}
        cards={[
          { value: 'upcoming', label: t('plan.printUpcoming') },
          { value: 'all', label: t('plan.printAll') },
        ]}
        onChange={(scope) => onScope(scope === 'all')}
      />
      <p>
        <button type="button" class="button" aria-describedby="print-hint" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
      </p>
      <p class="hint" id="print-hint">
        {w.plan.printHint(cards)}
      </p>
    </section>
  );
}
