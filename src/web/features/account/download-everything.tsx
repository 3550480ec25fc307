import { useI18n } from '../../i18n/i18n-context.js';

/** The export URL; the session cookie goes with a same-origin link, and the server names the file. */
export const EXPORT_URL = '/api/v1/export.json';

/**
 * A copy of everything, offered before deletion (issue #12 §4) and at any time: a plain link, so the browser's own
 * download does the work and a second tap only downloads the same file again.
 */
export function DownloadEverythingSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  return (
    <section class="panel account-section" aria-labelledby={id}>
      <h2 id={id}>{t('account.downloadHeading')}</h2>
      <p>{t('account.downloadWhat')}</p>
      <a class="button button--secondary" href={EXPORT_URL} download>
        {t('account.downloadButton')}
      </a>
      <p class="hint">{t('account.downloadNeedsConnection')}</p>
    </section>
  );
}
