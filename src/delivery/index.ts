export { Dispatcher, USER_AGENT } from './dispatcher.js';
export type { DeliveryRequest, DeliveryResult, DispatcherOptions } from './dispatcher.js';
export { Journal, DEFAULT_JOURNAL_LIMIT } from './journal.js';
export type { JournalEntry, JournalQuery, JournalListener, DeliveryOutcome } from './journal.js';
export {
  DEFAULT_RETRY_POLICY,
  isRetryable,
  retryDelayMs,
  parseRetryAfter,
} from './retry-policy.js';
export type { RetryPolicy } from './retry-policy.js';
export { Activity } from './activity.js';
export { parseHeaderLines } from '../shared/header-lines.js';

export type { DeliveryOutbox } from './outbox.js';
