import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ShareList } from './share-list.js';
import { ShareMade } from './share-made.js';
import { ShareMaker } from './share-maker.js';
import { useShares } from './use-shares.js';

/**
 * Read-only links to the report (issue #12 §2): what a link is, making one, the link shown once, and the list of
 * links with when each was opened. It needs a connection: the link lives in the account.
 */
export function ShareLinks() {
  const { t } = useI18n();
  const describeFailure = useDescribeFailure();
  const { load, made, create, revoke, retry } = useShares();
  return (
    <section class="panel share-links" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('report.share.heading')}</h2>
      <p>{t('report.share.intro')}</p>
      <ShareMaker onMake={create} />
      {made && <ShareMade label={made.label} url={made.url} />}
      <h3>{t('report.share.listHeading')}</h3>
      {load.state === 'loading' && <p>{t('report.share.loading')}</p>}
      {load.state === 'failed' && (
        <>
          <p role="alert">{describeFailure(load.error)}</p>
          <button type="button" class="button button--secondary" onClick={() => void retry()}>
            {t('report.retry')}
          </button>
        </>
      )}
      {load.state === 'loaded' && <ShareList shares={load.shares} onRevoke={revoke} />}
    </section>
  );
}
