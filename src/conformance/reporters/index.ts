import type { Report } from '../types.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import {
  formatPretty,
  formatPrettyHead,
  formatPrettyLine,
  formatPrettyTail,
  type PrettyOptions,
} from './pretty.js';
import type { ReporterName } from './names.js';

export { REPORTERS, type ReporterName } from './names.js';

export function formatReport(
  report: Report,
  reporter: ReporterName,
  options: PrettyOptions = {},
): string {
  switch (reporter) {
    case 'json':
      return formatJson(report);
    case 'junit':
      return formatJunit(report);
    case 'pretty':
      return formatPretty(report, options);
  }
}

export {
  formatJson,
  formatJunit,
  formatPretty,
  formatPrettyHead,
  formatPrettyLine,
  formatPrettyTail,
  type PrettyOptions,
};
