import { useI18n } from '../../i18n/i18n-context.js';
import { SOURCES } from './sources.js';

/** The sources as links by their public titles, each a full-size target; unknown ids are left out. */
export function SourceLinks({ ids }: { readonly ids: readonly string[] | undefined }) {
  const { t } = useI18n();
  const linked = (ids ?? []).flatMap((id) => {
    const source = SOURCES[id];
    return source?.url ? [{ id, title: source.title, url: source.url }] : [];
  });
  if (linked.length === 0) return null;
  return (
    <span class="source-links">
      <span>{t('app.readSource')}</span>
      {linked.map((s) => (
        <a key={s.id} class="source-link" href={s.url} target="_blank" rel="noopener noreferrer">
          {s.title}
        </a>
      ))}
    </span>
  );
}
