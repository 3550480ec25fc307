import { useState } from 'preact/hooks';
import { REPORT_NAME_MAX } from '../../../core/index.js';
import { ChoiceButtons } from '../../components/choice-buttons.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { ReportDownload } from './report-download.js';
import { useReportName } from './report-name.js';
import { ReportQuestions } from './report-questions.js';
import { useReportQuestions } from './report-questions-store.js';
import { ReportPreview } from './report-preview.js';
import { ShareLinks } from './share-links.js';
import { REPORT_RANGES, reportPeriod, reportUrl, type ReportDays } from './report-range.js';

/**
 * The report for the doctor (issue #12 §1): which period (big buttons), an optional name, a preview of the first
 * page in the app's own sections and charts, and the download. Under More, beside Insights: it is made from them.
 */
export function ReportPage({ accountId, today }: { readonly accountId: string; readonly today: string }) {
  const { t, locale } = useI18n();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [days, setDays] = useState<ReportDays>(90);
  const [name, setName] = useReportName(accountId);
  const asked = useReportQuestions(accountId);
  const period = reportPeriod(today, days);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('report.title')}
      </h1>
      <p>{t('report.intro')}</p>
      <div data-testid="report-range">
        <ChoiceButtons
          question={{ label: t('report.rangeLabel') }}
          choices={REPORT_RANGES.map((n) => ({ value: String(n), label: t(`report.range.${n}`) }))}
          chosen={String(days)}
          onChoose={(value) => {
            const chosen = REPORT_RANGES.find((n) => String(n) === value);
            if (chosen !== undefined) setDays(chosen);
          }}
          look={{ columns: 2 }}
        />
      </div>
      <div class="field">
        <label for="report-name">{t('report.nameLabel')}</label>
        <p class="hint" id="report-name-hint">
          {t('report.nameHint')}
        </p>
        <input
          id="report-name"
          class="input"
          type="text"
          autocomplete="name"
          maxLength={REPORT_NAME_MAX}
          value={name}
          aria-describedby="report-name-hint"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <ReportQuestions questions={asked.questions} onAdd={asked.add} onRemove={asked.remove} />
      <ReportDownload url={reportUrl(period, { lang: locale, name, questions: asked.questions })} />
      <p class="hint">{t('report.notesHint')}</p>
      <ReportPreview today={today} days={days} />
      <ShareLinks />
    </>
  );
}
