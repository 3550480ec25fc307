/** The Report screen's periods and the address of the PDF for one (pure, so a unit test reads it). */
import { addDays } from '../../../core/index.js';

export const REPORT_RANGES = [30, 90, 182, 365] as const;
export type ReportDays = (typeof REPORT_RANGES)[number];

export const REPORT_URL = '/api/v1/report.pdf';

/** The `days` days ending `today`. */
export const reportPeriod = (today: string, days: ReportDays) => ({ from: addDays(today, 1 - days), to: today });

/** The PDF of the period, in the app's language, with the name the person chose (none when empty). */
export function reportUrl(
  period: { from: string; to: string },
  options: { lang: string; name: string; questions?: readonly string[] },
): string {
  const query = new URLSearchParams({ from: period.from, to: period.to, lang: options.lang });
  const name = options.name.trim();
  if (name) query.set('name', name);
  for (const q of options.questions ?? []) query.append('question', q);
  return `${REPORT_URL}?${query.toString()}`;
}
