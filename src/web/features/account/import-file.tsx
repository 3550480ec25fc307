import { useRef, useState } from 'preact/hooks';
import type { ApiFailure } from '../../../api/api-result.js';
import type { ImportAnswer, ImportCounts } from '../../../api/import-schemas.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { useSession } from '../../session/session.js';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly answer: ImportAnswer }
  | { readonly kind: 'failed'; readonly message: string };

const KINDS = [
  'checkins',
  'versions',
  'plans',
  'holds',
  'doses',
  'questionnaires',
  'events',
  'ownSymptoms',
  'pins',
] as const satisfies readonly (keyof ImportCounts)[];

/** Where the server found the file wrong, in plain words: "check-in 3" for `checkins.2.symptoms.tremor`. */
function whereIn(t: I18n['t'], field: string): string {
  const [kind = '', index] = field.split('.');
  const n = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : undefined;
  const known = ['checkins', 'plans', 'doses', 'questionnaires', 'events', 'ownSymptoms', 'pins'];
  return n !== undefined && known.includes(kind)
    ? t('account.importWhere', { kind, n, field })
    : t('account.importWhere', { kind: 'other', n: 0, field });
}

function refusalWords(i18n: I18n, describe: (error: ApiFailure) => string, error: ApiFailure): string {
  if (error.code === 'invalid_input' && error.field !== undefined)
    return i18n.t('account.importRefused', { where: whereIn(i18n.t, error.field) });
  if (error.code === 'payload_too_large') return i18n.t('account.importTooLarge');
  if (error.code === 'network_error') return i18n.t('account.importNeedsConnection');
  return describe(error);
}

function Counts({ answer }: { readonly answer: ImportAnswer }) {
  const { t } = useI18n();
  const added = KINDS.filter((k) => answer.added[k] > 0);
  const unchanged = KINDS.reduce((sum, k) => sum + answer.unchanged[k], 0);
  return (
    <div class="import-result">
      {added.length === 0 && answer.merged.checkins === 0 ? (
        <p>{t('account.importNothingNew')}</p>
      ) : (
        <>
          <p>{t('account.importDone')}</p>
          <ul>
            {added.map((kind) => (
              <li key={kind}>{t('account.importCount', { kind, count: answer.added[kind] })}</li>
            ))}
          </ul>
          {answer.merged.checkins > 0 && <p>{t('account.importMerged', { count: answer.merged.checkins })}</p>}
          {unchanged > 0 && <p>{t('account.importUnchanged', { count: unchanged })}</p>}
        </>
      )}
    </div>
  );
}

/**
 * An export file brought back in (issue #12 §3): merged on the server, never replacing anything. The file is read
 * on the device only to send it as JSON; the server checks all of it and refuses it whole if any part is wrong.
 */
export function ImportFileSection({ id }: { readonly id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const describe = useDescribeFailure();
  const { calls } = useSession();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // A second choice while one import is on its way waits for it (a ref: state lags one render behind).
  const busy = useRef(false);

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || busy.current) return;
    busy.current = true;
    setState({ kind: 'busy' });
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        setState({ kind: 'failed', message: t('account.importNotJson') });
        return;
      }
      const result = await calls.importFile(json);
      setState(
        result.ok
          ? { kind: 'done', answer: result.value }
          : { kind: 'failed', message: refusalWords(i18n, describe, result.error) },
      );
    } finally {
      busy.current = false;
      input.value = '';
    }
  }

  return (
    <section class="panel account-section" aria-labelledby={id}>
      <h2 id={id}>{t('account.importHeading')}</h2>
      <p>{t('account.importWhat')}</p>
      {/* The file input lies, invisible, over the whole big label: it is the target and takes the focus (a native file
          button is small and cannot be styled). */}
      <label class="button button--secondary file-choice" for="import-file">
        {t('account.importChoose')}
        <input
          id="import-file"
          class="file-choice__input"
          type="file"
          accept=".json,application/json"
          disabled={state.kind === 'busy'}
          onChange={(event) => void choose(event)}
        />
      </label>
      <div role="status" aria-live="polite">
        {state.kind === 'busy' && <p>{t('account.importing')}</p>}
        {state.kind === 'done' && <Counts answer={state.answer} />}
        {state.kind === 'failed' && <p class="notice">{state.message}</p>}
      </div>
    </section>
  );
}
