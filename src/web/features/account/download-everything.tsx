import { useI18n } from '../../i18n/i18n-context.js';

/** The export URL; the session cookie goes with a same-origin link, and the server names the file. */
export const EXPORT_URL = '/api/v1/export.json';

/** The same records for a spreadsheet (four CSV tables) or a health record system (FHIR); docs/export-format.md. */
export const OTHER_FORMATS = [
  { href: '/api/v1/export/checkins.csv', words: 'account.downloadCheckinsCsv' },
  { href: '/api/v1/export/doses.csv', words: 'account.downloadDosesCsv' },
  { href: '/api/v1/export/questionnaires.csv', words: 'account.downloadQuestionnairesCsv' },
  { href: '/api/v1/export/events.csv', words: 'account.downloadEventsCsv' },
  { href: '/api/v1/export/fhir', words: 'account.downloadFhir' },
] as const;

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
      <h3>{t('account.downloadOtherHeading')}</h3>
      <p>{t('account.downloadOtherWhat')}</p>
      <ul class="download-formats">
        {OTHER_FORMATS.map((format) => (
          <li key={format.href}>
            <a class="button button--secondary" href={format.href} download>
              {t(format.words)}
            </a>
          </li>
        ))}
      </ul>
      <p class="hint">{t('account.downloadNeedsConnection')}</p>
    </section>
  );
}
