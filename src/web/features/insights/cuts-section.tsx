import type { CutsAnswer } from '../../../api/insight-schemas.js';
import { AlignedChart } from '../../../charts/aligned-chart.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The sentence across cuts (or "not enough data yet"), the aligned chart and a row per cut. */
export function CutsSection({ cuts }: { readonly cuts: CutsAnswer }) {
  const { t, f } = useI18n();
  const summary = cuts.summary;
  // A median over an even number of cuts can fall between two days: "around" rounds, "settled by" rounds up.
  let sentence;
  if (!summary) sentence = t('insights.cutsNotEnough');
  else if (summary.settledDay === null)
    sentence = t('insights.cutsSummaryUnsettled', { count: summary.cutsUsed, peakDay: Math.round(summary.peakDay) });
  else
    sentence = t('insights.cutsSummary', {
      count: summary.cutsUsed,
      peakDay: Math.round(summary.peakDay),
      settledDay: Math.ceil(summary.settledDay),
    });
  return (
    <section class="card insights-section" aria-labelledby="insights-cuts">
      <h2 id="insights-cuts">{t('insights.cutsHeading')}</h2>
      <p data-testid="insights-cuts-sentence">{sentence}</p>
      {summary ? (
        <AlignedChart
          id="insights-aligned"
          words={{
            title: t('insights.alignedTitle'),
            desc: t('insights.alignedDesc'),
            showTable: t('insights.showTable'),
            caption: t('insights.alignedCaption'),
            day: t('insights.day'),
            median: t('insights.median'),
            range: t('insights.iqr'),
            cuts: t('insights.cutsUsed'),
          }}
          days={cuts.aligned}
          format={{ day: (day) => t('insights.dayN', { day }), value: (n) => f.number(Math.round(n)) }}
        />
      ) : null}
      {cuts.cuts.length > 0 ? <CutsTable cuts={cuts.cuts} /> : null}
    </section>
  );
}

/** A row per cut in three columns, so it fits a phone: the cut with its doses, the burden before, what followed. */
function CutsTable({ cuts }: { readonly cuts: CutsAnswer['cuts'] }) {
  const { t, f } = useI18n();
  const num = (v: number) => f.number(Math.round(v));
  return (
    <div class="insights-cuts" tabIndex={0} role="region" aria-label={t('insights.cutsTableCaption')}>
      <table class="chart__table" data-testid="insights-cuts-table">
        <caption>{t('insights.cutsTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insights.cutDate')}</th>
            <th scope="col">{t('insights.baseline')}</th>
            <th scope="col">{t('insights.afterCut')}</th>
          </tr>
        </thead>
        <tbody>
          {cuts.map((c) => (
            <tr key={c.date}>
              <th scope="row">
                <span class="insights-cuts__date">{f.short(c.date)}</span>{' '}
                <span class="insights-cuts__more">
                  {t('insights.cutFromTo', { from: f.mg(c.fromMg), to: f.mg(c.toMg) })}
                </span>
              </th>
              <td>{num(c.baseline)}</td>
              <td>
                <span class="insights-cuts__peak">{t('insights.peakCell', { day: c.peakDay, rise: num(c.peak) })}</span>{' '}
                <span class="insights-cuts__more">
                  {c.settledDay === null
                    ? t('insights.notSettled')
                    : t('insights.settledCell', { day: f.number(c.settledDay) })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
