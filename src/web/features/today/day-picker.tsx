import { useState } from 'preact/hooks';
import { addDays, type CalendarDate } from '../../../core/index.js';
import { ChoiceButtons } from '../../components/choice-buttons.js';
import { describedBy, FieldFrame } from '../../components/field-frame.js';
import { dayKind, pickableDay, type DayKind } from './day-choice.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly date: CalendarDate;
  readonly today: CalendarDate;
  readonly onPick: (date: CalendarDate) => void;
}

const KINDS: readonly DayKind[] = ['today', 'yesterday', 'earlier'];

/** Which day the check-in and doses are for: Today, Yesterday, or an earlier date. A day to come is refused. */
export function DayPicker({ date, today, onPick }: Props) {
  const { t } = useI18n();
  const kind = dayKind(date, today);
  const [choosing, setChoosing] = useState(kind === 'earlier');
  const [typed, setTyped] = useState(kind === 'earlier' ? date : addDays(today, -2));
  const [problem, setProblem] = useState('');

  function choose(next: DayKind) {
    setProblem('');
    setChoosing(next === 'earlier');
    if (next === 'today') onPick(today);
    else if (next === 'yesterday') onPick(addDays(today, -1));
    else pick(typed);
  }

  function pick(text: string) {
    setTyped(text);
    const verdict = pickableDay(text, today);
    if (verdict === 'ok') {
      setProblem('');
      onPick(text);
    } else setProblem(verdict === 'future' ? t('today.future') : t('today.invalidDay'));
  }

  const shownKind = choosing ? 'earlier' : kind;
  return (
    <div class="day-picker" data-testid="day-picker">
      <ChoiceButtons
        question={{ label: t('today.dayLegend') }}
        choices={KINDS.map((k) => ({ value: k, label: t(`today.day.${k}`) }))}
        chosen={shownKind}
        onChoose={choose}
        look={{ columns: 3 }}
      />
      {choosing && (
        <FieldFrame id="checkin-day" label={t('today.earlierLabel')} hint={t('today.earlierHint')} error={problem}>
          <input
            id="checkin-day"
            class="input"
            type="date"
            max={today}
            value={typed}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={describedBy('checkin-day', t('today.earlierHint'), problem)}
            onChange={(e) => pick(e.currentTarget.value)}
          />
        </FieldFrame>
      )}
    </div>
  );
}
