import { RadioCards } from '../../components/radio-cards.js';
import { planWords } from './plan-words.js';

const t = planWords.plan;

interface Props {
  readonly printAll: boolean;
  readonly cards: number;
  readonly onScope: (all: boolean) => void;
}

/** Which steps to print as prep cards (upcoming by default), and the button that prints them. */
export function PrintSection({ printAll, cards, onScope }: Props) {
  return (
    <section class="stack" aria-labelledby="print-heading">
      <h3 id="print-heading">{t.print}</h3>
      <RadioCards
        name="print-scope"
        compact
        legend={t.printLegend}
        value={printAll ? 'all' : 'upcoming'}
        cards={[
          { value: 'upcoming', label: t.printUpcoming },
          { value: 'all', label: t.printAll },
        ]}
        onChange={(scope) => onScope(scope === 'all')}
      />
      <p>
        <button type="button" class="button" aria-describedby="print-hint" onClick={() => window.print()}>
          {t.print}
        </button>
      </p>
      <p class="hint" id="print-hint">
        {t.printHint(cards)}
      </p>
    </section>
  );
}
