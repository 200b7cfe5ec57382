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
  handlesConcurrentBurst,
  handlesLargePayload,
  handlesUnicode,
  stateFollowsLifecycle,
  stateIgnoresStaleUpdates,
  stateRecordsRejection,
  stateRecordsCancellation,
  stateKeepsOriginalOnDuplicateOrder,
  stateSurvivesRedelivery,
];

/** The catalog for docs and help: what each check sends, expects, and how to fix a failure. */
export interface CatalogEntry {
  id: CheckId;
  title: string;
  sends: string;
  expects: string;
  hint: string;
  /** Runs only with `--state-url`. */
  needsStateHook: boolean;
}

export const CATALOG: readonly CatalogEntry[] = CHECKS.map((c) => ({
  id: c.id,
  title: c.title,
  sends: c.sends,
  expects: c.expects,
  hint: c.hint,
  needsStateHook: c.needsState === true,
}));

export function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}
