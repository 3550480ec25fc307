import type { RedFlagEvent } from '../../../api/schemas.js';
import type { Local } from '../../data/outbox.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { redFlagLabel } from '../../red-flags.js';

export type EventsLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly events: readonly Local<RedFlagEvent>[] }
  | { readonly state: 'failed'; readonly reason: string };

function EventRow({ event }: { readonly event: Local<RedFlagEvent> }) {
  const { t, f } = useI18n();
  return (
    <li class="history__event">
      <p class="history__event-when">
        <time dateTime={event.occurredAt}>{f.dateTime(event.occurredAt)}</time>
      </p>
      <p class="history__event-what">{redFlagLabel(t, event.kind)}</p>
      {event.pending ? (
        <p class="not-sent">{t('history.eventNotSent')}</p>
      ) : (
        <p class="hint">
          {event.confirmedAt === null
            ? t('history.pausing')
            : t('history.confirmed', { date: f.dayOf(event.confirmedAt) })}
        </p>
      )}
    </li>
  );
}

/** The red-flag events the person recorded, newest first, one calm row each; nothing while they load. */
export function EventsSection({ load }: { readonly load: EventsLoad }) {
  const { t } = useI18n();
  if (load.state === 'loading') return null;
  if (load.state === 'failed')
    return (
      <p class="notice" data-testid="history-events">
        {t('history.eventsFailed', { reason: load.reason })}
      </p>
    );
  if (load.events.length === 0)
    return (
      <p class="hint" data-testid="history-events">
        {t('history.noEvents')}
      </p>
    );
  return (
    <section class="history__events" aria-labelledby="events-heading" data-testid="history-events">
      <h2 id="events-heading">{t('history.eventsHeading')}</h2>
      <ol class="history__event-list">
        {load.events.map((event) => (
          <EventRow key={event.id} event={event} />
        ))}
      </ol>
    </section>
  );
}
