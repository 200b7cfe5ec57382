import { CLIENT_CHECK_IDS, type ClientCheckId } from '../types.js';
import type { ClientCheck } from './client-check.js';
import { clientPostsValidOrder } from './checks/client-posts-valid-order.js';
import { clientReceivesCallbacks } from './checks/client-receives-callbacks.js';
import { clientRetriesServerError } from './checks/client-retries-server-error.js';
import { clientSurvivesLostAnswer } from './checks/client-survives-lost-answer.js';
import { clientHonoursRateLimit } from './checks/client-honours-rate-limit.js';
import { clientReconcilesMissedCallbacks } from './checks/client-reconciles-missed-callbacks.js';
import { clientCancelsOrder } from './checks/client-cancels-order.js';

/** Every client check, in report order (CLIENT_CHECK_IDS). */
export const CLIENT_CHECKS: readonly ClientCheck[] = [
  clientPostsValidOrder,
  clientReceivesCallbacks,
  clientRetriesServerError,
  clientSurvivesLostAnswer,
  clientHonoursRateLimit,
  clientReconcilesMissedCallbacks,
  clientCancelsOrder,
];

/** The flag a check's hook comes from. */
export const NEEDS_FLAG = { pollUrl: '--poll-url', cancelUrl: '--cancel-url' } as const;

/** The client catalog for docs and help: what each check plays and expects, and the bug it catches. */
export interface ClientCatalogEntry {
  id: ClientCheckId;
  title: string;
  plays: string;
  expects: string;
  hint: string;
  bug: string;
  /** The hook option it needs besides --place-url and --state-url. */
  needsOption?: string;
}

export const CLIENT_CATALOG: readonly ClientCatalogEntry[] = CLIENT_CHECKS.map((c) => ({
  id: c.id,
  title: c.title,
  plays: c.plays,
  expects: c.expects,
  hint: c.hint,
  bug: c.bug,
  ...(c.needs ? { needsOption: NEEDS_FLAG[c.needs] } : {}),
}));

export function isClientCheckId(value: string): value is ClientCheckId {
  return (CLIENT_CHECK_IDS as readonly string[]).includes(value);
}
