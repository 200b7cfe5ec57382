import type { Report } from '../types.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatHtml } from './html.js';
import { formatMarkdown } from './markdown.js';
import type { DocumentOptions } from './report-parts.js';
import {
  formatPretty,
  formatPrettyHead,
  formatPrettyLine,
  formatPrettyTail,
  type PrettyOptions,
} from './pretty.js';
import type { ReportFormat } from './names.js';

export { REPORTERS, type ReporterName, type ReportFormat } from './names.js';

export function formatReport(
  report: Report,
  reporter: ReportFormat,
  options: PrettyOptions & DocumentOptions = {},
): string {
  switch (reporter) {
    case 'json':
      return formatJson(report);
    case 'junit':
      return formatJunit(report);
    case 'pretty':
      return formatPretty(report, options);
    case 'markdown':
      return formatMarkdown(report, options);
    case 'html':
      return formatHtml(report, options);
  }
}

export {
  formatHtml,
  formatMarkdown,
  type DocumentOptions,
  formatJson,
  formatJunit,
  formatPretty,
  formatPrettyHead,
  formatPrettyLine,
  formatPrettyTail,
  type PrettyOptions,
};
