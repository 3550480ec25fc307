import { useState } from 'preact/hooks';
import type { ApiFailure } from '../../../api/api-result.js';
import type { Share } from '../../../api/share-schemas.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly shares: readonly Share[];
  readonly onRevoke: (id: string) => Promise<ApiFailure | undefined>;
}

/** "Works until 18 Dec 2026", "Stopped on …", "Expired on …": one sentence per state. */
function stateLine({ t, f }: Pick<I18n, 't' | 'f'>, share: Share): string {
  if (share.status === 'revoked')
    return t('report.share.stopped', { day: f.dayOf(share.revokedAt ?? share.expiresAt) });
  if (share.status === 'expired') return t('report.share.expired', { day: f.dayOf(share.expiresAt) });
  return t('report.share.worksUntil', { day: f.dayOf(share.expiresAt) });
}

function usesLine({ t, f }: Pick<I18n, 't' | 'f'>, share: Share): string {
  if (share.lastUsedAt === null) return t('report.share.notOpened');
  return t('report.share.opened', {
    count: share.useCount,
    day: f.dayOf(share.lastUsedAt),
    time: f.time(share.lastUsedAt),
  });
}

/** One link: who it is for, its state, its uses, and (while it works) a two-step "Stop sharing". */
function ShareItem({ share, onRevoke }: { readonly share: Share; readonly onRevoke: Props['onRevoke'] }) {
  const i18n = useI18n();
  const { t, f } = i18n;
  const describeFailure = useDescribeFailure();
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const stop = async () => {
    setStatus(t('report.share.stopping'));
    const failure = await onRevoke(share.id);
    setStatus(failure ? describeFailure(failure) : '');
    setAsking(false);
  };
  return (
    <li class="share-item" data-testid="share-item">
      <h3>{share.label}</h3>
      <p>
        {t('report.share.made', { day: f.dayOf(share.createdAt) })} {stateLine(i18n, share)}
      </p>
      <p>{usesLine(i18n, share)}</p>
      {share.uses.length > 0 && (
        <details>
          <summary>{t('report.share.usesHeading')}</summary>
          <ul>
            {share.uses.map((u) => (
              <li key={`${u.usedAt}-${u.kind}`}>
                {t(u.kind === 'pdf' ? 'report.share.usePdf' : 'report.share.usePage', {
                  day: f.dayOf(u.usedAt),
                  time: f.time(u.usedAt),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {share.status === 'active' &&
        (asking ? (
          <div class="share-item__confirm" role="group" aria-label={t('report.share.confirm', { label: share.label })}>
            <p>{t('report.share.confirm', { label: share.label })}</p>
            <button type="button" class="button button--erase" onClick={() => void stop()}>
              {t('report.share.confirmStop')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
              {t('report.share.keep')}
            </button>
          </div>
        ) : (
          <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
            {t('report.share.stop', { label: share.label })}
          </button>
        ))}
      <p class="status" role="status">
        {status}
      </p>
    </li>
  );
}

export function ShareList({ shares, onRevoke }: Props) {
  const { t } = useI18n();
  if (shares.length === 0) return <p>{t('report.share.none')}</p>;
  return (
    <ul class="share-list" aria-label={t('report.share.listLabel')}>
      {shares.map((s) => (
        <ShareItem key={s.id} share={s} onRevoke={onRevoke} />
      ))}
    </ul>
  );
}
