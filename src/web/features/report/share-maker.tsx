import { useState } from 'preact/hooks';
import type { ApiFailure } from '../../../api/api-result.js';
import type { CreateShareBody } from '../../../api/share-schemas.js';
import { SHARE_EXPIRY_CHOICES, SHARE_EXPIRY_DAYS, SHARE_LABEL_MAX } from '../../../core/index.js';
import { ChoiceButtons } from '../../components/choice-buttons.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly onMake: (body: CreateShareBody) => Promise<ApiFailure | undefined>;
}

/** Who the link is for, how long it lasts (big buttons, a fortnight chosen), and the button that makes it. */
export function ShareMaker({ onMake }: Props) {
  const { t } = useI18n();
  const describeFailure = useDescribeFailure();
  const [label, setLabel] = useState('');
  const [days, setDays] = useState<number>(SHARE_EXPIRY_DAYS.default);
  const [missing, setMissing] = useState(false);
  const [status, setStatus] = useState('');
  const [making, setMaking] = useState(false);
  const make = async (e: Event) => {
    e.preventDefault();
    if (making) return;
    if (!label.trim()) {
      setMissing(true);
      document.getElementById('share-label')?.focus();
      return;
    }
    setMaking(true);
    setStatus(t('report.share.making'));
    const failure = await onMake({ label: label.trim(), expiresInDays: days });
    setMaking(false);
    setStatus(failure ? describeFailure(failure) : '');
    if (!failure) setLabel('');
  };
  return (
    <form onSubmit={(e) => void make(e)} noValidate>
      <div class="field">
        <label for="share-label">{t('report.share.labelLabel')}</label>
        <p class="hint" id="share-label-hint">
          {missing ? t('report.share.labelMissing') : t('report.share.labelHint')}
        </p>
        <input
          id="share-label"
          class="input"
          type="text"
          maxLength={SHARE_LABEL_MAX}
          value={label}
          aria-describedby="share-label-hint"
          aria-invalid={missing ? 'true' : undefined}
          onInput={(e) => {
            setLabel(e.currentTarget.value);
            if (e.currentTarget.value.trim()) setMissing(false);
          }}
        />
      </div>
      <p class="field__label" id="share-expiry">
        {t('report.share.expiryLabel')}
      </p>
      <ChoiceButtons
        question={{ labelledBy: 'share-expiry' }}
        choices={SHARE_EXPIRY_CHOICES.map((n) => ({ value: String(n), label: t('report.share.days', { days: n }) }))}
        chosen={String(days)}
        onChoose={(value) => setDays(Number(value))}
        look={{ columns: 3 }}
      />
      <button
        type="submit"
        class="button button--primary button--wide"
        disabled={making}
        aria-disabled={making}
        data-testid="share-make"
      >
        {making ? t('report.share.making') : t('report.share.make')}
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
