import type { JournalEntry } from '../../delivery/journal.js';
import { redactUrl } from '../../delivery/redact.js';

/**
 * One human line per delivery attempt, for `serve` and `trigger`:
 * `#3 shipment_created → 200 in 4.2 ms (delivered)`, or the error when no answer came.
 */
export function attemptLine(entry: JournalEntry): string {
  const answer =
    entry.responseStatus !== undefined
      ? String(entry.responseStatus)
      : `no answer (${entry.error?.code ?? 'error'}: ${entry.error?.message ?? ''})`;
  const attempt = entry.attempt > 1 ? `, attempt ${entry.attempt}` : '';
  const step = entry.step >= 0 ? `#${entry.step + 1}` : (entry.trigger ?? 'push');
  return `${step} ${entry.status} → ${answer} in ${entry.durationMs.toFixed(1)} ms (${entry.outcome}${attempt}) ${entry.orderKey} ${redactUrl(entry.url)}`;
}
