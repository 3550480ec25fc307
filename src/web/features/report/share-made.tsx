import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * The link just made, shown this once: in a field it can be selected from, with a big Copy button. It is not kept
 * anywhere (the server has only its hash), so the screen says to copy it now.
 */
export function ShareMade({ label, url }: { readonly label: string; readonly url: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    void navigator.clipboard
      .writeText(url)
      .then(() => setCopied('copied'))
      .catch(() => setCopied('failed'));
  };
  return (
    <div class="panel share-made" data-testid="share-made">
      <h3>{t('report.share.madeHeading', { label })}</h3>
      <p>{t('report.share.madeOnce')}</p>
      <label for="share-url">{t('report.share.urlLabel')}</label>
      <input id="share-url" class="input" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" class="button button--primary button--wide" onClick={copy}>
        {t('report.share.copy')}
      </button>
      <p class="status" role="status">
        {copied === 'copied' ? t('report.share.copied') : copied === 'failed' ? t('report.share.copyFailed') : ''}
      </p>
    </div>
  );
}
