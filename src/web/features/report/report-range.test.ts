import { describe, expect, it } from 'vitest';
import { REPORT_RANGES, reportPeriod, reportUrl } from './report-range.js';

describe('report range', () => {
  it('covers the chosen number of days ending today', () => {
    expect(REPORT_RANGES.map((days) => reportPeriod('2026-12-04', days))).toEqual([
      { from: '2026-11-05', to: '2026-12-04' },
      { from: '2026-09-06', to: '2026-12-04' },
      { from: '2026-06-06', to: '2026-12-04' },
      { from: '2025-12-05', to: '2026-12-04' },
    ]);
  });

  it('asks for the PDF in the app’s language, with the name only when there is one', () => {
    const period = { from: '2026-09-06', to: '2026-12-04' };
    expect(reportUrl(period, { lang: 'de', name: '  ' })).toBe(
      '/api/v1/report.pdf?from=2026-09-06&to=2026-12-04&lang=de',
    );
    expect(reportUrl(period, { lang: 'en', name: ' Ann & Co ', questions: ['Why?', 'How long?'] })).toBe(
      '/api/v1/report.pdf?from=2026-09-06&to=2026-12-04&lang=en&name=Ann+%26+Co&question=Why%3F&question=How+long%3F',
    );
  });
});
