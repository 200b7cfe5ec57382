import type { Check } from './check.js';
import { CHECK_IDS, type CheckId } from './types.js';
import { acceptsDocumentedExamples } from './checks/accepts-documented-examples.js';
import { acceptsEveryStatus } from './checks/accepts-every-status.js';
import { respondsInTime } from './checks/responds-in-time.js';
import { toleratesRedelivery } from './checks/tolerates-redelivery.js';
import { toleratesOutOfOrder } from './checks/tolerates-out-of-order.js';
import { toleratesUnknownStatus } from './checks/tolerates-unknown-status.js';
import { toleratesExtraFields } from './checks/tolerates-extra-fields.js';
import { toleratesMinimalPayload } from './checks/tolerates-minimal-payload.js';
import { toleratesUnknownOrder } from './checks/tolerates-unknown-order.js';
import { rejectsMalformedBody } from './checks/rejects-malformed-body.js';
import { handlesConcurrentBurst } from './checks/handles-concurrent-burst.js';
import { handlesLargePayload } from './checks/handles-large-payload.js';
import { handlesUnicode } from './checks/handles-unicode.js';
import { stateFollowsLifecycle } from './checks/state-follows-lifecycle.js';
import { stateIgnoresStaleUpdates } from './checks/state-ignores-stale-updates.js';
import { stateRecordsRejection } from './checks/state-records-rejection.js';
import { stateRecordsCancellation } from './checks/state-records-cancellation.js';
import { stateKeepsOriginalOnDuplicateOrder } from './checks/state-keeps-original-on-duplicate-order.js';
import { stateSurvivesRedelivery } from './checks/state-survives-redelivery.js';
import { exploresHistories } from './checks/explores-histories.js';
import { stateRecordsFailedDelivery } from './checks/state-records-failed-delivery.js';
import { stateAdvancesPastSkippedSteps } from './checks/state-advances-past-skipped-steps.js';
import { stateIgnoresUnknownStatus } from './checks/state-ignores-unknown-status.js';
import { stateRecordsSupplierOrderNumber } from './checks/state-records-supplier-order-number.js';
import { stateRecordsTracking } from './checks/state-records-tracking.js';
import { rejectsForgedCallback } from './checks/rejects-forged-callback.js';
import { appliesEffectsOnce } from './checks/applies-effects-once.js';

/** Every check, in report order. */
export const CHECKS: readonly Check[] = [
  acceptsDocumentedExamples,
  acceptsEveryStatus,
  respondsInTime,
  toleratesRedelivery,
  toleratesOutOfOrder,
  toleratesUnknownStatus,
  toleratesExtraFields,
  toleratesMinimalPayload,
  toleratesUnknownOrder,
  rejectsMalformedBody,
  handlesLargePayload,
  handlesUnicode,
  stateFollowsLifecycle,
  stateIgnoresStaleUpdates,
  stateRecordsRejection,
  stateRecordsCancellation,
  stateKeepsOriginalOnDuplicateOrder,
  stateSurvivesRedelivery,
  stateRecordsFailedDelivery,
  stateAdvancesPastSkippedSteps,
  stateIgnoresUnknownStatus,
  stateRecordsSupplierOrderNumber,
  stateRecordsTracking,
  rejectsForgedCallback,
  appliesEffectsOnce,
  exploresHistories,
  handlesConcurrentBurst,
];

/** The catalog for docs and help: what each check sends, expects, and how to fix a failure. */
export interface CatalogEntry {
  id: CheckId;
  title: string;
  sends: string;
  expects: string;
  hint: string;
  /** The real receiver bug the check stands for. */
  bug?: string;
  /** Runs only with `--state-url`. */
  needsStateHook: boolean;
  /** The option it needs besides, e.g. `--state-supplier-pointer`. */
  needsOption?: string;
}

const NEEDS_OPTION: Partial<Record<CheckId, string>> = {
  'state-records-supplier-order-number': '--state-supplier-pointer',
  'state-records-tracking': '--state-tracking-pointer',
  'rejects-forged-callback': '--header',
  'applies-effects-once': '--effects-url',
  'explores-histories': '--explore',
};

export const CATALOG: readonly CatalogEntry[] = CHECKS.map((c) => ({
  id: c.id,
  title: c.title,
  sends: c.sends,
  expects: c.expects,
  hint: c.hint,
  ...(c.bug !== undefined ? { bug: c.bug } : {}),
  needsStateHook: c.needsState === true,
  ...(NEEDS_OPTION[c.id] !== undefined ? { needsOption: NEEDS_OPTION[c.id]! } : {}),
}));

export function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}
