/**
 * A questionnaire's words, found in this feature's catalogue by the ids the server sends
 * (`instrument.ciwa-b.item.tense`, `instrument.scale.amount.2`): the core and the API carry ids and numbers only.
 * An id the catalogue does not know yet (a questionnaire added on the server first) shows as itself, never as
 * nothing. A copy of the questionnaires this device kept from before the server sent ids only still has its English
 * words (`text`, `label`) and no scale: those are shown until the next answer from the server replaces the copy.
 */
import type { InstrumentView } from '../../../api/assessment-schemas.js';
import { knownWord, type Translate } from '../../i18n/catalogue.js';

type Item = InstrumentView['items'][number];
type Unscored = InstrumentView['unscored'][number];
/** What an older copy kept on the device may still carry. */
type Kept = { readonly text?: string; readonly label?: string };

const named = (t: Translate, id: string, fallback: string): string => knownWord(t, id) ?? fallback;

/** "Clinical Institute Withdrawal Assessment – Benzodiazepines" */
export const instrumentName = (t: Translate, instrument: Pick<InstrumentView, 'id' | 'shortName'>): string =>
  named(t, `instrument.${instrument.id}.name`, instrument.shortName);

/** How sure the app is of the items and scoring, said before the first question ('' when there is nothing to say). */
export const evidenceNote = (t: Translate, instrument: Pick<InstrumentView, 'id'>): string =>
  named(t, `instrument.${instrument.id}.evidenceNote`, '');

export const itemText = (t: Translate, instrumentId: string, item: Pick<Item, 'id'> & Kept): string =>
  named(t, `instrument.${instrumentId}.item.${item.id}`, item.text ?? item.id);

/** "Not at all" … "Very much": an answer's words are its scale's, by value. */
export const optionLabel = (t: Translate, item: Pick<Item, 'scale'>, option: { readonly value: number } & Kept) =>
  named(t, `instrument.scale.${item.scale}.${String(option.value)}`, option.label ?? String(option.value));

export const unscoredText = (t: Translate, instrumentId: string, question: Pick<Unscored, 'id'> & Kept) =>
  named(t, `instrument.${instrumentId}.unscored.${question.id}`, question.text ?? question.id);

/** "Moderate": a band's name, by the instrument and the band's id. */
export const bandName = (t: Translate, instrumentId: string, band: string): string =>
  named(t, `instrument.${instrumentId}.band.${band}`, band);
