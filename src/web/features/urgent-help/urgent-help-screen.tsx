import type { RedFlagView } from '../../../api/schemas.js';
import { offersCrisisLines } from '../../red-flags.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CallNumbers } from './call-numbers.js';
import { RecordingLine } from './recording-line.js';
import type { UrgentShown } from './use-urgent-help.js';

interface Props {
  readonly shown: UrgentShown;
  readonly onUndo: () => void;
  readonly onBack: () => void;
}

/** The flag's own steps after the calling links (the catalogue's words; the server's for a kind this version lacks). */
export function RedFlagSteps({ flag }: { readonly flag: RedFlagView }) {
  return (
    <ol class="urgent__steps">
      {flag.guidance.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ol>
  );
}

/** Shown the moment a red flag is tapped, from data already in memory: what to do, now. */
export function UrgentHelp({ shown, onUndo, onBack }: Props) {
  const { t } = useI18n();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const { flag, recording } = shown;
  const signedIn = recording.state !== 'signed-out';
  const pausing = recording.state === 'recording' || recording.state === 'recorded' || recording.state === 'queued';
  return (
    <div class="urgent stack" data-testid="urgent-help">
      <h1 ref={heading} tabIndex={-1}>
        {t('urgent.title')}
      </h1>
      <p class="urgent__said">{t('urgent.youSaid', { label: flag.label })}</p>
      {flag.urgency === 'emergency' && <CallNumbers crisisLines={offersCrisisLines(flag.kind)} />}
      <h2>{t('urgent.stepsHeading')}</h2>
      <RedFlagSteps flag={flag} />
      <RecordingLine recording={recording} tappedAt={shown.tappedAt} onUndo={onUndo} />
      {pausing && <p>{t('urgent.planPaused')}</p>}
      <button type="button" class="button" onClick={onBack}>
        {signedIn ? t('urgent.back') : t('urgent.backSignedOut')}
      </button>
    </div>
  );
}
