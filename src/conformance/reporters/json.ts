import type { Report } from '../types.js';

/** The report object as it is, for machines. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
