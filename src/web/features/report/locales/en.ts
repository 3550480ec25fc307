/** The Report screen's words: a report for your doctor, its period, a preview and the download. */
export const en = {
  'report.title': 'Report for your doctor',
  'report.intro':
    'A PDF of what you recorded, to bring to your prescriber: your plan and doses, how you have been, questionnaire scores and anything serious. It says plainly that it is your own record from an educational app.',
  'report.rangeLabel': 'Cover the last',
  'report.range.30': '30 days',
  'report.range.90': '90 days',
  'report.range.182': '6 months',
  'report.range.365': 'A year',
  'report.nameLabel': 'Name on the report',
  'report.nameHint': 'Optional. Leave it empty for a report without a name. Kept on this device only.',
  'report.download': 'Download PDF',
  'report.downloading': 'Preparing the PDF…',
  'report.downloaded': 'The PDF is in your downloads.',
  'report.failed': 'The PDF could not be made. Please try again; it needs a connection.',
  'report.previewHeading': 'What the first page shows',
  'report.coverage': 'You checked in on {checkins, plural, one {# day} other {# days}} of {days}.',
  'report.loading': 'Loading the preview…',
  'report.offline': 'The report needs a connection, because it is made in your account.',
  'report.retry': 'Try again',
  'report.notesHint': 'To put a note in the report, tag the day’s check-in “Note for my doctor” on Today.',
} as const;
