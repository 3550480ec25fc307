import { useEffect, useState } from 'preact/hooks';
import { callNumbersFor, dialString, type CallNumber, type CallService } from '../../../core/index.js';
import type { PlainMessageId } from '../../i18n/catalogue.js';
import { regionOf } from '../../i18n/formats.js';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * How long after this panel opens a tap on a calling link is taken as the second half of the double tap that opened
 * it (a shaky hand on the red-flag button), not as a call.
 */
const CALL_GUARD_MS = 800;

const AREA_IDS: Readonly<Record<CallNumber['area'], PlainMessageId>> = {
  europe: 'urgent.area.europe',
  'north-america': 'urgent.area.northAmerica',
  uk: 'urgent.area.uk',
  us: 'urgent.area.us',
  'uk-and-ireland': 'urgent.area.ukAndIreland',
};

const PROVIDER_IDS: Readonly<Record<NonNullable<CallNumber['provider']>, PlainMessageId>> = {
  samaritans: 'urgent.provider.samaritans',
};

interface Props {
  readonly crisisLines: boolean;
  /** The heading's level: 2 on the urgent-help screen, 3 inside a panel. */
  readonly level?: 2 | 3;
}

/** Emergency numbers (and crisis lines where they help) as calling links, each a full-size target. */
export function CallNumbers({ crisisLines, level = 2 }: Props) {
  const { t } = useI18n();
  const callLink = (n: CallNumber) => {
    const area = t(AREA_IDS[n.area]);
    if (n.service === 'emergency') return t('urgent.callEmergency', { number: n.number, area });
    const who = t(n.provider ? PROVIDER_IDS[n.provider] : 'urgent.crisisLine');
    return t('urgent.callLine', { number: n.number, who, area });
  };
  const services: CallService[] = crisisLines ? ['emergency', 'crisis-line'] : ['emergency'];
  // The browser's region, not the app's language: the person's own numbers come first (999 in Britain).
  const numbers = callNumbersFor(services, regionOf(navigator.language));
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setArmed(true), CALL_GUARD_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="urgent__call" aria-labelledby="call-heading" data-testid="call-numbers">
      <Heading id="call-heading">{t('urgent.callHeading')}</Heading>
      <p>{t('urgent.callIntro')}</p>
      <ul class="urgent__numbers">
        {numbers.map((n) => (
          <li key={n.number}>
            <a
              class="button button--serious urgent__tel"
              href={`tel:${dialString(n)}`}
              onClick={(e) => {
                if (!armed) e.preventDefault();
              }}
            >
              {callLink(n)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
