import type { InstrumentView } from '../../../api/assessment-schemas.js';
import type { RedFlagView } from '../../../api/schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { itemText, optionLabel } from './instrument-words.js';
import { RedFlagAnswer } from './red-flag-answer.js';

type Item = InstrumentView['items'][number];

interface Props {
  readonly instrumentId: string;
  readonly items: readonly Item[];
  readonly answers: Readonly<Record<string, number>>;
  readonly on: {
    readonly answer: (itemId: string, value: number) => void;
    readonly redFlag: (flag: RedFlagView) => void;
  };
}

/** True when the answer is above the item's lowest option: "yes", in any degree. */
const saysYes = (item: Item, value: number | undefined) =>
  value !== undefined && value > Math.min(...item.options.map((o) => o.value));

/** One question per fieldset with big radio options; an answer that may be a red flag shows urgent help under it. */
export function QuestionList({ instrumentId, items, answers, on }: Props) {
  const { t } = useI18n();
  return (
    <>
      {items.map((item, index) => (
        <div class="stack" key={item.id}>
          <fieldset
            class="severity question"
            aria-describedby={item.rater === 'observer' ? `q-${item.id}-observer` : undefined}
          >
            <legend class="severity__name">
              <span class="question__number">
                {t('questionnaires.question', { n: index + 1, total: items.length })}
              </span>{' '}
              {itemText(t, instrumentId, item)}
            </legend>
            {item.rater === 'observer' && (
              <p class="observer" id={`q-${item.id}-observer`}>
                {t('questionnaires.observer')}
              </p>
            )}
            <div class="question__choices">
              {item.options.map((option, i) => (
                <label class="choice" key={option.value}>
                  <input
                    id={`q-${item.id}-${i}`}
                    type="radio"
                    name={`q-${item.id}`}
                    value={String(option.value)}
                    checked={answers[item.id] === option.value}
                    onChange={() => on.answer(item.id, option.value)}
                  />
                  <span class="choice__face">{optionLabel(t, item, option)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {item.redFlag && saysYes(item, answers[item.id]) && (
            <RedFlagAnswer kind={item.redFlag} onRedFlag={on.redFlag} />
          )}
        </div>
      ))}
    </>
  );
}
