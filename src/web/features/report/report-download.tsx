import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context.js';

type State = 'idle' | 'busy' | 'done' | 'failed';

/** Saves the answer under the file name the server gave, through a link the browser downloads. */
async function download(url: string): Promise<boolean> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) return false;
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'report.pdf';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
  return true;
}

/**
 * The big "Download PDF" button. A ref, not only the state, keeps a double tap to one request (the state updates
 * after the second tap may already have arrived); the button is disabled and says so while the PDF is made.
 */
export function ReportDownload({ url }: { readonly url: string }) {
  const { t } = useI18n();
  const busy = useRef(false);
  const [state, setState] = useState<State>('idle');
  const start = () => {
    if (busy.current) return;
    busy.current = true;
    setState('busy');
    void download(url)
      .catch(() => false)
      .then((ok) => {
        busy.current = false;
        setState(ok ? 'done' : 'failed');
      });
  };
  return (
    <div class="report-download">
      <button
        type="button"
        class="button button--primary button--wide"
        onClick={start}
        disabled={state === 'busy'}
        aria-disabled={state === 'busy'}
        data-testid="report-download"
      >
        {state === 'busy' ? t('report.downloading') : t('report.download')}
      </button>
      <p class="status" role="status">
        {state === 'done' ? t('report.downloaded') : state === 'failed' ? t('report.failed') : ''}
      </p>
    </div>
  );
}
