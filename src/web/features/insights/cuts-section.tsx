import { AlignedChart } from '../../charts/aligned-chart.js';
import type { CutsView } from '../../data/insight-views.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The sentence across cuts (or "not enough data yet"), the aligned chart and a row per cut. */
export function CutsSection({ cuts }: { readonly cuts: CutsView }) {
  const { t, f } = useI18n();
  const summary = cuts.summary;
  const dash = t('insights.dash');
  const num = (v: number | null) => (v === null ? dash : f.number(Math.round(v)));
  let sentence;
  if (!summary) sentence = t('insights.cutsNotEnough');
  else if (summary.settledDay === null)
    sentence = t('insights.cutsSummaryUnsettled', { count: summary.cutsUsed, peakDay: summary.peakDay });
  else
    sentence = t('insights.cutsSummary', {
      count: summary.cutsUsed,
      peakDay: summary.peakDay,
      settledDay: summary.settledDay,
    });
  return (
    <section class="card" aria-labelledby="insights-cuts">
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
      {cuts.cuts.length > 0 ? (
        <div class="chart__table-wrap" tabIndex={0} role="region" aria-label={t('insights.cutsTableCaption')}>
          <table class="chart__table" data-testid="insights-cuts-table">
            <caption>{t('insights.cutsTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.cutDate')}</th>
                <th scope="col">{t('insights.cutDose')}</th>
                <th scope="col">{t('insights.baseline')}</th>
                <th scope="col">{t('insights.peakDay')}</th>
                <th scope="col">{t('insights.settledDay')}</th>
              </tr>
            </thead>
            <tbody>
              {cuts.cuts.map((c) => (
                <tr key={c.date}>
                  <th scope="row">{f.short(c.date)}</th>
                  <td>{`${f.mg(c.fromMg)} → ${f.mg(c.toMg)}`}</td>
                  <td>{num(c.baseline)}</td>
                  <td>{num(c.peakDay)}</td>
                  <td>{num(c.settledDay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
