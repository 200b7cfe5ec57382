// The reporter names, apart from the reporters so that `--help` loads none of them.
export const REPORTERS = ['pretty', 'json', 'junit', 'markdown'] as const;
export type ReporterName = (typeof REPORTERS)[number];
/** What a report file can be written as: a reporter's format, or the `--html` page. */
export type ReportFormat = ReporterName | 'html';
