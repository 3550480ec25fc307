import { useEffect, useState } from 'preact/hooks';
import { callNumbersFor, dialString, type CallService } from '../../../core/index.js';
import { urgentMessages as t } from './messages.js';

/**
 * How long after this panel opens a tap on a calling link is taken as the second half of the double tap that opened
 * it (a shaky hand on the red-flag button), not as a call.
 */
const CALL_GUARD_MS = 800;

/** The region of the browser's language ('GB' for en-GB), so that the person's own numbers come first. */
export function browserCountry(language: string = navigator.language): string | undefined {
  try {
    return new Intl.Locale(language).maximize().region;
  } catch {
    return undefined;
  }
}

interface Props {
  readonly crisisLines: boolean;
  /** The heading's level: 2 on the urgent-help screen, 3 inside a panel. */
  readonly level?: 2 | 3;
}

/** Emergency numbers (and crisis lines where they help) as calling links, each a full-size target. */
export function CallNumbers({ crisisLines, level = 2 }: Props) {
  const services: CallService[] = crisisLines ? ['emergency', 'crisis-line'] : ['emergency'];
  const numbers = callNumbersFor(services, browserCountry());
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setArmed(true), CALL_GUARD_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="urgent__call" aria-labelledby="call-heading" data-testid="call-numbers">
      <Heading id="call-heading">{t.callHeading}</Heading>
      <p>{t.callIntro}</p>
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
              {t.callLink(n)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
